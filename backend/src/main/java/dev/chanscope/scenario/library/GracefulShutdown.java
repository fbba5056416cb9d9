package dev.chanscope.scenario.library;

import dev.chanscope.engine.AtomicInt;
import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Context;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.Select;
import dev.chanscope.engine.Timer;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.scenario.InterventionOffer;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/**
 * A server that stops on SIGTERM: it stops accepting, closes its queue, lets the workers drain it for
 * a bounded time, drops what is left, and ends with no goroutine running.
 */
public final class GracefulShutdown extends LibraryScenario {

    public GracefulShutdown() {
        super(
                new Info(
                        "graceful-shutdown",
                        "Graceful shutdown",
                        "Patterns",
                        "On SIGTERM a server stops accepting, lets its workers drain the queue within a deadline, drops the rest and exits with no goroutine left behind.",
                        new Notes(
                                "Until SIGTERM, main accepts a request every tick and the workers serve them from queue. When the"
                                        + " shutdown context is cancelled (by the timer standing in for the signal, or by the Send SIGTERM"
                                        + " button) main stops accepting and closes queue: the workers finish what is queued and their"
                                        + " range loops end. If that takes longer than drainTimeout, the drain context expires, main"
                                        + " cancels abort and each worker drops the request in its hands. Every accepted request ends up"
                                        + " either served or dropped, and the goroutine count at the end is 1: only main.",
                                "Exiting as soon as the signal arrives throws away requests that were already accepted and half"
                                        + " done. The opposite mistake is waiting for the workers with no deadline, so one stuck request"
                                        + " keeps the process from ever stopping until the orchestrator kills it. Closing queue from a"
                                        + " worker, or while main may still send on it, panics with send on closed channel.",
                                "Turn the signal into a context (signal.NotifyContext in a real server), stop accepting when it is"
                                        + " done, and let the single sender close the work channel so workers drain and return on their"
                                        + " own. Bound the drain with context.WithTimeout, and give the workers a second context that"
                                        + " tells them to give up, so the shutdown always ends and says what it dropped."),
                        List.of(
                                ParamSpec.integer(
                                        "workers", 3, 1, 2000, "How many workers serve requests from the queue."),
                                ParamSpec.integer(
                                        "queueSize", 4, 0, 10_000, "How many accepted requests can wait in the queue."),
                                ParamSpec.duration(
                                        "arrival",
                                        Durations.ms(1),
                                        Durations.us(100),
                                        Durations.seconds(1),
                                        "A new request arrives this often."),
                                ParamSpec.duration(
                                        "jobTime",
                                        Durations.ms(4),
                                        Durations.us(1),
                                        Durations.seconds(1),
                                        "Typical time to serve a request; each takes 0.5–1.5×."),
                                ParamSpec.duration(
                                        "signalAfter",
                                        Durations.ms(10),
                                        0,
                                        Durations.seconds(1),
                                        "When SIGTERM arrives, unless the button sends it sooner."),
                                ParamSpec.duration(
                                        "drainTimeout",
                                        Durations.ms(4),
                                        0,
                                        Durations.seconds(10),
                                        "How long the shutdown waits for queued and in-flight requests.")),
                        List.of(
                                new InterventionOffer(
                                        InterventionKind.CANCEL_CONTEXT,
                                        "shutdown",
                                        "Send SIGTERM",
                                        "Cancel the shutdown context now, as the signal would: the server stops accepting and drains."))));
    }

    @Override
    public Program program(Params params) {
        int workers = params.getInt("workers");
        int queueSize = params.getInt("queueSize");
        long arrival = params.getLong("arrival");
        long jobTime = params.getLong("jobTime");
        long signalAfter = params.getLong("signalAfter");
        long drainTimeout = params.getLong("drainTimeout");
        return go -> {
            AtomicInt served = go.newAtomic("served", 0, "var served, dropped atomic.Int64");
            AtomicInt dropped = go.newAtomic("dropped", 0, "var served, dropped atomic.Int64");

            Context shutdown = go.withCancel(
                    go.background(), "shutdown", "shutdown, stop := context.WithCancel(context.Background())");
            go.go("sigterm", "go func() { // the operator sends SIGTERM after signalAfter", () -> {
                Select sel = go.select();
                var timer = sel.recv(
                        go.after(signalAfter, "case <-time.After(signalAfter):"), "case <-time.After(signalAfter):");
                sel.recv(shutdown.done(), "case <-shutdown.Done():");
                if (sel.run("case <-time.After(signalAfter):") == timer) {
                    go.log("SIGTERM", "fmt.Println(\"SIGTERM\")");
                    shutdown.cancel("stop()");
                }
            });

            Context abort = go.withCancel(
                    go.background(), "abort", "abort, abortNow := context.WithCancel(context.Background())");
            Chan<Integer> queue = go.makeChan("queue", queueSize, "queue := make(chan int, queueSize)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < workers; w++) {
                wg.add(1, "wg.Add(1)");
                go.go(
                        "worker-" + w,
                        "go worker(abort, queue, &wg)",
                        () -> worker(go, abort, queue, wg, jobTime, served, dropped));
            }

            int accepted = 0;
            Timer tick = go.newTicker("tick", arrival, "tick := time.NewTicker(arrival)");
            for (int r = 1; ; r++) {
                Select arrive = go.select();
                var signalled = arrive.recv(shutdown.done(), "case <-shutdown.Done(): // SIGTERM: stop accepting");
                arrive.recv(tick.c(), "case <-tick.C: // request r arrives");
                if (arrive.run("case <-shutdown.Done(): // SIGTERM: stop accepting") == signalled) {
                    break;
                }
                Select enqueue = go.select();
                var sent = enqueue.send(queue, r, "case queue <- r:");
                enqueue.recv(shutdown.done(), "case <-shutdown.Done(): // SIGTERM while the queue is full");
                if (enqueue.run("case queue <- r:") != sent) {
                    break;
                }
                accepted++;
            }
            tick.stop("tick.Stop()");
            queue.close("close(queue)");

            Context drain = go.withTimeout(
                    go.background(),
                    "drain",
                    drainTimeout,
                    "drain, cancel := context.WithTimeout(context.Background(), drainTimeout)");
            Chan<Void> finished = go.makeChan("finished", 0, "finished := make(chan struct{})");
            go.go("closer", "go func() { // closes finished once every worker has returned", () -> {
                wg.await("wg.Wait()");
                finished.close("close(finished)");
            });
            Select wait = go.select();
            wait.recv(finished, "case <-finished:");
            var expired = wait.recv(drain.done(), "case <-drain.Done():");
            if (wait.run("case <-finished:") == expired) {
                abort.cancel("abortNow() // out of time: drop what is left");
                finished.recv("<-finished");
            }

            long s = served.load("fmt.Printf(\"accepted %d, served %d, dropped %d\\n\"");
            long d = dropped.load("fmt.Printf(\"accepted %d, served %d, dropped %d\\n\"");
            go.log(
                    "accepted " + accepted + ", served " + s + ", dropped " + d,
                    "fmt.Printf(\"accepted %d, served %d, dropped %d\\n\"");
            go.log(
                    "= every accepted request was served or dropped: " + (accepted == s + d),
                    "fmt.Println(\"= every accepted request");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
            drain.cancel("defer cancel()");
            abort.cancel("defer abortNow()");
            shutdown.cancel("defer stop()");
        };
    }

    private static void worker(
            Go go,
            Context abort,
            Chan<Integer> queue,
            WaitGroup wg,
            long jobTime,
            AtomicInt served,
            AtomicInt dropped) {
        for (int r : queue.range("for r := range queue {")) {
            String after = "case <-time.After(jobTime/2 + time.Duration(rand.Int63n(int64(jobTime)))):";
            Select sel = go.select();
            var done = sel.recv(go.after(go.jitter(jobTime, 50), after), after);
            sel.recv(abort.done(), "case <-abort.Done():");
            if (sel.run("select {") == done) {
                served.add(1, "served.Add(1)");
                go.log("served request " + r, "fmt.Println(\"served request\", r)");
            } else {
                dropped.add(1, "dropped.Add(1)");
                go.log("dropped request " + r, "fmt.Println(\"dropped request\", r)");
            }
        }
        wg.done("defer wg.Done()");
    }
}

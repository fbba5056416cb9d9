package dev.chanscope.scenario.library;

import dev.chanscope.engine.AtomicInt;
import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/**
 * A buffered channel as a semaphore: a token per request in flight bounds the concurrency, where
 * spawning a goroutine per task without it sends every request at once.
 */
public final class BoundedConcurrency extends LibraryScenario {

    public BoundedConcurrency() {
        super(new Info(
                "semaphore",
                "Semaphore: bounded concurrency",
                "Patterns",
                "A buffered channel used as a semaphore keeps at most limit requests in flight; without it every task starts at once.",
                new Notes(
                        "Each request needs a token in sem before it may start, and gives it back when it ends. With limit"
                                + " tokens, the buffer fills after limit sends and main blocks at sem <- struct{}{} until a request"
                                + " finishes and frees a slot: the in-flight count climbs to limit and stays there. Switch bounded"
                                + " off and all tasks start together, so the count reaches the number of tasks.",
                        "A goroutine per task with no bound is fine for ten tasks and a disaster for a hundred thousand: every"
                                + " one holds memory, a connection, a file descriptor, and the service being called sees the whole"
                                + " burst at once. Acquiring inside the goroutine instead of before starting it still bounds the"
                                + " requests, but not the number of goroutines waiting for a token.",
                        "Acquire before starting the goroutine and release in a defer inside it, so a token is returned on"
                                + " every path. make(chan struct{}, n) is the standard-library semaphore; golang.org/x/sync/semaphore"
                                + " offers a weighted one (Acquire(ctx, n) / Release(n)) when tasks cost different amounts or waiting"
                                + " must respect a context, and errgroup's SetLimit does the same job for a group of tasks."),
                List.of(
                        ParamSpec.integer("tasks", 10, 1, 10_000, "How many requests to make."),
                        ParamSpec.integer(
                                "limit",
                                3,
                                1,
                                10_000,
                                "The size of the semaphore: the most requests in flight at once."),
                        ParamSpec.duration(
                                "latency",
                                Durations.ms(4),
                                Durations.us(1),
                                Durations.seconds(1),
                                "Typical request time; each takes 0.5–1.5×."),
                        ParamSpec.bool(
                                "bounded",
                                true,
                                "On: acquire a token from sem before each request. Off: start them all at once.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int tasks = params.getInt("tasks");
        int limit = params.getInt("limit");
        long latency = params.getLong("latency");
        boolean bounded = params.getBool("bounded");
        return go -> {
            AtomicInt inFlight = go.newAtomic("inFlight", 0, "var inFlight, peak atomic.Int64");
            AtomicInt peak = go.newAtomic("peak", 0, "var inFlight, peak atomic.Int64");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            Chan<Void> sem = bounded ? go.makeChan("sem", limit, "sem := make(chan struct{}, limit)") : null;
            for (int url = 1; url <= tasks; url++) {
                int u = url;
                if (bounded) {
                    sem.send(null, "sem <- struct{}{}");
                }
                wg.add(1, "wg.Add(1)");
                go.go("fetch-" + url, "go func(url int) {", () -> {
                    fetch(go, u, latency, inFlight, peak);
                    if (bounded) {
                        sem.recv("defer func() { <-sem }()");
                    }
                    wg.done("defer wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            long most = peak.load("fmt.Println(\"peak in flight:\", peak.Load())");
            go.log("peak in flight: " + most, "fmt.Println(\"peak in flight:\", peak.Load())");
            go.log("= requests made: " + tasks, "fmt.Println(\"= requests made:\", tasks)");
            if (bounded) {
                go.log(
                        "= never more than the limit in flight: " + (most <= limit),
                        "fmt.Println(\"= never more than the limit in flight:\"");
            }
        };
    }

    private static void fetch(Go go, int url, long latency, AtomicInt inFlight, AtomicInt peak) {
        long n = inFlight.add(1, "n := inFlight.Add(1)");
        while (true) {
            long p = peak.load("p := peak.Load()");
            if (n <= p || peak.compareAndSwap(p, n, "if n <= p || peak.CompareAndSwap(p, n) {")) {
                break;
            }
        }
        go.log(
                "fetching url " + url + " (" + n + " in flight)",
                "fmt.Printf(\"fetching url %d (%d in flight)\\n\", url, n)");
        go.io(
                go.jitter(latency, 50),
                "time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency)))) // the request");
        inFlight.add(-1, "inFlight.Add(-1)");
    }
}

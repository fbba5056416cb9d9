package dev.chanscope.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small programs exercising every primitive, shared by determinism and golden-trace tests. */
final class SamplePrograms {

    private SamplePrograms() {}

    /** Worker pool with jittered CPU work, select with timeout, a mutex, a race and a context. */
    static Program kitchenSink() {
        return go -> {
            Context ctx =
                    go.withTimeout(go.background(), "ctx", Durations.ms(40), "ctx, cancel := context.WithTimeout(...)");
            Chan<Integer> jobs = go.makeChan("jobs", 3, "jobs := make(chan int, 3)");
            Chan<Integer> results = go.makeChan("results", 0, "results := make(chan int)");
            Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
            SharedVar racy = go.newVar("racy", 0, "var racy int");
            AtomicInt done = go.newAtomic("done", 0, "var done atomic.Int64");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < 3; w++) {
                wg.add(1, "wg.Add(1)");
                go.go("worker-" + w, "go worker()", () -> {
                    for (int j : jobs.range("for j := range jobs")) {
                        go.work(go.jitter(Durations.ms(3), 50), "work(j)");
                        mu.lock("mu.Lock()");
                        racy.set(racy.get("racy") + j, "racy += j");
                        mu.unlock("mu.Unlock()");
                        Select sel = go.select();
                        sel.send(results, j * j, "case results <- j*j");
                        var cancelled = sel.recv(ctx.done(), "case <-ctx.Done()");
                        if (sel.run("select") == cancelled) {
                            break;
                        }
                        done.add(1, "done.Add(1)");
                    }
                    wg.done("wg.Done()");
                });
            }
            go.go("feeder", "go feed()", () -> {
                for (int i = 1; i <= 8; i++) {
                    jobs.send(i, "jobs <- i");
                }
                jobs.close("close(jobs)");
            });
            go.go("closer", "go func() { wg.Wait(); close(results) }()", () -> {
                wg.await("wg.Wait()");
                results.close("close(results)");
            });
            Timer tick = go.newTicker("tick", Durations.ms(5), "time.NewTicker(5ms)");
            int sum = 0;
            boolean open = true;
            while (open) {
                Select sel = go.select();
                var r = sel.recv(results, "case r, ok := <-results");
                sel.recv(tick.c(), "case <-tick.C");
                if (sel.run("select") == r) {
                    if (r.ok()) {
                        sum += r.value();
                    } else {
                        open = false;
                    }
                }
            }
            tick.stop("tick.Stop()");
            racy.set(-1, "racy = -1"); // unsynchronised with the workers' last writes? wg.Wait orders it.
            go.log("sum " + sum + " done " + done.load("done.Load()") + " err " + ctx.err(), "fmt.Println");
        };
    }

    static Program pingPong(int rounds) {
        return go -> {
            Chan<Integer> ping = go.makeChan("ping", 0, "ping := make(chan int)");
            Chan<Integer> pong = go.makeChan("pong", 0, "pong := make(chan int)");
            go.go("ponger", "go ponger()", () -> {
                for (int v : ping.range("for v := range ping")) {
                    pong.send(v + 1, "pong <- v + 1");
                }
                pong.close("close(pong)");
            });
            int v = 0;
            for (int i = 0; i < rounds; i++) {
                ping.send(v, "ping <- v");
                v = pong.recv("v = <-pong");
            }
            ping.close("close(ping)");
            go.log("final " + v, "fmt.Println(v)");
        };
    }

    static Map<String, Program> all() {
        Map<String, Program> m = new LinkedHashMap<>();
        m.put("kitchen-sink", kitchenSink());
        m.put("ping-pong", pingPong(5));
        return m;
    }
}

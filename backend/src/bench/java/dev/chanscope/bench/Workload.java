package dev.chanscope.bench;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.Select;

/**
 * The four benchmark workloads, written against the engine exactly as a scenario would be, each the
 * twin of a function in backend/bench/go/main.go. {@link #chanOps} counts what the Go program counts:
 * one completed send or one completed receive of a value is one channel operation.
 */
public enum Workload {

    /** (a) Unbuffered ping-pong: main sends on ping, the other goroutine answers on pong, {@code n} times. */
    PINGPONG(20_000) {
        @Override
        Program program(int n) {
            return go -> {
                Chan<Integer> ping = go.makeChan("ping", 0, "ping := make(chan int)");
                Chan<Integer> pong = go.makeChan("pong", 0, "pong := make(chan int)");
                go.go("ponger", "go func() {", () -> {
                    for (int i = 0; i < n; i++) {
                        Integer v = ping.recv("v := <-ping");
                        pong.send(v, "pong <- v");
                    }
                });
                for (int i = 0; i < n; i++) {
                    ping.send(i, "ping <- i");
                    pong.recv("<-pong");
                }
            };
        }

        @Override
        long chanOps(int n) {
            return 4L * n; // two sends and two receives per round trip
        }
    },

    /** (b) Buffered producer/consumer, capacity 100: a producer sends {@code n} values and closes; main ranges. */
    BUFFERED(50_000) {
        @Override
        Program program(int n) {
            return go -> {
                Chan<Integer> ch = go.makeChan("ch", 100, "ch := make(chan int, 100)");
                go.go("producer", "go func() {", () -> {
                    for (int i = 0; i < n; i++) {
                        ch.send(i, "ch <- i");
                    }
                    ch.close("close(ch)");
                });
                long sum = 0;
                for (int v : ch.range("for v := range ch {")) {
                    sum += v;
                }
                check(sum == (long) n * (n - 1) / 2, "buffered: wrong sum " + sum);
            };
        }

        @Override
        long chanOps(int n) {
            return 2L * n;
        }
    },

    /** (c) Fan-out/fan-in: {@code n} goroutines each send one result on a shared unbuffered channel. */
    FANOUT(10_000) {
        @Override
        Program program(int n) {
            return go -> {
                Chan<Integer> results = go.makeChan("results", 0, "results := make(chan int)");
                for (int i = 0; i < n; i++) {
                    int k = i;
                    go.go("worker", "go func(i int) {", () -> results.send(k, "results <- i"));
                }
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += results.recv("sum += <-results");
                }
                check(sum == (long) n * (n - 1) / 2, "fanout: wrong sum " + sum);
            };
        }

        @Override
        long chanOps(int n) {
            return 2L * n;
        }
    },

    /** (d) Select over 4 unbuffered channels: 4 producers send {@code n/4} values each; main selects {@code n} times. */
    SELECT(20_000) {
        @Override
        Program program(int n) {
            return go -> {
                @SuppressWarnings("unchecked")
                Chan<Integer>[] cs = new Chan[4];
                for (int p = 0; p < 4; p++) {
                    cs[p] = go.makeChan("c" + p, 0, "c" + p + " := make(chan int)");
                }
                for (int p = 0; p < 4; p++) {
                    Chan<Integer> c = cs[p];
                    go.go("producer" + p, "go producer(c" + p + ")", () -> {
                        for (int i = 0; i < n / 4; i++) {
                            c.send(i, "c <- i");
                        }
                    });
                }
                Select sel = go.select();
                var c0 = sel.recv(cs[0], "case v := <-c0:");
                var c1 = sel.recv(cs[1], "case v := <-c1:");
                var c2 = sel.recv(cs[2], "case v := <-c2:");
                var c3 = sel.recv(cs[3], "case v := <-c3:");
                long sum = 0;
                for (int i = 0; i < n / 4 * 4; i++) {
                    Select.Case<?> c = sel.run("select {");
                    sum += (Integer) c.value();
                }
                check(c0 != c1 && c2 != c3 && sum == 4L * (n / 4) * (n / 4 - 1) / 2, "select: wrong sum " + sum);
            };
        }

        @Override
        long chanOps(int n) {
            return 2L * (n / 4 * 4);
        }
    };

    /** The size of one benchmark operation (one complete run). */
    final int defaultN;

    Workload(int defaultN) {
        this.defaultN = defaultN;
    }

    abstract Program program(int n);

    /** Channel operations (completed sends + completed receives of values) one run of size {@code n} performs. */
    abstract long chanOps(int n);

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}

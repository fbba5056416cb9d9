package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.Select;
import dev.chanscope.engine.Timer;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** A ticker hands out one token per period; requests wait for a token, with an optional saved-up burst. */
public final class RateLimiter extends LibraryScenario {

    public RateLimiter() {
        super(new Info(
                "rate-limiter",
                "Rate limiter",
                "Patterns",
                "A ticker adds one token per period to a buffered channel and every request takes a token first, so requests are served no faster than the tick.",
                new Notes(
                        "All requests are queued at the start, yet they are served one per tick: main waits at"
                                + " <-tokens until the refill goroutine, woken by ticker.C, hands it a token. With"
                                + " burst = 0 the service times are exactly one period apart. Raise burst and the first"
                                + " burst requests go through at once on saved tokens; after that the pace is one per tick"
                                + " again. Ticks that find the bucket full are dropped, so idle time never saves up more"
                                + " than burst tokens.",
                        "time.Tick is handy but its ticker can never be stopped, and a refill goroutine ranging over"
                                + " it never returns: each limiter you create leaks one goroutine and one timer. Another"
                                + " mistake is putting the limiter inside each worker: ten workers with their own"
                                + " one-per-tick limiters allow ten requests per tick.",
                        "Use time.NewTicker with defer ticker.Stop(), give the refill goroutine a done channel, and"
                                + " share one limiter among everyone who must respect the limit. In real code"
                                + " golang.org/x/time/rate implements this token bucket, with the same rate and burst"
                                + " knobs, without a goroutine."),
                List.of(
                        ParamSpec.integer("requests", 6, 1, 2_000, "How many requests are waiting to be served."),
                        ParamSpec.duration(
                                "period",
                                Durations.ms(2),
                                Durations.us(100),
                                Durations.seconds(1),
                                "One token is added per period."),
                        ParamSpec.integer(
                                "burst", 0, 0, 1_000, "How many tokens the bucket can save up (it starts full).")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int requests = params.getInt("requests");
        long period = params.getLong("period");
        int burst = params.getInt("burst");
        return go -> {
            Chan<Integer> queue = go.makeChan("queue", requests, 0, "queue := make(chan int, requests)");
            for (int r = 1; r <= requests; r++) {
                queue.send(r, "queue <- r");
            }
            queue.close("close(queue)");

            long start = go.now();
            Chan<Void> tokens = go.makeChan("tokens", burst, "tokens := make(chan struct{}, burst)");
            for (int i = 0; i < burst; i++) {
                tokens.send(null, "tokens <- struct{}{} // the bucket starts full");
            }
            Timer ticker = go.newTicker("ticker", period, "ticker := time.NewTicker(period)");
            Chan<Void> done = go.makeChan("done", 0, "done := make(chan struct{})");
            go.go("refill", "go func() { // refill: one token per tick", () -> {
                Select wait = go.select();
                var tick = wait.recv(ticker.c(), "case <-ticker.C:");
                wait.recv(done, "case <-done:");
                Select put = go.select().withDefault();
                put.send(tokens, null, "case tokens <- struct{}{}:");
                while (wait.run("case <-ticker.C:") == tick) {
                    put.run("case tokens <- struct{}{}:");
                }
            });

            int served = 0;
            for (int r : queue.range("for r := range queue {")) {
                tokens.recv("<-tokens // wait for a token");
                served++;
                go.log(
                        "served request " + r + " at " + Durations.format(go.now() - start),
                        "fmt.Println(\"served request\", r, \"at\", time.Since(start).Round(time.Millisecond))");
            }
            long elapsed = go.now() - start;
            ticker.stop("ticker.Stop()");
            done.close("close(done)");

            go.log("= requests served: " + served, "fmt.Println(\"= requests served:\", served)");
            go.log(
                    "= took at least (requests - burst) periods: " + (elapsed >= (long) (requests - burst) * period),
                    "fmt.Println(\"= took at least (requests - burst) periods:\"");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }
}

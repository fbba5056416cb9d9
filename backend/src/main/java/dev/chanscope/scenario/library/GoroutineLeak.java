package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** First answer wins: the losing replicas block forever on an unbuffered send; a buffer lets them finish. */
public final class GoroutineLeak extends LibraryScenario {

    public GoroutineLeak() {
        super(new Info(
                "goroutine-leak",
                "Leaked senders",
                "Pitfalls",
                "Querying several replicas and keeping the first answer leaves the slower ones blocked forever on a send nobody receives.",
                new Notes(
                        "main takes the first answer from results and moves on. Watch the slower replicas arrive at"
                                + " results <- query(r) afterwards: with an unbuffered channel there is no receiver left, so they"
                                + " park on the send and stay there. The goroutine count printed at the end includes them.",
                        "A goroutine blocked on a channel operation that can never complete is never collected: its stack"
                                + " and everything it references stay in memory for the life of the process. Nothing crashes and"
                                + " nothing reports it; a server that does this per request just grows until it is restarted.",
                        "Give the channel room for every possible answer (make(chan string, replicas)) so each replica can"
                                + " deliver and exit whether or not anyone reads; or pass a context and have each sender select on"
                                + " ctx.Done() beside the send, cancelling it once the first answer is in. Every goroutine you start"
                                + " needs a way to finish."),
                List.of(
                        ParamSpec.integer("replicas", 3, 1, 2000, "How many replicas are queried at once."),
                        ParamSpec.duration(
                                "latency",
                                Durations.ms(5),
                                Durations.ms(1),
                                Durations.seconds(1),
                                "Typical answer time; each replica takes 0.5–1.5×."),
                        FIX),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int replicas = params.getInt("replicas");
        long latency = params.getLong("latency");
        boolean fix = params.getBool("fix");
        return go -> {
            String answer = first(go, replicas, latency, fix);
            go.log(answer, "fmt.Println(first())");
            go.sleep(3 * latency, "time.Sleep(3 * latency)");
            go.log("= goroutines still running: " + go.numGoroutine(), "fmt.Printf(\"= goroutines still running");
        };
    }

    /** first(): asks every replica and returns the first answer. */
    private static String first(Go go, int replicas, long latency, boolean fix) {
        Chan<String> results = fix
                ? go.makeChan("results", replicas, "results := make(chan string, replicas)")
                : go.makeChan("results", 0, "results := make(chan string)");
        for (int r = 0; r < replicas; r++) {
            int replica = r;
            go.go(
                    "replica-" + r,
                    "go func(r int) {",
                    () -> results.send(query(go, replica, latency), "results <- query(r)"));
        }
        return results.recv("return <-results");
    }

    private static String query(Go go, int replica, long latency) {
        go.sleep(go.jitter(latency, 50), "time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency))))");
        return "answer from replica " + replica;
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return params.getBool("fix") ? Set.of() : Set.of(DiagnosticKind.LEAK);
    }
}

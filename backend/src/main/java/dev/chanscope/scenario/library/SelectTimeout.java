package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Context;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.RecvChan;
import dev.chanscope.engine.Select;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/**
 * Calls to a slow dependency raced against a timeout, with time.After or context.WithTimeout: the
 * caller gets on at the timeout, and the abandoned call still finishes because its result channel
 * has room for the answer.
 */
public final class SelectTimeout extends LibraryScenario {

    static final String AFTER = "time.After";
    static final String CONTEXT = "context";

    public SelectTimeout() {
        super(new Info(
                "select-timeout",
                "Timeout with select",
                "Patterns",
                "Each call to a slow dependency is raced against a timeout, with time.After or a context deadline; the caller moves on at whichever comes first.",
                new Notes(
                        "Each call starts a goroutine for the slow dependency and selects on its result channel and on the"
                                + " timeout. The caller wakes at whichever is first: the reply if the dependency answers within"
                                + " timeout, the timer (or ctx.Done()) otherwise. A caller that gave up does not stop the call: watch"
                                + " the abandoned goroutine answer later into the channel's one free slot and exit.",
                        "If result were unbuffered, the goroutine of a call that timed out would block forever on its send,"
                                + " since nobody receives any more: one leaked goroutine per timeout, invisible until memory runs"
                                + " out. Another trap is time.After inside a busy loop: before Go 1.23 each call made a timer that"
                                + " lived until it fired, long after the select had moved on. And on an exact tie between reply and"
                                + " timeout, either case may win.",
                        "Give the result channel a buffer of 1 so the worker can always deliver and return. Prefer"
                                + " context.WithTimeout, and call its cancel (defer cancel()) so the deadline's timer stops as soon"
                                + " as the reply wins; pass the context on to the dependency too, so it can stop working for a caller"
                                + " who has gone."),
                List.of(
                        ParamSpec.integer("calls", 4, 1, 1000, "How many calls main makes, one after another."),
                        ParamSpec.duration(
                                "latency",
                                Durations.ms(4),
                                Durations.us(1),
                                Durations.seconds(1),
                                "Typical answer time of the dependency; each call takes 0.5–1.5×."),
                        ParamSpec.duration(
                                "timeout",
                                Durations.ms(5),
                                0,
                                Durations.seconds(1),
                                "How long a caller waits for the answer."),
                        ParamSpec.choice(
                                "via",
                                AFTER,
                                List.of(AFTER, CONTEXT),
                                "What the answer races against: a time.After timer or a context deadline.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int calls = params.getInt("calls");
        long latency = params.getLong("latency");
        long timeout = params.getLong("timeout");
        boolean after = params.getString("via").equals(AFTER);
        return go -> {
            for (int call = 1; call <= calls; call++) {
                String[] reply = new String[1];
                String err = after
                        ? callWithAfter(go, call, latency, timeout, reply)
                        : callWithContext(go, call, latency, timeout, reply);
                if (err != null) {
                    go.log("call " + call + ": " + err, "fmt.Printf(\"call %d: %v\\n\", call, err)");
                } else {
                    go.log("call " + call + ": " + reply[0], "fmt.Printf(\"call %d: %s\\n\", call, reply)");
                }
            }
            go.log("= calls made: " + calls, "fmt.Println(\"= calls made:\", calls)");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    private static RecvChan<String> fetch(Go go, int call, long latency) {
        Chan<String> result = go.makeChan("result", 1, "result := make(chan string, 1)");
        go.go("fetch-" + call, "go func() {", () -> {
            go.io(go.jitter(latency, 50), "time.Sleep(latency/2 + time.Duration(rand.Int63n(int64(latency))))");
            result.send("reply " + call, "result <- fmt.Sprintf(\"reply %d\", call)");
        });
        return result;
    }

    /** Returns the error, or null with the reply in {@code reply[0]}. */
    private static String callWithAfter(Go go, int call, long latency, long timeout, String[] reply) {
        RecvChan<String> result = fetch(go, call, latency);
        Select sel = go.select();
        var answer = sel.recv(result, "case reply := <-result: // the answer came first");
        sel.recv(
                go.after(timeout, "case <-time.After(timeout): // the timer fired first"),
                "case <-time.After(timeout): // the timer fired first");
        if (sel.run("case reply := <-result: // the answer came first") == answer) {
            reply[0] = answer.value();
            return null;
        }
        return "timed out";
    }

    private static String callWithContext(Go go, int call, long latency, long timeout, String[] reply) {
        Context ctx = go.withTimeout(
                go.background(), "ctx", timeout, "ctx, cancel := context.WithTimeout(context.Background(), timeout)");
        RecvChan<String> result = fetch(go, call, latency);
        Select sel = go.select();
        var answer = sel.recv(result, "case reply := <-result: // the answer beat the deadline");
        sel.recv(ctx.done(), "case <-ctx.Done(): // the deadline passed first");
        String err = null;
        if (sel.run("case reply := <-result: // the answer beat the deadline") == answer) {
            reply[0] = answer.value();
        } else {
            err = ctx.err();
        }
        ctx.cancel("defer cancel() // stops the deadline's timer when the answer wins");
        return err;
    }
}

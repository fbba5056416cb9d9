package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** An unbuffered channel: every send waits for a receive, and the value passes hand to hand. */
public final class UnbufferedHandoff extends LibraryScenario {

    public UnbufferedHandoff() {
        super(new Info(
                "unbuffered-handoff",
                "Unbuffered handoff",
                "Basics",
                "A sender and a receiver meet at an unbuffered channel: each value passes directly from one to the other.",
                new Notes(
                        "The sender blocks at ch <- i until the receiver arrives at <-ch (and the other way round): the"
                                + " channel never holds a value, it only hands it over. Slow the receiver down and watch the"
                                + " sender wait.",
                        "An unbuffered send with no receiver ever blocks forever; a receive on a channel nobody closes"
                                + " after the last value does too.",
                        "The sender, who knows when there is no more, closes the channel; the receiver ranges over it."),
                List.of(
                        ParamSpec.integer(
                                "messages",
                                5,
                                1,
                                1_000_000,
                                "How many values the sender sends before closing the channel."),
                        ParamSpec.duration(
                                "receiverDelay",
                                Durations.ms(2),
                                0,
                                Durations.seconds(1),
                                "How long the receiver takes with each value.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int n = params.getInt("messages");
        long delay = params.getLong("receiverDelay");
        return go -> {
            Chan<Integer> ch = go.makeChan("ch", 0, "ch := make(chan int)");
            go.go("sender", "go func() {", () -> {
                for (int i = 0; i < n; i++) {
                    ch.send(i, "ch <- i");
                }
                ch.close("close(ch)");
            });
            int count = 0;
            long sum = 0;
            for (int v : ch.range("for v := range ch {")) {
                go.log("received " + v, "fmt.Println(\"received\", v)");
                go.sleep(delay, "time.Sleep(receiverDelay)");
                count++;
                sum += v;
            }
            go.log("= received " + count + " values, sum " + sum, "fmt.Printf(\"= received");
        };
    }
}

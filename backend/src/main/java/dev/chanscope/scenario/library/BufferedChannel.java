package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** A buffered channel decouples a producer from a consumer until the buffer is full or empty. */
public final class BufferedChannel extends LibraryScenario {

    public BufferedChannel() {
        super(new Info(
                "buffered-channel",
                "Buffered channel",
                "Basics",
                "A producer fills a buffered channel faster than a consumer empties it: sends only wait when the buffer is full, receives only when it is empty.",
                new Notes(
                        "Watch the slots of ch fill up: the producer runs ahead of the consumer until all bufferSize"
                                + " slots hold an item, and only then does ch <- i block. From there on it can only send"
                                + " each time the consumer frees a slot. The consumer waits only when the buffer is empty,"
                                + " here at the very start. Items leave in the order they entered.",
                        "A buffer does not make a slow consumer faster: once it is full the producer runs at the"
                                + " consumer's pace, exactly as with an unbuffered channel, just some items later. Picking"
                                + " a big buffer to make a deadlock or a slow stage go away only hides the problem until"
                                + " the buffer fills, and it uses memory for items nobody is working on.",
                        "Size a buffer for a reason you can state: to absorb bursts of a known size, or to let a"
                                + " known number of sends complete without a receiver. Set consumeTime below produceTime"
                                + " and the buffer never holds more than one item; the producer never waits."),
                List.of(
                        ParamSpec.integer(
                                "items", 8, 1, 10_000, "How many items the producer sends before closing the channel."),
                        ParamSpec.integer(
                                "bufferSize", 3, 0, 1_000, "The channel's capacity: make(chan int, bufferSize)."),
                        ParamSpec.duration(
                                "produceTime",
                                Durations.ms(1),
                                0,
                                Durations.ms(250),
                                "How long the producer takes to make each item."),
                        ParamSpec.duration(
                                "consumeTime",
                                Durations.ms(3),
                                0,
                                Durations.ms(250),
                                "How long the consumer takes with each item.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int items = params.getInt("items");
        int bufferSize = params.getInt("bufferSize");
        long produceTime = params.getLong("produceTime");
        long consumeTime = params.getLong("consumeTime");
        return go -> {
            Chan<Integer> ch = go.makeChan("ch", bufferSize, 0, "ch := make(chan int, bufferSize)");
            go.go("producer", "go func() { // producer", () -> {
                for (int i = 1; i <= items; i++) {
                    go.sleep(produceTime, "time.Sleep(produceTime)");
                    ch.send(i, "ch <- i");
                    go.log(
                            "produced " + i + " buffered " + ch.len(),
                            "fmt.Println(\"produced\", i, \"buffered\", len(ch))");
                }
                ch.close("close(ch)");
            });

            int count = 0;
            long sum = 0;
            boolean inOrder = true;
            for (int v : ch.range("for v := range ch {")) {
                go.log("consumed " + v, "fmt.Println(\"consumed\", v)");
                go.sleep(consumeTime, "time.Sleep(consumeTime)");
                count++;
                sum += v;
                inOrder = inOrder && v == count;
            }
            go.log(
                    "= consumed " + count + " items, sum " + sum,
                    "fmt.Printf(\"= consumed %d items, sum %d\\n\", count, sum)");
            go.log("= in the order produced: " + inOrder, "fmt.Println(\"= in the order produced:\", inOrder)");
        };
    }
}

package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.RecvChan;
import dev.chanscope.engine.SendChan;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** Three stages connected by channels; the slowest one sets the pace of the whole pipeline. */
public final class Pipeline extends LibraryScenario {

    public Pipeline() {
        super(new Info(
                "pipeline",
                "Pipeline",
                "Patterns",
                "Read, transform and write stages connected by channels work at the same time; the slowest stage sets the pace and order is kept.",
                new Notes(
                        "Find the bottleneck: the stage with the longest time per record is busy all the time, while"
                                + " the stages before it block sending (their output channel is full) and the stages"
                                + " after it block receiving (their input is empty). Records come out in the order they"
                                + " went in, because each stage is one goroutine handling one record at a time and"
                                + " channels are first in, first out.",
                        "Bigger buffers do not speed up a pipeline whose slow stage is always busy: they only let the"
                                + " fast stages run further ahead. Forgetting to close a stage's output channel when its"
                                + " input is exhausted leaves every later stage waiting in its range loop forever.",
                        "Speed up the stage that is busy, not the others: make it cheaper, or run several copies of"
                                + " it (fan-out) if order does not matter or is restored afterwards. Each stage owns and"
                                + " closes its output channel, so the end of input flows down the pipeline."),
                List.of(
                        ParamSpec.integer("records", 8, 1, 10_000, "How many records flow through the pipeline."),
                        ParamSpec.integer("bufferSize", 1, 0, 1_000, "Capacity of each channel between two stages."),
                        ParamSpec.duration(
                                "readTime",
                                Durations.ms(1),
                                0,
                                Durations.ms(250),
                                "Time the read stage takes per record."),
                        ParamSpec.duration(
                                "transformTime",
                                Durations.ms(3),
                                0,
                                Durations.ms(250),
                                "Time the transform stage takes per record."),
                        ParamSpec.duration(
                                "writeTime",
                                Durations.ms(1),
                                0,
                                Durations.ms(250),
                                "Time the write stage takes per record.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int records = params.getInt("records");
        int bufferSize = params.getInt("bufferSize");
        long readTime = params.getLong("readTime");
        long transformTime = params.getLong("transformTime");
        long writeTime = params.getLong("writeTime");
        return go -> {
            Chan<Integer> raw = go.makeChan("raw", bufferSize, 0, "raw := make(chan int, bufferSize)");
            Chan<Integer> squares = go.makeChan("squares", bufferSize, 0, "squares := make(chan int, bufferSize)");
            go.go("stage-read", "go read(raw)", () -> read(go, raw, records, readTime));
            go.go("stage-transform", "go transform(raw, squares)", () -> transform(go, raw, squares, transformTime));

            int written = 0;
            boolean inOrder = true;
            for (int sq : squares.range("for sq := range squares {")) {
                go.sleep(writeTime, "time.Sleep(writeTime)");
                written++;
                go.log("wrote " + sq, "fmt.Println(\"wrote\", sq)");
                inOrder = inOrder && sq == written * written;
            }
            go.log("= records written: " + written, "fmt.Println(\"= records written:\", written)");
            go.log(
                    "= output order equals input order: " + inOrder,
                    "fmt.Println(\"= output order equals input order:\", inOrder)");
        };
    }

    private static void read(Go go, SendChan<Integer> out, int records, long readTime) {
        for (int i = 1; i <= records; i++) {
            go.sleep(readTime, "time.Sleep(readTime)");
            out.send(i, "out <- i");
        }
        out.close("close(out) // no more records");
    }

    private static void transform(Go go, RecvChan<Integer> in, SendChan<Integer> out, long transformTime) {
        for (int v : in.range("for v := range in {")) {
            go.sleep(transformTime, "time.Sleep(transformTime)");
            out.send(v * v, "out <- v * v");
        }
        out.close("close(out) // no more squares");
    }
}

package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.lang.GoCompiler;
import dev.chanscope.lang.GoProgram;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.scenario.RunCases.RunCase;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EncodingSink;
import dev.chanscope.wire.EventEncoder;
import dev.chanscope.wire.StreamDigest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine hands its most frequent events to an encoding sink without records ({@link EventSink});
 * the stream must be byte for byte what encoding each event's record gives, whatever the run.
 */
class EncodingPathsTest {

    @PropertyTest
    @MethodSource("runs")
    void directEncodingIsTheRecordsEncoding(RunCase run) {
        PreparedRun prepared = run.prepare(RunCases.SMALL);
        byte[] records = RunPropertiesTest.encode(prepared).bytes();
        Collecting direct = new Collecting();
        Engine.run(prepared.program(), prepared.config(), direct);
        assertThat(direct.bytes()).as(run.toString()).isEqualTo(records);
    }

    @PropertyTest
    @MethodSource("runs")
    void theDigestIsTheRecordsDigest(RunCase run) {
        PreparedRun prepared = run.prepare(RunCases.SMALL);
        byte[] records = RunPropertiesTest.encode(prepared).bytes();
        StreamDigest ofRecords = new StreamDigest();
        ofRecords.update(records, 0, records.length, 0);
        assertThat(RunPropertiesTest.digest(prepared)).as(run.toString()).isEqualTo(ofRecords.hex());
    }

    /** Values of every kind an interpreted program sends: each is shown as its text, with or without a record. */
    @Test
    void interpretedValuesAreShownTheSameEitherWay() {
        String source = """
                package main

                import "fmt"

                type point struct{ x, y int }

                func main() {
                	ints := make(chan int, 4)
                	words := make(chan string, 4)
                	floats := make(chan float64)
                	points := make(chan point)
                	done := make(chan struct{})
                	go func() {
                		fmt.Println(<-floats, <-points)
                		close(done)
                	}()
                	for _, v := range []int{0, -1, 9223372036854775807, -9223372036854775808} {
                		ints <- v
                	}
                	for _, w := range []string{"", "go", "π≈3.14", "a long line of text that is well over one hundred and twenty-eight characters, so the short form cannot hold it at all"} {
                		words <- w
                	}
                	floats <- -2.5
                	points <- point{3, -4}
                	<-done
                }
                """;
        GoCompiler.Compilation c = GoCompiler.compile(source, GoCompiler.DEFAULT_GO_VERSION);
        assertThat(c.errors()).isEmpty();
        GoProgram program = c.program();
        EventEncoder encoder = new EventEncoder();
        ByteBuf records = new ByteBuf(1024);
        program.run(RunConfig.of(1), Limits.DEFAULT, e -> encoder.encode(e, records));
        Collecting direct = new Collecting();
        program.run(RunConfig.of(1), Limits.DEFAULT, direct);
        assertThat(records.size()).isGreaterThan(200);
        assertThat(direct.bytes()).isEqualTo(records.toByteArray());
    }

    static Stream<RunCase> runs() {
        return RunPropertiesTest.runs();
    }

    /** Keeps every byte the encoding sink writes. */
    private static final class Collecting extends EncodingSink {
        Collecting() {
            super(1 << 16);
        }

        @Override
        protected void encoded(long time) {}

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}

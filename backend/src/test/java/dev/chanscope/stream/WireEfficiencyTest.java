package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.scenario.ScenarioResolver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The live stream's size: every library scenario at its defaults, framed exactly as the socket sends
 * it (batch headers included), averages at most 8 bytes per event. Byte counts do not depend on
 * timing, so this is a plain test; docs/BENCHMARKS.md records the figures it prints.
 */
class WireEfficiencyTest {

    @Test
    void theLiveStreamAveragesAtMostEightBytesPerEventAcrossTheLibrary() {
        ScenarioCatalog catalog = dev.chanscope.scenario.library.Library.catalog();
        RunRequestParser parser = new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(catalog));
        long events = 0;
        long bytes = 0;
        StringBuilder table = new StringBuilder("scenario, events, bytes, bytes/event\n");
        for (Scenario s : catalog.all()) {
            PreparedRun run = parser.parse(Map.of("scenario", s.id()), "run");
            long[] frameBytes = {0};
            RunStream stream = new RunStream("wire-test", run, 0, Long.MAX_VALUE / 4, new RunStream.Frames() {
                @Override
                public void batch(byte[] frame, int n) {
                    frameBytes[0] += frame.length;
                }

                @Override
                public void end(RunStream st) {}

                @Override
                public void startPastEnd(RunStream st, long total) {}
            });
            stream.pump();
            long n = stream.result().events();
            events += n;
            bytes += frameBytes[0];
            table.append(String.format("%s, %d, %d, %.2f%n", s.id(), n, frameBytes[0], frameBytes[0] / (double) n));
        }
        double average = bytes / (double) events;
        table.append(String.format("ALL, %d, %d, %.2f%n", events, bytes, average));
        System.out.println(table);
        assertThat(average).as(table.toString()).isLessThanOrEqualTo(8.0);
    }
}

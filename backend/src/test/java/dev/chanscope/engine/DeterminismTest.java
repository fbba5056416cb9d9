package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A run is a pure function of (program, seed, config): the same inputs give the same digest. */
class DeterminismTest {

    static List<String> digestLines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Program> e : SamplePrograms.all().entrySet()) {
            for (long seed = 1; seed <= 5; seed++) {
                lines.add(e.getKey() + " seed=" + seed + " "
                        + Runs.run(e.getValue(), seed).digest());
            }
        }
        return lines;
    }

    @Test
    void theSameSeedGivesAByteIdenticalStreamTwice() {
        for (long seed = 1; seed <= 20; seed++) {
            var a = Runs.run(SamplePrograms.kitchenSink(), seed);
            var b = Runs.run(SamplePrograms.kitchenSink(), seed);
            assertThat(b.digest()).as(a.why()).isEqualTo(a.digest());
            assertThat(b.events()).as(a.why()).isEqualTo(a.events());
        }
    }

    @Test
    void differentSeedsExploreDifferentSchedules() {
        var digests = new java.util.HashSet<String>();
        for (long seed = 1; seed <= 20; seed++) {
            digests.add(Runs.run(SamplePrograms.kitchenSink(), seed).digest());
        }
        assertThat(digests).hasSizeGreaterThan(10);
    }

    @Test
    void theKitchenSinkCompletesAndComputesTheSameSumWhateverTheSchedule() {
        for (long seed = 1; seed <= 50; seed++) {
            var t = Runs.run(SamplePrograms.kitchenSink(), seed);
            assertThat(t.logs()).as(t.why()).containsExactly("sum 204 done 8 err null");
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void aSeparateJvmComputesTheSameDigests() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DigestMain.class.getName())
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text.lines().filter(l -> l.contains(" seed=")).toList()).isEqualTo(digestLines());
    }
}

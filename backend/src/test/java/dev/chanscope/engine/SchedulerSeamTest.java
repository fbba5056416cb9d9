package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.wire.StreamDigest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every choice of a run comes from its one random source: a run replayed from the record of another
 * run's draws, under a different seed, is byte for byte that other run.
 */
class SchedulerSeamTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void aRunReplayedFromTheRecordOfItsDrawsIsTheSameRun(long seed) {
        for (Map.Entry<String, Program> e : SamplePrograms.all().entrySet()) {
            Randomness record = Randomness.recording(seed);
            String original = digest(e.getValue(), RunConfig.of(seed), record);
            String replayed = digest(e.getValue(), RunConfig.of(seed + 1000), Randomness.replaying(record));
            assertThat(replayed)
                    .as("%s, reproduce with seed=%d", e.getKey(), seed)
                    .isEqualTo(original);
            assertThat(original)
                    .as("%s: recording the draws changes nothing, seed=%d", e.getKey(), seed)
                    .isEqualTo(Runs.run(e.getValue(), seed).digest());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aReplayOfAnotherProgramsDrawsSaysWhereItDiverged(long seed) {
        Randomness record = Randomness.recording(seed);
        digest(SamplePrograms.all().get("ping-pong"), RunConfig.of(seed), record);
        String why;
        try {
            RunResult r = new Run(
                            SamplePrograms.kitchenSink(),
                            RunConfig.of(seed),
                            e -> {},
                            RunControl.withSystemClock(),
                            Randomness.replaying(record))
                    .runToEnd();
            why = r.findings().toString(); // a draw inside a goroutine fails that goroutine
        } catch (IllegalStateException e) {
            why = e.getMessage(); // a draw of the scheduler loop fails the run
        }
        assertThat(why).as("reproduce with seed=%d", seed).contains("the replayed run diverged at draw");
    }

    private static String digest(Program p, RunConfig config, Randomness randomness) {
        StreamDigest d = new StreamDigest();
        new Run(p, config, d, RunControl.withSystemClock(), randomness).runToEnd();
        return d.hex();
    }
}

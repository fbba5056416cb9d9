package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.run.PreparedRun;
import dev.chanscope.scenario.RunCases;
import dev.chanscope.scenario.RunCases.RunCase;
import dev.chanscope.support.Example;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.support.Seeds;
import dev.chanscope.wire.ByteReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resuming a run from any sequence number — after a reconnect, under any credit — sends exactly the
 * events the client lacks: the bytes of the full stream from that event on, in contiguous batches
 * whose base times line up, and the whole run's digest. Checks {@value Seeds#FIXED} fixed cases;
 * {@code -Pexplore} draws new ones.
 */
class ResumePropertiesTest {

    /** A run, where to resume it ({@code from}: a fraction of its events, past the end up to 1.05) and the credit. */
    record ResumeCase(RunCase run, double from, int credit) implements Example {
        static ResumeCase draw(long caseSeed) {
            SplittableRandom random = new SplittableRandom(caseSeed);
            RunCase run = RunCases.draw(random);
            return new ResumeCase(run, RunCases.fraction(random, 1.05, 0, 1, 1.05), RunCases.between(random, 1, 5000));
        }

        @Override
        public String java() {
            return "new ResumeCase(" + run.java() + ", " + from + ", " + credit + ")";
        }
    }

    static Stream<ResumeCase> resumeCases() {
        return Seeds.cases(ResumeCase::draw);
    }

    @PropertyTest
    @MethodSource("resumeCases")
    void resumingFromAnySequenceSendsExactlyTheMissingEvents(ResumeCase c) {
        RunCase run = c.run();
        double from = c.from();
        int credit = c.credit();
        PreparedRun prepared = run.prepare(RunCases.SMALL);
        Received full = stream(prepared, 0, 1_000_000);
        assertThat(full.ended).isTrue();
        long total = full.events;
        long start = Math.round(from * total);
        Received resumed = stream(prepared, start, credit);
        String why = run + " from " + start + " of " + total + " with credit " + credit;
        if (start > total) {
            assertThat(resumed.pastEnd).as(why).isEqualTo(total);
            assertThat(resumed.bytes.size()).as(why).isZero();
            return;
        }
        assertThat(resumed.ended).as(why).isTrue();
        assertThat(resumed.firstSeq).as(why).isEqualTo(start == total ? -1 : start);
        assertThat(resumed.events).as(why).isEqualTo(total - start);
        byte[] all = full.bytes.toByteArray();
        byte[] tail = resumed.bytes.toByteArray();
        int offset = all.length - tail.length;
        assertThat(offset).as(why).isGreaterThanOrEqualTo(0);
        assertThat(java.util.Arrays.equals(all, offset, all.length, tail, 0, tail.length))
                .as(why)
                .isTrue();
        assertThat(resumed.digest).as(why).isEqualTo(full.digest);
        if (start > 0 && start < total) {
            List<Long> times = new ArrayList<>();
            dev.chanscope.engine.Engine.run(prepared.program(), prepared.config(), e -> times.add(e.time()));
            assertThat(resumed.firstBaseTime).as("base time, " + why).isEqualTo(times.get((int) start - 1));
        }
    }

    /** What a client receives from one RunStream, granting {@code credit} again whenever it runs dry. */
    static final class Received implements RunStream.Frames {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        long firstSeq = -1;
        long firstBaseTime = -1;
        long nextSeq = -1;
        long events;
        boolean ended;
        long pastEnd = -1;
        String digest;

        @Override
        public void batch(byte[] frame, int n) {
            ByteReader r = new ByteReader(frame);
            assertThat(r.readByte()).isEqualTo(EventBatcher.FRAME_EVENT_BATCH);
            long seq = r.readUvarint();
            long count = r.readUvarint();
            long baseTime = r.readUvarint();
            assertThat(count).isEqualTo(n);
            if (firstSeq < 0) {
                firstSeq = seq;
                firstBaseTime = baseTime;
            } else {
                assertThat(seq).as("batches are contiguous").isEqualTo(nextSeq);
            }
            nextSeq = seq + count;

            events += count;
            bytes.write(frame, r.position(), frame.length - r.position());
        }

        @Override
        public void end(RunStream s) {
            ended = true;
            digest = s.digest();
        }

        @Override
        public void startPastEnd(RunStream s, long total) {
            pastEnd = total;
        }
    }

    static Received stream(PreparedRun prepared, long start, long credit) {
        Received out = new Received();
        RunStream s = new RunStream("test", prepared, start, credit, out);
        s.pump();
        for (int grants = 0; !s.isEnded(); grants++) {
            assertThat(grants).as("a run that never ends").isLessThan(1_000_000);
            s.grant(credit);
        }
        // An ended stream keeps its result, digest and position (end and intervene need them) but lets
        // the engine go, so a client that keeps its socket open after end holds no goroutines.
        assertThat(s.holdsEngine()).isFalse();
        return out;
    }
}

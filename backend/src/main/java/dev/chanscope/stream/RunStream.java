package dev.chanscope.stream;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Run;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunResult;
import dev.chanscope.run.PreparedRun;

/**
 * Drives one run for one client under credit-based flow control: the engine simulates only as far as
 * the client has granted room for (plus the few events of the step in progress), and every event from
 * {@code startSeq} on is sent exactly once, in order, in batch frames. Events before {@code startSeq}
 * — which the client already has, after a reconnect or before an intervention's divergence point — are
 * simulated again (a run is a pure function of its inputs) but not sent.
 */
final class RunStream {

    /** Where frames go; the WebSocket session in production, a list in tests. */
    interface Frames {
        void batch(byte[] frame, int events);

        void end(RunStream stream);

        /** The run ended with {@code total} events, fewer than the start point asked for. */
        void startPastEnd(RunStream stream, long total);
    }

    static final int MAX_BATCH_EVENTS = 4096;

    /**
     * The first frame of a stream is kept small, so a client sees its first events after a few
     * microseconds of simulation rather than after a whole batch's worth.
     */
    static final int FIRST_BATCH_EVENTS = 256;

    private final String runId;
    private final PreparedRun prepared;
    private final RunControl control;
    /** The engine and the encoder; let go once the run has ended, since a client may keep its socket open. */
    private Run run;

    private EventBatcher batcher = new EventBatcher();
    private RunResult finalResult;
    private String finalDigest;
    private long finalNextSeq;
    private final Frames frames;
    private final long startSeq;
    private long credit;
    private boolean ended;
    private boolean sentAny;

    RunStream(String runId, PreparedRun prepared, long startSeq, long initialCredit, Frames frames) {
        this.runId = runId;
        this.prepared = prepared;
        this.frames = frames;
        this.startSeq = startSeq;
        this.credit = initialCredit;
        this.control = RunControl.withSystemClock();
        this.run = Engine.start(prepared.program(), prepared.config(), batcher, control);
    }

    /** Grants room for {@code events} more events and sends what now fits. */
    void grant(long events) {
        credit = Math.min(Long.MAX_VALUE / 2, credit + events);
        pump();
    }

    /**
     * Sends as much as the credit allows, simulating as needed; sends {@code end} once every event is
     * out. {@code end} is a control message and needs no credit.
     */
    void pump() {
        while (!ended) {
            long next = batcher.nextSeq();
            if (next < startSeq) {
                if (batcher.pendingEvents() == 0 && !run.isOver()) {
                    run.advance(Math.min(startSeq, next + 65_536));
                }
                if (batcher.pendingEvents() == 0) {
                    finish();
                    frames.startPastEnd(this, next);
                    return;
                }
                batcher.skip((int) Math.min(batcher.pendingEvents(), startSeq - next));
                continue;
            }
            if (run.isOver() && batcher.pendingEvents() == 0) {
                finish();
                frames.end(this);
                return;
            }
            if (credit <= 0) {
                return;
            }
            int target = (int) Math.min(credit, sentAny ? MAX_BATCH_EVENTS : FIRST_BATCH_EVENTS);
            if (!run.isOver() && batcher.pendingEvents() < target) {
                run.advance(next + target); // afterwards: target events are pending, or the run is over
            }
            int n = Math.min(target, batcher.pendingEvents());
            if (n > 0) {
                frames.batch(batcher.takeFrame(n), n);
                credit -= n;
                sentAny = true;
            }
        }
    }

    /**
     * Keeps what {@code end} and a later {@code intervene} need (the result, the digest, the position)
     * and drops the engine's state: goroutines, their stacks and the encoder's buffers.
     */
    private void finish() {
        ended = true;
        finalResult = run.result();
        finalDigest = batcher.digestHex();
        finalNextSeq = batcher.nextSeq();
        run = null;
        batcher = null;
    }

    void cancel(String reason) {
        control.cancel(reason);
    }

    String runId() {
        return runId;
    }

    PreparedRun prepared() {
        return prepared;
    }

    RunResult result() {
        return ended ? finalResult : run.result();
    }

    String digest() {
        return ended ? finalDigest : batcher.digestHex();
    }

    /** Sequence number of the next event to send (everything before it was sent or skipped). */
    long nextSeq() {
        return ended ? finalNextSeq : batcher.nextSeq();
    }

    /** Events the client has granted and not yet received. */
    long credit() {
        return credit;
    }

    long startSeq() {
        return startSeq;
    }

    /** Whether the engine's state is still held: only until the run has ended. */
    boolean holdsEngine() {
        return run != null;
    }

    boolean isEnded() {
        return ended;
    }
}

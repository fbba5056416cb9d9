package dev.chanscope.stream;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Run;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunResult;
import dev.chanscope.scenario.PreparedRun;

/**
 * Drives one run for one client under credit-based flow control: the engine simulates only as far as
 * the client has granted room for (plus the few events of the step in progress), and every event is
 * sent exactly once, in order, in batch frames.
 */
final class RunStream {

  /** Where frames go; the WebSocket session in production, a list in tests. */
  interface Frames {
    void batch(byte[] frame);

    void end(RunStream stream);
  }

  static final int MAX_BATCH_EVENTS = 4096;

  private final String runId;
  private final PreparedRun prepared;
  private final Run run;
  private final RunControl control;
  private final EventBatcher batcher = new EventBatcher();
  private final Frames frames;
  private long credit;
  private long sent;
  private boolean ended;

  RunStream(String runId, PreparedRun prepared, long initialCredit, Frames frames) {
    this.runId = runId;
    this.prepared = prepared;
    this.frames = frames;
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
      if (run.isOver() && batcher.pendingEvents() == 0) {
        ended = true;
        frames.end(this);
        return;
      }
      if (credit <= 0) {
        return;
      }
      int target = (int) Math.min(credit, MAX_BATCH_EVENTS);
      if (!run.isOver() && batcher.pendingEvents() < target) {
        run.advance(sent + target); // afterwards: target events are pending, or the run is over
      }
      int n = Math.min(target, batcher.pendingEvents());
      if (n > 0) {
        frames.batch(batcher.takeFrame(n));
        credit -= n;
        sent += n;
      }
    }
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
    return run.result();
  }

  String digest() {
    return batcher.digestHex();
  }

  long sentEvents() {
    return sent;
  }

  long frameBytes() {
    return batcher.frameBytes();
  }

  boolean isEnded() {
    return ended;
  }
}

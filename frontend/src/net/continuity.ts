/**
 * Checks that batches join up: each starts at the seq after the last event received and at that
 * event's virtual time. Flow control and reconnects are exactly where events get lost or sent
 * twice, and a visualizer that silently skips an event shows a program that never ran.
 */
import type { EventBatch } from '../model/events';
import { ProtocolError } from './protocol';

export class StreamContinuity {
  #received: number;
  #lastTime: number;

  /** A resumed stream starts at `from`, after an event at `lastTime`. */
  constructor(from = 0, lastTime = 0) {
    this.#received = from;
    this.#lastTime = lastTime;
  }

  /** Events accepted so far, which is also the seq the next batch must start at. */
  get received(): number {
    return this.#received;
  }

  /** Accepts the batch or throws ProtocolError, leaving the state unchanged. */
  accept(batch: EventBatch): void {
    const expected = this.#received;
    if (batch.firstSeq > expected) {
      throw new ProtocolError(`lost events: expected seq ${expected}, batch starts at ${batch.firstSeq}`);
    }
    if (batch.firstSeq < expected) {
      throw new ProtocolError(`duplicated events: expected seq ${expected}, batch starts at ${batch.firstSeq}`);
    }
    if (batch.baseTime !== this.#lastTime) {
      throw new ProtocolError(
        `batch at seq ${batch.firstSeq} has base time ${batch.baseTime} ns, but the previous event was at ${this.#lastTime} ns`,
      );
    }
    this.#received += batch.count;
    if (batch.count > 0) this.#lastTime = batch.times[batch.count - 1] ?? this.#lastTime;
  }
}

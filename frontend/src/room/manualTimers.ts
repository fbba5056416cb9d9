/**
 * Timers for the room tests: nothing fires by itself, the test moves the clock (`advance`) or fires
 * the next timer of a given pause (`fire`), so no test depends on how fast the machine is.
 */
import type { Timers } from './roomClient';

export class ManualTimers implements Timers {
  clock = 0;
  pending: { run: () => void; ms: number; at: number; id: number }[] = [];
  #next = 0;

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.#next;
    this.pending.push({ run, ms, at: this.clock + ms, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t.id !== handle);
  }

  now(): number {
    return this.clock;
  }

  /** Fires the earliest timer set for `ms`; fails when there is none. */
  fire(ms: number): void {
    const timer = this.pending.find((t) => t.ms === ms);
    if (timer === undefined) throw new Error(`no timer of ${ms} ms; pending: ${this.pending.map((t) => t.ms).join(', ')}`);
    this.clearTimeout(timer.id);
    timer.run();
  }

  /** Moves the clock by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const until = this.clock + ms;
    for (;;) {
      const due = this.pending.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.clock = due.at;
      this.clearTimeout(due.id);
      due.run();
    }
    this.clock = until;
  }
}

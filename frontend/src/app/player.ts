/**
 * The playhead. `position` is how many events are applied: the stage shows the world right after
 * event `position - 1`. Playing advances it by `speed × EVENTS_PER_SECOND` per second of wall time,
 * one frame at a time, never past the events that have arrived.
 */
import { Atom } from '../lib/atom';
import type { EventStore } from '../model/events';
import { Fields, type FoldPlan } from '../model/world';

export const EVENTS_PER_SECOND = 6;
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;

/** Events worth stopping at: something started waiting, woke up, broke or was concluded. */
export const INTERESTING: ReadonlySet<string> = new Set([
  'go-block',
  'go-unblock',
  'go-panic',
  'diagnostic',
  'chan-close',
  'context-cancel',
  'intervention-applied',
  'run-end',
]);

export class Player {
  readonly position = new Atom(0);
  readonly playing = new Atom(false);
  readonly speed = new Atom(1);
  #carry = 0;

  /** Advances a playing playhead by `ms` of wall time; pauses at the end of a finished run. */
  tick(ms: number, available: number, finished: boolean): void {
    if (!this.playing.get()) return;
    this.#carry += (ms / 1000) * EVENTS_PER_SECOND * this.speed.get();
    const whole = Math.floor(this.#carry);
    this.#carry -= whole;
    const next = Math.min(available, this.position.get() + whole);
    this.position.set(next);
    if (next >= available && finished) this.playing.set(false);
  }

  seek(position: number, available: number): void {
    this.#carry = 0;
    this.position.set(Math.max(0, Math.min(available, Math.round(position))));
  }

  step(delta: number, available: number): void {
    this.playing.set(false);
    this.seek(this.position.get() + delta, available);
  }

  faster(direction: 1 | -1): void {
    const i = SPEEDS.indexOf(this.speed.get() as (typeof SPEEDS)[number]);
    const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? 3 : i) + direction))];
    if (next !== undefined) this.speed.set(next);
  }
}

/** The position just after the next (or previous) interesting event, or null when there is none. */
export function interestingPosition(store: EventStore, plan: FoldPlan, position: number, direction: 1 | -1): number | null {
  const f = new Fields();
  const start = direction === 1 ? position : position - 2;
  for (let seq = start; seq >= 0 && seq < store.length; seq += direction) {
    if (f.read(plan, store.code(seq), store.fields(seq)) && INTERESTING.has(f.name)) return seq + 1;
  }
  return null;
}

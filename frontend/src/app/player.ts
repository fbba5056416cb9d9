/**
 * The playhead. `position` is how many events are applied: the stage shows the world right after
 * event `position - 1`. Playing advances it by `speed × EVENTS_PER_SECOND` per second of wall time,
 * one frame at a time, never past the events that have arrived.
 */
import { Atom } from '../lib/atom';
import type { EventStore } from '../model/events';
import { EVENT_CODES, type EventType } from '../model/vocabulary.gen';

export const EVENTS_PER_SECOND = 6;
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;

/**
 * Events worth stopping at: something started waiting, woke up, broke or was concluded. Every type
 * says yes or no, so a new type of event is a decision here, not an oversight.
 */
export const INTERESTING: Readonly<Record<EventType, boolean>> = {
  'go-block': true,
  'go-unblock': true,
  'go-panic': true,
  diagnostic: true,
  'chan-close': true,
  'context-cancel': true,
  'intervention-applied': true,
  'run-end': true,
  output: false,
  'label-define': false,
  'go-create': false,
  'obj-define': false,
  'go-switch': false,
  'go-exit': false,
  'go-recover': false,
  'proc-acquire': false,
  'proc-release': false,
  'chan-send': false,
  'chan-buffer': false,
  'chan-handoff': false,
  'chan-recv': false,
  'chan-recv-closed': false,
  'select-begin': false,
  'select-case': false,
  'select-chosen': false,
  'lock-acquire': false,
  'lock-release': false,
  'wait-group-add': false,
  'once-do': false,
  'cond-notify': false,
  'semaphore-change': false,
  'atomic-op': false,
  'var-access': false,
  'timer-set': false,
  'timer-fire': false,
  'timer-stop': false,
  log: false,
};

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
export function interestingPosition(store: EventStore, position: number, direction: 1 | -1): number | null {
  const codes = interestingCodes();
  const start = direction === 1 ? position : position - 2;
  for (let seq = start; seq >= 0 && seq < store.length; seq += direction) {
    if (codes.has(store.code(seq))) return seq + 1;
  }
  return null;
}

let interesting: ReadonlySet<number> | null = null;

/** The codes of the interesting types: a scan compares codes and decodes nothing. */
function interestingCodes(): ReadonlySet<number> {
  interesting ??= new Set((Object.keys(INTERESTING) as EventType[]).filter((t) => INTERESTING[t]).map((t) => EVENT_CODES[t]));
  return interesting;
}

/**
 * The world at any point of a run: `at(n)` is the state after the first n events. Moving forward
 * folds the events in between; moving back restores the nearest snapshot at or before n and
 * replays from it. A snapshot is taken every `interval` events as the cursor passes, so a seek
 * costs at most `interval` folds plus one copy.
 */
import type { EventStore } from './events';
import { type FoldPlan, type World, cloneWorld, emptyWorld, foldEvent } from './world';

export const SNAPSHOT_INTERVAL = 4096;

export class WorldHistory {
  readonly #store: EventStore;
  readonly #plan: FoldPlan;
  readonly #interval: number;
  readonly #gomaxprocs: number;
  /** snapshots[k] is the world after k * interval events. */
  #snapshots: World[];
  #cursor: World;

  constructor(store: EventStore, plan: FoldPlan, gomaxprocs: number, interval = SNAPSHOT_INTERVAL) {
    this.#store = store;
    this.#plan = plan;
    this.#interval = interval;
    this.#gomaxprocs = gomaxprocs;
    this.#cursor = emptyWorld(gomaxprocs);
    this.#snapshots = [cloneWorld(this.#cursor)];
  }

  /** The world after `n` events (clamped to what the store holds). Do not mutate it. */
  at(n: number): World {
    const target = Math.max(0, Math.min(Math.floor(n), this.#store.length));
    if (target < this.#cursor.applied || target - this.#cursor.applied > this.#interval) {
      const k = Math.min(Math.floor(target / this.#interval), this.#snapshots.length - 1);
      const snapshot = this.#snapshots[k] ?? emptyWorld(this.#gomaxprocs);
      if (k * this.#interval > this.#cursor.applied || target < this.#cursor.applied) {
        this.#cursor = cloneWorld(snapshot);
      }
    }
    const store = this.#store;
    for (let seq = this.#cursor.applied; seq < target; seq++) {
      foldEvent(this.#cursor, this.#plan, seq, store.time(seq), store.code(seq), store.fields(seq));
      if ((seq + 1) % this.#interval === 0 && this.#snapshots.length === (seq + 1) / this.#interval) {
        this.#snapshots.push(cloneWorld(this.#cursor));
      }
    }
    return this.#cursor;
  }

  /** Forgets everything from event `length` on (the store was truncated to that length). */
  truncate(length: number): void {
    this.#snapshots = this.#snapshots.slice(0, Math.floor(length / this.#interval) + 1);
    if (this.#cursor.applied > length) {
      this.#cursor = cloneWorld(this.#snapshots[this.#snapshots.length - 1] ?? emptyWorld(this.#gomaxprocs));
    }
  }
}

/**
 * The world at any point of a run: `at(n)` is the state after the first n events. Moving forward
 * folds the events in between; otherwise the nearest snapshot at or before n is restored and the
 * events from it replayed, whichever folds fewer events.
 *
 * Snapshots are taken as the fold first passes a point, every `spacing` events, where the spacing
 * grows with the world (goroutines plus objects): a seek then folds fewer than `spacing` events and
 * copies one world, and snapshots cost a bounded number of bytes per event however large the world
 * gets (a snapshot costs about as much as the world is big; see SNAPSHOT_SPACING_PER_ENTITY).
 * Items never enter snapshots: all worlds of one history share one ItemTable backed by the store.
 *
 * `extend(n)` takes the snapshots up to n ahead of time with a world of its own (the RunModel calls
 * it as batches arrive), so even the first seek to the end of a long run folds only a little.
 */
import type { EventStore } from './events';
import { ItemTable, type World, cloneWorld, emptyWorld, foldEvent } from './world';

/** Fewest events between snapshots. */
export const SNAPSHOT_SPACING = 2048;
/** Events between snapshots per goroutine or object in the world, once that is more. */
export const SNAPSHOT_SPACING_PER_ENTITY = 8;

export class WorldHistory {
  readonly #store: EventStore;
  readonly #minSpacing: number;
  readonly #gomaxprocs: number;
  readonly #items: ItemTable;
  /** Ascending by `applied`; the first is the empty world. */
  #snapshots: World[];
  #cursor: World;
  /** The world `extend` folds forward, or null until it is needed. */
  #frontier: World | null = null;
  #lastReplay = 0;

  constructor(store: EventStore, gomaxprocs: number, minSpacing = SNAPSHOT_SPACING) {
    this.#store = store;
    this.#minSpacing = Math.max(1, minSpacing);
    this.#gomaxprocs = gomaxprocs;
    this.#items = new ItemTable(store);
    this.#cursor = emptyWorld(gomaxprocs, this.#items);
    this.#snapshots = [cloneWorld(this.#cursor)];
  }

  /** Snapshots held (for tests and benchmarks). */
  get snapshots(): number {
    return this.#snapshots.length;
  }

  /** Events the last `at` folded (for tests and benchmarks). */
  get lastReplay(): number {
    return this.#lastReplay;
  }

  /** Takes the snapshots for the first n events now, leaving the world `at` returns alone. */
  extend(n: number): void {
    const target = Math.max(0, Math.min(Math.floor(n), this.#store.length));
    const last = this.#snapshots[this.#snapshots.length - 1] as World;
    if (this.#frontier === null || this.#frontier.applied < last.applied) this.#frontier = cloneWorld(last);
    this.#fold(this.#frontier, target);
  }

  /** The world after `n` events (clamped to what the store holds). Do not mutate it. */
  at(n: number): World {
    const target = Math.max(0, Math.min(Math.floor(n), this.#store.length));
    const snapshot = this.#snapshotAtOrBefore(target);
    if (target < this.#cursor.applied || snapshot.applied > this.#cursor.applied) {
      this.#cursor = cloneWorld(snapshot);
    }
    this.#lastReplay = target - this.#cursor.applied;
    this.#fold(this.#cursor, target);
    return this.#cursor;
  }

  /** Folds `world` forward to `target`, taking a snapshot wherever it passes the last one's spacing. */
  #fold(world: World, target: number): void {
    const store = this.#store;
    let last = this.#snapshots[this.#snapshots.length - 1] as World;
    let next = last.applied + this.#spacing(last);
    for (let seq = world.applied; seq < target; seq++) {
      foldEvent(world, seq, store.time(seq), store.runEvent(seq));
      if (seq + 1 === next) {
        last = cloneWorld(world);
        this.#snapshots.push(last);
        next = last.applied + this.#spacing(last);
      }
    }
  }

  /** Forgets everything from event `length` on (the store was truncated to that length). */
  truncate(length: number): void {
    let keep = this.#snapshots.length;
    while (keep > 1 && (this.#snapshots[keep - 1]?.applied ?? 0) > length) keep--;
    this.#snapshots = this.#snapshots.slice(0, keep);
    this.#items.truncate(length);
    if (this.#frontier !== null && this.#frontier.applied > length) this.#frontier = null;
    if (this.#cursor.applied > length) {
      this.#cursor = cloneWorld(this.#snapshots[keep - 1] ?? emptyWorld(this.#gomaxprocs, this.#items));
    }
  }

  #spacing(world: World): number {
    return Math.max(this.#minSpacing, SNAPSHOT_SPACING_PER_ENTITY * (world.goroutines.size + world.objects.size));
  }

  #snapshotAtOrBefore(n: number): World {
    const snapshots = this.#snapshots;
    let lo = 0;
    let hi = snapshots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((snapshots[mid]?.applied ?? 0) <= n) lo = mid;
      else hi = mid - 1;
    }
    return snapshots[lo] as World;
  }
}

/**
 * The timeline's data: one lane per goroutine (its state over time) and per buffered channel (how
 * full it is), built incrementally as events arrive, and reduced to what one pixel column can show.
 *
 * Storage is columnar (typed arrays that grow by doubling): a lane change costs about 16 bytes,
 * not an object. Each lane keeps a max pyramid over its values (a goroutine's state, ranked by
 * STATE_PRIORITY; a channel's level), appended to in O(log n), so the highest value inside any
 * range of changes is an O(log n) query.
 *
 * Pixel semantics (`laneColumns`): change j holds from `at[j]` until the next change (the last one
 * until the axis' end). Mapped to columns, it covers [floor(x1), max(floor(x1) + 1, ceil(x2))), so
 * even a change shorter than a pixel shows. Where several changes share a column, the column shows
 * the highest-ranked state among them (a channel: the highest level): what painting every change
 * as one rectangle would leave if a rectangle never covered a higher-ranked one, but in
 * O(columns · log changes) instead of O(changes).
 */
import type { EventStore } from '../model/events';
import { type World, emptyWorld, foldEvent } from '../model/world';
import { STATE_COLOUR, visualState } from './palette';

/** At most this many lanes are drawn: goroutines first (in order of appearance), then channels. */
export const MAX_LANES = 48;

/**
 * Goroutine states from least to most telling when they share a pixel column with others: a column
 * shows the highest one, so a goroutine that ran for an instant inside a long wait still shows that
 * it ran (zoom in to see how long). A lane stores the index here; channel lanes the last colour.
 */
const STATE_PRIORITY = ['done', 'sleeping', 'blocked', 'runnable', 'working', 'running', 'panicked'] as const;

/** Every colour a lane can take; lanes store an index into it. */
export const LANE_COLOURS: readonly string[] = [...STATE_PRIORITY.map((s) => STATE_COLOUR[s]), '#0072B2'];
const CHANNEL_COLOUR = LANE_COLOURS.length - 1;
const STATE_INDEX = new Map<string, number>(STATE_PRIORITY.map((s, i) => [s, i]));

export class Lane {
  readonly name: string;
  readonly kind: 'goroutine' | 'channel';
  #at = new Float64Array(16);
  /**
   * `#pyramid[0][j]` is change j's value: its colour index (goroutines) or level (channels);
   * `#pyramid[k][i]` is the max of values i·2^k … (i+1)·2^k − 1 (of those that exist).
   */
  readonly #pyramid: Float32Array[] = [new Float32Array(16)];
  #length = 0;

  constructor(name: string, kind: 'goroutine' | 'channel') {
    this.name = name;
    this.kind = kind;
  }

  get length(): number {
    return this.#length;
  }

  at(j: number): number {
    return this.#at[j] ?? 0;
  }

  /** Change j's colour (an index into LANE_COLOURS). */
  colour(j: number): number {
    return this.kind === 'channel' ? CHANNEL_COLOUR : this.value(j);
  }

  /** The level (0..1) of change j: how full a channel is; goroutine lanes are always full height. */
  level(j: number): number {
    return this.kind === 'channel' ? this.value(j) : 1;
  }

  value(j: number): number {
    return this.#pyramid[0]?.[j] ?? 0;
  }

  /**
   * Appends a change: `value` is a colour index for a goroutine lane, a level for a channel lane.
   * `at` must not be before the previous change's.
   */
  push(at: number, value: number): void {
    const n = this.#length;
    if (n === this.#at.length) this.#at = grow(this.#at, new Float64Array(n * 2));
    this.#at[n] = at;
    const pyramid = this.#pyramid;
    pyramid[0] = put(pyramid[0] as Float32Array, n, value);
    // Level k's block i is the max of level k-1's blocks 2i and 2i+1 (the latter once it exists).
    for (let k = 1; 1 << k <= n + 1; k++) {
      const below = pyramid[k - 1] as Float32Array;
      const i = n >> k;
      const right = (2 * i + 1) << (k - 1) <= n ? (below[2 * i + 1] ?? 0) : 0;
      pyramid[k] = put(pyramid[k] ?? new Float32Array(16), i, Math.max(below[2 * i] ?? 0, right));
    }
    this.#length = n + 1;
  }

  /** The highest value among changes lo..hi (inclusive), in O(log n). */
  maxValue(lo: number, hi: number): number {
    const pyramid = this.#pyramid;
    let best = 0;
    let i = lo;
    const end = hi + 1;
    while (i < end) {
      let k = 0;
      while (k + 1 < pyramid.length && (i & ((2 << k) - 1)) === 0 && i + (2 << k) <= end) k++;
      best = Math.max(best, pyramid[k]?.[i >> k] ?? 0);
      i += 1 << k;
    }
    return best;
  }
}

/** Sets row[i] = value, growing the row (by doubling) when needed. */
function put(row: Float32Array, i: number, value: number): Float32Array {
  const out = i < row.length ? row : grow(row, new Float32Array(Math.max(16, row.length * 2, i + 1)));
  out[i] = value;
  return out;
}

function grow<T extends Float64Array | Uint8Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export interface TimelineData {
  /** The lanes to draw, at most MAX_LANES. The Lane objects grow as the run does. */
  readonly lanes: readonly Lane[];
  /** The axis' end: the last event's time (or the event count), at least 1. */
  readonly end: number;
  readonly byTime: boolean;
}

/**
 * Folds the run into lanes as it arrives: `update(store)` folds only the events it has not seen,
 * and starts over when the store was cleared or truncated or the axis changed from events to time.
 */
export class TimelineBuilder {
  readonly #gomaxprocs: number;
  readonly #preferTime: boolean;
  #world: World | null = null;
  #generation = -1;
  #byTime = false;
  #applied = 0;
  /** Lane per goroutine id / channel id; null for one seen beyond MAX_LANES (never drawn). */
  readonly #goLanes = new Map<number, Lane | null>();
  readonly #chanLanes = new Map<number, Lane | null>();
  readonly #goOrder: Lane[] = [];
  readonly #chanOrder: Lane[] = [];
  readonly #lastColour = new Map<number, number>();
  readonly #lastLevel = new Map<number, number>();
  #data: TimelineData | null = null;

  constructor(gomaxprocs: number, preferTime: boolean) {
    this.#gomaxprocs = gomaxprocs;
    this.#preferTime = preferTime;
  }

  /** The lanes up to the store's end; the same object as last time if nothing changed. */
  update(store: EventStore): TimelineData {
    const byTime = this.#preferTime && store.lastTime > 0;
    if (store.generation !== this.#generation || byTime !== this.#byTime || store.length < this.#applied || (this.#world === null && store.length > this.#applied)) {
      this.#reset(store.generation, byTime);
    }
    const world = this.#world;
    if (world !== null) for (let seq = this.#applied; seq < store.length; seq++) this.#fold(world, store, seq);
    this.#applied = store.length;
    const end = Math.max(1, byTime ? store.lastTime : store.length);
    const lanes = [...this.#goOrder, ...this.#chanOrder].slice(0, MAX_LANES);
    const old = this.#data;
    if (old === null || old.end !== end || old.byTime !== byTime || old.lanes.length !== lanes.length || lanes.some((l, i) => old.lanes[i] !== l)) {
      this.#data = { lanes, end, byTime };
    }
    return this.#data as TimelineData;
  }

  /** Drops the fold's own world (the run ended); a later `update` with more events starts over. */
  release(): void {
    this.#world = null;
  }

  #reset(generation: number, byTime: boolean): void {
    this.#world = emptyWorld(this.#gomaxprocs);
    this.#generation = generation;
    this.#byTime = byTime;
    this.#applied = 0;
    this.#goLanes.clear();
    this.#chanLanes.clear();
    this.#goOrder.length = 0;
    this.#chanOrder.length = 0;
    this.#lastColour.clear();
    this.#lastLevel.clear();
    this.#data = null;
  }

  #fold(world: World, store: EventStore, seq: number): void {
    const previous = world.current;
    const e = store.runEvent(seq);
    foldEvent(world, seq, store.time(seq), e);
    if (e === null) return;
    const at = this.#byTime ? store.time(seq) : seq;
    // Only the goroutines and the channel this event names can have changed.
    const touched = [previous, world.current, 'g' in e ? e.g : 0, 'by' in e ? e.by : 0, 'from' in e ? e.from : 0, 'to' in e ? e.to : 0];
    for (let t = 0; t < touched.length; t++) {
      const id = touched[t] ?? 0;
      if (touched.indexOf(id) !== t) continue;
      const g = world.goroutines.get(id);
      if (g === undefined) continue;
      const colour = STATE_INDEX.get(visualState(g.state, g.reason)) ?? 0;
      if (this.#lastColour.get(id) === colour) continue;
      this.#lastColour.set(id, colour);
      let lane = this.#goLanes.get(id);
      if (lane === undefined) {
        lane = this.#goOrder.length < MAX_LANES ? new Lane(g.name, 'goroutine') : null;
        this.#goLanes.set(id, lane);
        if (lane !== null) this.#goOrder.push(lane);
      }
      lane?.push(at, colour);
    }
    const o = world.objects.get('obj' in e ? e.obj : 0);
    if (o === undefined || o.kind !== 'channel' || o.arg <= 0) return;
    let used = 0;
    for (const s of o.slots) if (s >= 0) used++;
    const level = used / o.arg;
    if (this.#lastLevel.get(o.id) === level) return;
    this.#lastLevel.set(o.id, level);
    let lane = this.#chanLanes.get(o.id);
    if (lane === undefined) {
      lane = this.#chanOrder.length < MAX_LANES ? new Lane(o.name, 'channel') : null;
      this.#chanLanes.set(o.id, lane);
      if (lane !== null) this.#chanOrder.push(lane);
    }
    lane?.push(at, level);
  }
}

/** Folds a whole run into lanes at once. */
export function timelineData(store: EventStore, gomaxprocs: number, preferTime: boolean): TimelineData {
  return new TimelineBuilder(gomaxprocs, preferTime).update(store);
}

/** Maps axis positions to pixel columns: column c covers [from + c·span/columns, from + (c+1)·span/columns). */
export class ColumnScale {
  readonly from: number;
  readonly span: number;
  readonly columns: number;

  constructor(from: number, to: number, columns: number) {
    this.from = from;
    this.span = Math.max(Number.MIN_VALUE, to - from);
    this.columns = columns;
  }

  /** The fractional column of an axis position. */
  x(axis: number): number {
    return ((axis - this.from) * this.columns) / this.span;
  }
}

/** Columns [start, end) of one lane, run-length encoded: each run has one colour and level. */
export interface ColumnRuns {
  readonly start: number[];
  readonly end: number[];
  readonly colour: number[];
  readonly level: number[];
}

/**
 * What columns [c0, c1) of the scale show of `lane` (see the file comment for the semantics).
 * `axisEnd` is where the last change ends; `minSpan` the least a change lasts (1 on an event axis).
 */
export function laneColumns(lane: Lane, scale: ColumnScale, axisEnd: number, minSpan: number, c0 = 0, c1 = scale.columns): ColumnRuns {
  const runs: ColumnRuns = { start: [], end: [], colour: [], level: [] };
  const n = lane.length;
  if (n === 0) return runs;
  const first = (j: number): number => Math.floor(scale.x(lane.at(j)));
  const last = (j: number): number => {
    const next = j + 1 < n ? lane.at(j + 1) : Math.max(axisEnd, lane.at(j) + minSpan);
    return Math.max(first(j) + 1, Math.ceil(scale.x(next)));
  };
  let hi = -1; // the last change starting at or before the column
  let lo = 0; // the first change still covering the column
  for (let c = Math.max(0, c0); c < Math.min(c1, scale.columns); c++) {
    hi = searchLast(hi, n, (j) => first(j) <= c);
    if (hi < 0) continue;
    lo = searchFirst(lo, hi + 1, (j) => last(j) > c);
    if (lo > hi) continue;
    const top = lo === hi ? lane.value(hi) : lane.maxValue(lo, hi);
    const colour = lane.kind === 'channel' ? CHANNEL_COLOUR : top;
    const level = lane.kind === 'channel' ? top : 1;
    const k = runs.start.length - 1;
    if (k >= 0 && runs.end[k] === c && runs.colour[k] === colour && runs.level[k] === level) {
      runs.end[k] = c + 1;
    } else {
      runs.start.push(c);
      runs.end.push(c + 1);
      runs.colour.push(colour);
      runs.level.push(level);
    }
  }
  return runs;
}

/** The largest j in [from, to) with pred(j) true, for pred true then false; `from` if none after it. */
function searchLast(from: number, to: number, pred: (j: number) => boolean): number {
  let lo = Math.max(0, from);
  let hi = to;
  if (lo >= hi || !pred(lo)) return from;
  // pred(lo) holds; find the boundary in (lo, hi).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The smallest j in [from, to) with pred(j) true, for pred false then true; `to` if none. */
function searchFirst(from: number, to: number, pred: (j: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Columnar storage of a run's events. The sequence number is the index; time and code live in
 * typed arrays that grow by doubling, so a million-event run costs a few megabytes rather than a
 * million objects. Field values are still one small array per event: good enough until the
 * folds need per-field columns.
 */
import { Atom } from '../lib/atom';

export type FieldValue = number | string;

/** The events of one decoded batch, in columns; `times` are absolute virtual nanoseconds. */
export interface EventBatch {
  readonly firstSeq: number;
  readonly count: number;
  /** Virtual time of the event just before this batch (0 for the first batch). */
  readonly baseTime: number;
  readonly codes: Uint32Array;
  readonly times: Float64Array;
  readonly fields: ReadonlyArray<readonly FieldValue[]>;
}

export interface StoredEvent {
  readonly seq: number;
  /** Absolute virtual time in nanoseconds. */
  readonly time: number;
  readonly code: number;
  readonly fields: readonly FieldValue[];
}

const INITIAL_CAPACITY = 1024;

export class EventStore {
  #times = new Float64Array(INITIAL_CAPACITY);
  #codes = new Uint32Array(INITIAL_CAPACITY);
  #fields: Array<readonly FieldValue[]> = [];
  #length = 0;
  /** Bumped on every append and clear, so views know to look again. */
  readonly version = new Atom(0);
  /** Bumped on clear: a view that drew an older generation must start over. */
  generation = 0;

  get length(): number {
    return this.#length;
  }

  /** Virtual time of the last event, or 0 before any: what the next batch's base time must be. */
  get lastTime(): number {
    return this.#length === 0 ? 0 : (this.#times[this.#length - 1] ?? 0);
  }

  /** Appends a batch; the caller has already checked that it continues the sequence. */
  append(batch: EventBatch): void {
    if (batch.firstSeq !== this.#length) {
      throw new Error(`batch starts at seq ${batch.firstSeq}, store holds ${this.#length} events`);
    }
    this.#reserve(this.#length + batch.count);
    this.#times.set(batch.times.subarray(0, batch.count), this.#length);
    this.#codes.set(batch.codes.subarray(0, batch.count), this.#length);
    for (let i = 0; i < batch.count; i++) this.#fields.push(batch.fields[i] ?? []);
    this.#length += batch.count;
    this.version.update((v) => v + 1);
  }

  clear(): void {
    this.#times = new Float64Array(INITIAL_CAPACITY);
    this.#codes = new Uint32Array(INITIAL_CAPACITY);
    this.#fields = [];
    this.#length = 0;
    this.generation++;
    this.version.update((v) => v + 1);
  }

  event(seq: number): StoredEvent {
    if (!Number.isInteger(seq) || seq < 0 || seq >= this.#length) {
      throw new RangeError(`no event with seq ${seq} (store holds ${this.#length})`);
    }
    return {
      seq,
      time: this.#times[seq] ?? 0,
      code: this.#codes[seq] ?? 0,
      fields: this.#fields[seq] ?? [],
    };
  }

  /** Drops every event from `length` on (an intervention re-ran the run from there). */
  truncate(length: number): void {
    if (length >= this.#length) return;
    this.#length = Math.max(0, length);
    this.#fields.length = this.#length;
    this.generation++;
    this.version.update((v) => v + 1);
  }

  /** Column accessors for folds, which must not allocate per event. */
  code(seq: number): number {
    return this.#codes[seq] ?? 0;
  }

  time(seq: number): number {
    return this.#times[seq] ?? 0;
  }

  fields(seq: number): readonly FieldValue[] {
    return this.#fields[seq] ?? [];
  }

  #reserve(needed: number): void {
    if (needed <= this.#times.length) return;
    let capacity = this.#times.length;
    while (capacity < needed) capacity *= 2;
    const times = new Float64Array(capacity);
    times.set(this.#times.subarray(0, this.#length));
    const codes = new Uint32Array(capacity);
    codes.set(this.#codes.subarray(0, this.#length));
    this.#times = times;
    this.#codes = codes;
  }
}

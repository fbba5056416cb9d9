/**
 * A run's events, stored once and compactly. The events' wire encodings (code, dt, fields: about
 * 8 bytes an event) are the storage: they are copied into 256 KiB chunks as batches arrive and
 * their fields are decoded when asked for (the code is the first byte). Beside them, per block of
 * 1,024 events, the virtual time as an offset from the block's first event (1, 2 or 4 bytes, as
 * narrow as the block's spread allows) and where every 32nd encoding starts (2 bytes, as an offset
 * from the block's first). A block whose times or encodings spread too far for those widths
 * switches that column to 8-byte absolute values, so every value stays exact. Where the other
 * encodings start is found by stepping over their fields, a run of 32 at a time, remembered for the
 * last few runs used: passes over the run, forwards or backwards, pay it once per 32 events.
 *
 * About 9 to 12 bytes an event in all, against ~100 when every event had its own field array. The same
 * bytes serve the digest of a resumed run (`encodings`), so the page keeps no second copy.
 */
import { Atom } from '../lib/atom';
import { ByteWriter } from '../lib/varint';
import type { EventCatalog } from './catalog';
import { vocabularyProblem } from './vocabulary';
import { type RunEvent, readEvent } from './vocabulary.gen';

export type FieldValue = number | string;

interface BatchHeader {
  readonly firstSeq: number;
  readonly count: number;
  /** Virtual time of the event just before this batch (0 for the first batch). */
  readonly baseTime: number;
  readonly codes: ArrayLike<number>;
  /** Absolute virtual nanoseconds. */
  readonly times: ArrayLike<number>;
}

/** A batch as decoded from the wire: columns plus the events' encodings exactly as received. */
export interface EncodedBatch extends BatchHeader {
  readonly eventBytes: Uint8Array;
  /** offsets[i] is where event i starts in eventBytes; offsets[count] is its length. */
  readonly offsets: ArrayLike<number>;
}

/** A batch built by hand (tests, fixtures): the store encodes the fields with its catalog. */
export interface FieldsBatch extends BatchHeader {
  readonly fields: ReadonlyArray<readonly FieldValue[]>;
}

export type EventBatch = EncodedBatch | FieldsBatch;

export interface StoredEvent {
  readonly seq: number;
  /** Absolute virtual time in nanoseconds. */
  readonly time: number;
  readonly code: number;
  readonly fields: readonly FieldValue[];
}

const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK - 1;
const SUB_BITS = 5;
const SUB = 1 << SUB_BITS;
const SUB_MASK = SUB - 1;
const CACHED_RUNS = 4;
const CHUNK = 1 << 18;
const MAX_TIME_DELTA = 0xffff_ffff;
const MAX_OFFSET_DELTA = 0xffff;

/** Columns of BLOCK consecutive events. Narrow deltas from a base, or absolute values (base 0). */
interface Block {
  timeBase: number;
  /** As narrow as the block's spread of times allows: many blocks span no virtual time at all. */
  times: Uint8Array | Uint16Array | Uint32Array | Float64Array;
  offsetBase: number;
  /** Where every SUB-th event's encoding starts, from offsetBase. */
  offsets: Uint16Array | Float64Array;
}

const EMPTY: Uint8Array = new Uint8Array(0);
const UNSIGNED = 0;
const SIGNED = 1;
const STRING = 2;
const MAX_CODE = 0xffff;
const utf8 = new TextDecoder('utf-8');

export class EventStore {
  #catalog: EventCatalog | null;
  /** Per event code, its fields' encodings (UNSIGNED, SIGNED, STRING): the decoding plan. */
  #fieldTypes: Array<Uint8Array | undefined> = [];
  #blocks: Block[] = [];
  #chunks: Uint8Array[] = [];
  /** Bytes of each chunk in use (the rest is room, or padding when an event did not fit). */
  #chunkUsed: number[] = [];
  /** Global offset where the next encoding goes (chunk k covers [k * CHUNK, (k + 1) * CHUNK)). */
  #byteEnd = 0;
  #length = 0;
  /** Where each event of a recently used run of SUB events starts (global offsets). */
  readonly #runStarts = Array.from({ length: CACHED_RUNS }, () => new Float64Array(SUB));
  readonly #runIndex = new Float64Array(CACHED_RUNS).fill(-1);
  readonly #runCount = new Int32Array(CACHED_RUNS);
  #runVictim = 0;
  #lastFieldsSeq = -1;
  #lastFieldsGeneration = -1;
  #lastFields: readonly FieldValue[] = [];
  /** Whether the catalog speaks the page's vocabulary, so codes can be read as typed events. */
  #typed = false;
  readonly #scratch: FieldValue[] = [];
  /** Bumped on every append and clear, so views know to look again. */
  readonly version = new Atom(0);
  /** Bumped on clear: a view that drew an older generation must start over. */
  generation = 0;

  /** The catalog says how to decode fields; a RunModel hands it over when the run is admitted. */
  constructor(catalog: EventCatalog | null = null) {
    this.#catalog = null;
    if (catalog !== null) this.useCatalog(catalog);
  }

  useCatalog(catalog: EventCatalog): void {
    this.#catalog = catalog;
    this.#typed = vocabularyProblem(catalog) === null;
    this.#fieldTypes = [];
    for (let code = 0; code <= MAX_CODE; code++) {
      const kind = catalog.kind(code);
      if (kind !== undefined) this.#fieldTypes[code] = Uint8Array.from(kind.fields, (f) => (f.type === 's' ? STRING : f.type === 'i' ? SIGNED : UNSIGNED));
    }
  }

  get length(): number {
    return this.#length;
  }

  /** Virtual time of the last event, or 0 before any: what the next batch's base time must be. */
  get lastTime(): number {
    return this.#length === 0 ? 0 : this.time(this.#length - 1);
  }

  /** Bytes of encodings held (without chunk padding and spare room). */
  get encodedBytes(): number {
    return this.#chunkUsed.reduce((sum, used) => sum + used, 0);
  }

  /** Appends a batch; the caller has already checked that it continues the sequence. */
  append(batch: EventBatch): void {
    if (batch.firstSeq !== this.#length) {
      throw new Error(`batch starts at seq ${batch.firstSeq}, store holds ${this.#length} events`);
    }
    const encoded = 'eventBytes' in batch ? batch : this.#encode(batch);
    const { count, times, offsets, eventBytes } = encoded;
    const starts = this.#copyBytes(eventBytes, offsets, count);
    for (let i = 0; i < count; i++) this.#put(this.#length + i, times[i] ?? 0, starts[i] ?? 0);
    this.#length += count;
    this.version.update((v) => v + 1);
  }

  clear(): void {
    this.#blocks = [];
    this.#chunks = [];
    this.#chunkUsed = [];
    this.#byteEnd = 0;
    this.#length = 0;
    this.#runIndex.fill(-1);
    this.generation++;
    this.version.update((v) => v + 1);
  }

  /** Drops every event from `length` on (an intervention re-ran the run from there). */
  truncate(length: number): void {
    if (length >= this.#length) return;
    const keep = Math.max(0, length);
    this.#byteEnd = keep === 0 ? 0 : this.#offset(keep);
    const chunks = Math.ceil(this.#byteEnd / CHUNK);
    this.#chunks.length = chunks;
    this.#chunkUsed.length = chunks;
    if (chunks > 0 && this.#byteEnd % CHUNK !== 0) this.#chunkUsed[chunks - 1] = this.#byteEnd % CHUNK;
    this.#blocks.length = Math.ceil(keep / BLOCK);
    this.#length = keep;
    this.#runIndex.fill(-1);
    this.generation++;
    this.version.update((v) => v + 1);
  }

  event(seq: number): StoredEvent {
    if (!Number.isInteger(seq) || seq < 0 || seq >= this.#length) {
      throw new RangeError(`no event with seq ${seq} (store holds ${this.#length})`);
    }
    return { seq, time: this.time(seq), code: this.code(seq), fields: this.fields(seq) };
  }

  /** Column accessors for folds: no decoding, no allocation. The code is the encoding's first byte. */
  code(seq: number): number {
    if (!(seq >= 0 && seq < this.#length)) return 0;
    const at = this.#offset(seq);
    const chunk = Math.floor(at / CHUNK);
    const bytes = this.#chunks[chunk] ?? EMPTY;
    pos = at - chunk * CHUNK;
    return readUvarint(bytes);
  }

  time(seq: number): number {
    const block = this.#blocks[seq >>> BLOCK_BITS];
    return block === undefined ? 0 : block.timeBase + (block.times[seq & BLOCK_MASK] ?? 0);
  }

  /**
   * The event's field values, decoded into an array the caller may keep but must not change. The
   * last one is remembered, since passes over the run often ask for the same event twice.
   */
  fields(seq: number): readonly FieldValue[] {
    if (seq === this.#lastFieldsSeq && this.#lastFieldsGeneration === this.generation) return this.#lastFields;
    const fields = this.readFields(seq, []);
    this.#lastFieldsSeq = seq;
    this.#lastFieldsGeneration = this.generation;
    this.#lastFields = fields;
    return fields;
  }

  /**
   * The event as its typed `RunEvent` (a fresh object the caller may keep); null for a type the page
   * does not know, or when the store's catalog is not the page's vocabulary (vocabulary.ts).
   */
  runEvent(seq: number): RunEvent | null {
    if (!this.#typed) return null;
    const code = this.#decode(seq, this.#scratch);
    return code < 0 ? null : readEvent(code, this.#scratch);
  }

  /**
   * Decodes the event's field values into `into` (truncated to the field count) and returns it:
   * folds over many events reuse one array instead of allocating one per event.
   */
  readFields(seq: number, into: FieldValue[]): FieldValue[] {
    this.#decode(seq, into);
    return into;
  }

  /** Decodes the event's fields into `into` and returns its code; -1 (and no fields) when there is none. */
  #decode(seq: number, into: FieldValue[]): number {
    if (!(seq >= 0 && seq < this.#length)) {
      into.length = 0;
      return -1;
    }
    const at = this.#offset(seq);
    const chunk = Math.floor(at / CHUNK);
    const bytes = this.#chunks[chunk] ?? EMPTY;
    pos = at - chunk * CHUNK;
    const code = readUvarint(bytes);
    const types = this.#fieldTypes[code];
    if (types === undefined) {
      into.length = 0;
      return code;
    }
    while ((bytes[pos++] ?? 0) >= 0x80); // step over dt
    const n = types.length;
    // Shrink only: growing by assignment in order keeps the array packed.
    if (into.length > n) into.length = n;
    for (let f = 0; f < n; f++) {
      const type = types[f];
      if (type === STRING) into[f] = readString(bytes);
      else {
        const byte = bytes[pos] ?? 0;
        const value = byte < 0x80 ? (pos++, byte) : readUvarint(bytes);
        into[f] = type === UNSIGNED ? value : value % 2 === 0 ? value / 2 : -(value + 1) / 2;
      }
    }
    return code;
  }

  /** The encodings of events 0..n-1 as received, in pieces: what a resumed run's digest starts from. */
  encodings(n: number): Uint8Array[] {
    const upTo = Math.max(0, Math.min(n, this.#length));
    const end = upTo === this.#length ? this.#byteEnd : this.#offset(upTo);
    const parts: Uint8Array[] = [];
    const last = Math.floor(end / CHUNK);
    for (let k = 0; k <= last && k < this.#chunks.length; k++) {
      const used = k === last ? end % CHUNK : (this.#chunkUsed[k] ?? 0);
      if (used > 0) parts.push((this.#chunks[k] ?? EMPTY).subarray(0, used));
    }
    return parts;
  }

  /** Global offset where event `seq`'s encoding starts (the end of the bytes for seq = length). */
  #offset(seq: number): number {
    if (seq >= this.#length) return this.#byteEnd;
    const run = seq >>> SUB_BITS;
    const i = seq & SUB_MASK;
    for (let e = 0; e < CACHED_RUNS; e++) {
      if (this.#runIndex[e] === run && i < (this.#runCount[e] ?? 0)) return this.#runStarts[e]?.[i] ?? 0;
    }
    const e = this.#runVictim;
    this.#runVictim = (e + 1) % CACHED_RUNS;
    const starts = this.#runStarts[e] as Float64Array;
    const count = Math.min(SUB, this.#length - (run << SUB_BITS));
    const block = this.#blocks[seq >>> BLOCK_BITS] as Block;
    let at = block.offsetBase + (block.offsets[(seq & BLOCK_MASK) >>> SUB_BITS] ?? 0);
    for (let k = 0; k < count; k++) {
      // Events never straddle chunks: past a chunk's last event, the next starts in a later chunk.
      let chunk = Math.floor(at / CHUNK);
      while (at - chunk * CHUNK >= (this.#chunkUsed[chunk] ?? 0) && chunk + 1 < this.#chunks.length) {
        chunk++;
        at = chunk * CHUNK;
      }
      starts[k] = at;
      if (k + 1 < count) at += this.#encodingLength(this.#chunks[chunk] ?? EMPTY, at - chunk * CHUNK);
    }
    this.#runIndex[e] = run;
    this.#runCount[e] = count;
    return starts[i] ?? 0;
  }

  /** Bytes of the encoding that starts at `at` in `bytes`, found by stepping over its fields. */
  #encodingLength(bytes: Uint8Array, at: number): number {
    pos = at;
    const code = readUvarint(bytes);
    const types = this.#fieldTypes[code];
    if (types === undefined) throw new Error(`stored event with unknown code ${code}`);
    while ((bytes[pos++] ?? 0) >= 0x80); // dt
    for (let f = 0; f < types.length; f++) {
      if (types[f] === STRING) {
        const length = readUvarint(bytes); // before reading pos: `pos += readUvarint()` would lose its bytes
        pos += length;
      } else while ((bytes[pos++] ?? 0) >= 0x80);
    }
    return pos - at;
  }

  #put(seq: number, time: number, offset: number): void {
    const i = seq & BLOCK_MASK;
    let block = this.#blocks[seq >>> BLOCK_BITS];
    if (block === undefined) {
      block = { timeBase: time, times: new Uint8Array(BLOCK), offsetBase: offset, offsets: new Uint16Array(BLOCK / SUB) };
      this.#blocks[seq >>> BLOCK_BITS] = block;
    }
    const delta = time - block.timeBase;
    if (delta > maxOf(block.times) || delta < 0) {
      if (delta < 0 || delta > MAX_TIME_DELTA) {
        block.times = absolute(block.times, block.timeBase);
        block.timeBase = 0;
      } else {
        const wider = delta > 0xffff ? new Uint32Array(BLOCK) : new Uint16Array(BLOCK);
        wider.set(block.times);
        block.times = wider;
      }
    }
    block.times[i] = time - block.timeBase;
    if ((i & SUB_MASK) !== 0) return;
    if (offset - block.offsetBase > MAX_OFFSET_DELTA || offset < block.offsetBase) {
      block.offsets = absolute(block.offsets, block.offsetBase);
      block.offsetBase = 0;
    }
    block.offsets[i >>> SUB_BITS] = offset - block.offsetBase;
  }

  /**
   * Copies the batch's encodings into the chunks, a run of whole events at a time (an event never
   * straddles two chunks), and returns where each event starts.
   */
  #copyBytes(bytes: Uint8Array, offsets: ArrayLike<number>, count: number): Float64Array {
    const starts = new Float64Array(count);
    let i = 0;
    while (i < count) {
      const from = offsets[i] ?? 0;
      const chunkIndex = Math.floor(this.#byteEnd / CHUNK);
      const room = (chunkIndex + 1) * CHUNK - this.#byteEnd;
      const size = (offsets[i + 1] ?? 0) - from;
      if (size > CHUNK) {
        // An event larger than a chunk gets a chunk of its own, spanning as many chunk slots.
        this.#newChunkIfPartlyUsed();
        const at = this.#byteEnd;
        const slots = Math.ceil(size / CHUNK);
        this.#chunks[at / CHUNK] = bytes.slice(from, from + size);
        this.#chunkUsed[at / CHUNK] = size;
        for (let s = 1; s < slots; s++) {
          this.#chunks[at / CHUNK + s] = EMPTY;
          this.#chunkUsed[at / CHUNK + s] = 0;
        }
        starts[i++] = at;
        this.#byteEnd = at + slots * CHUNK;
        continue;
      }
      if (size > room) {
        this.#newChunkIfPartlyUsed();
        continue;
      }
      // As many whole events as fit in the room left.
      let j = i + 1;
      while (j < count && (offsets[j + 1] ?? 0) - from <= room) j++;
      const to = offsets[j] ?? 0;
      let chunk = this.#chunks[chunkIndex];
      if (chunk === undefined) {
        chunk = new Uint8Array(CHUNK);
        this.#chunks[chunkIndex] = chunk;
        this.#chunkUsed[chunkIndex] = 0;
      }
      const local = this.#byteEnd - chunkIndex * CHUNK;
      chunk.set(bytes.subarray(from, to), local);
      for (let k = i; k < j; k++) starts[k] = this.#byteEnd + ((offsets[k] ?? 0) - from);
      this.#byteEnd += to - from;
      this.#chunkUsed[chunkIndex] = local + (to - from);
      i = j;
    }
    return starts;
  }

  /** Moves the write position to the next chunk boundary unless it already is on one. */
  #newChunkIfPartlyUsed(): void {
    if (this.#byteEnd % CHUNK !== 0) this.#byteEnd = Math.ceil(this.#byteEnd / CHUNK) * CHUNK;
  }

  /** Encodes hand-built fields exactly as the server would (dt from the previous event). */
  #encode(batch: FieldsBatch): EncodedBatch {
    const catalog = this.#catalog;
    if (catalog === null) throw new Error('the event store has no catalog yet, so it cannot encode fields');
    const out = new ByteWriter();
    const offsets = new Float64Array(batch.count + 1);
    let previous = batch.firstSeq === 0 ? 0 : this.lastTime;
    for (let i = 0; i < batch.count; i++) {
      offsets[i] = out.length;
      const code = batch.codes[i] ?? 0;
      const time = batch.times[i] ?? 0;
      const kind = catalog.kind(code);
      if (kind === undefined) throw new Error(`event ${batch.firstSeq + i}: unknown event code ${code}`);
      if (time < previous) throw new Error(`event ${batch.firstSeq + i}: time ${time} ns is before the previous event's ${previous} ns`);
      out.uvarint(code).uvarint(time - previous);
      previous = time;
      const values = batch.fields[i] ?? [];
      kind.fields.forEach((spec, f) => {
        const value = values[f];
        if (spec.type === 's') out.string(String(value ?? ''));
        else if (spec.type === 'i') out.zigzag(Number(value ?? 0));
        else out.uvarint(Number(value ?? 0));
      });
    }
    offsets[batch.count] = out.length;
    return { ...batch, eventBytes: out.bytes(), offsets };
  }
}

function maxOf(column: Uint8Array | Uint16Array | Uint32Array | Float64Array): number {
  return column instanceof Float64Array ? Number.MAX_SAFE_INTEGER : 2 ** (8 * column.BYTES_PER_ELEMENT) - 1;
}

function absolute(deltas: ArrayLike<number>, base: number): Float64Array {
  const values = new Float64Array(deltas.length);
  for (let i = 0; i < deltas.length; i++) values[i] = base + (deltas[i] ?? 0);
  return values;
}

// The decoder validated every encoding when it arrived, so reading here needs no checks. `pos` is
// the read position of the decode in progress (a module variable: cheaper than an object field).
let pos = 0;

function readUvarint(bytes: Uint8Array): number {
  let byte = bytes[pos++] ?? 0;
  if (byte < 0x80) return byte;
  let value = byte & 0x7f;
  let scale = 128;
  for (;;) {
    byte = bytes[pos++] ?? 0;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
}

function readString(bytes: Uint8Array): string {
  const length = readUvarint(bytes);
  const start = pos;
  pos += length;
  // Short ASCII strings (values, names) are most of them, and TextDecoder is slow to start up.
  if (length <= 32) {
    let text = '';
    for (let i = start; i < start + length; i++) {
      const byte = bytes[i] ?? 0;
      if (byte >= 0x80) return utf8.decode(bytes.subarray(start, start + length));
      text += String.fromCharCode(byte);
    }
    return text;
  }
  return utf8.decode(bytes.subarray(start, start + length));
}

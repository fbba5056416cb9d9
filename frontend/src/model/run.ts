/**
 * One run as the page sees it: its status, its events, the names folded from them and the
 * diagnostics the server reported at the end. The page has a single RunModel and resets it
 * for each new run, so views subscribe once.
 */
import { Atom } from '../lib/atom';
import type { EventCatalog } from './catalog';
import { type EventBatch, EventStore } from './events';
import { NameTable } from './names';
import { WorldHistory } from './history';
import { FoldPlan } from './world';

/** The encodings of one received batch, kept so a resumed run can be digested as a whole. */
interface ReceivedBytes {
  readonly firstSeq: number;
  readonly count: number;
  readonly bytes: Uint8Array;
  readonly offsets: Uint32Array;
}

export interface Diagnostic {
  readonly kind: string;
  readonly message: string;
}

export type RunStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'connecting' }
  | { readonly phase: 'running' }
  | {
      readonly phase: 'done';
      readonly events: number;
      readonly digest: string;
      readonly outcome: string;
      readonly endTime: number;
    }
  | { readonly phase: 'error'; readonly message: string; readonly detail?: string };

export interface RunEnd {
  readonly events: number;
  readonly digest: string;
  readonly outcome: string;
  readonly endTime: number;
  readonly diagnostics: readonly Diagnostic[];
}

export class RunModel {
  readonly status = new Atom<RunStatus>({ phase: 'idle' });
  readonly diagnostics = new Atom<readonly Diagnostic[]>([]);
  readonly events = new EventStore();
  #catalog: EventCatalog | null = null;
  #names: NameTable | null = null;
  #plan: FoldPlan | null = null;
  #history: WorldHistory | null = null;
  #received: ReceivedBytes[] = [];

  get plan(): FoldPlan | null {
    return this.#plan;
  }

  /** The world at any point of the run; null until the run is admitted. */
  get history(): WorldHistory | null {
    return this.#history;
  }

  /** The catalog from `meta`; null until the run is admitted. */
  get catalog(): EventCatalog | null {
    return this.#catalog;
  }

  get names(): NameTable | null {
    return this.#names;
  }

  /** Forgets the previous run and waits for the server. */
  reset(): void {
    this.#catalog = null;
    this.#names = null;
    this.#plan = null;
    this.#history = null;
    this.#received = [];
    this.events.clear();
    this.diagnostics.set([]);
    this.status.set({ phase: 'connecting' });
  }

  /** The server admitted the run and told us its event vocabulary. */
  admit(catalog: EventCatalog, gomaxprocs = 4): void {
    if (this.#catalog === null) {
      this.#catalog = catalog;
      this.#names = new NameTable(catalog);
      this.#plan = new FoldPlan(catalog);
      this.#history = new WorldHistory(this.events, this.#plan, gomaxprocs);
    }
    this.status.set({ phase: 'running' });
  }

  /** Keeps the batch's encodings (see ReceivedBytes); call before `append`. */
  keepBytes(firstSeq: number, count: number, bytes: Uint8Array, offsets: Uint32Array): void {
    this.#received.push({ firstSeq, count, bytes, offsets });
  }

  /** The encodings of events 0..n-1, as the digest of a resumed run needs them. */
  prefixBytes(n: number): Uint8Array {
    const parts: Uint8Array[] = [];
    for (const r of this.#received) {
      if (r.firstSeq >= n) break;
      const upTo = Math.min(r.count, n - r.firstSeq);
      parts.push(r.bytes.subarray(0, r.offsets[upTo] ?? r.bytes.length));
    }
    const all = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      all.set(p, offset);
      offset += p.length;
    }
    return all;
  }

  /** Drops the events from `length` on: an intervention changes the run from there. */
  truncate(length: number): void {
    this.events.truncate(length);
    this.#history?.truncate(length);
    this.#received = this.#received.filter((r) => r.firstSeq < length);
    const last = this.#received[this.#received.length - 1];
    if (last !== undefined && last.firstSeq + last.count > length) {
      const count = length - last.firstSeq;
      this.#received[this.#received.length - 1] = {
        firstSeq: last.firstSeq,
        count,
        bytes: last.bytes.subarray(0, last.offsets[count] ?? last.bytes.length),
        offsets: last.offsets.subarray(0, count + 1),
      };
    }
    if (this.#catalog !== null) {
      // Names may have been defined by the dropped events; rebuild them from what is left.
      this.#names = new NameTable(this.#catalog);
      for (let seq = 0; seq < length; seq++) this.#names.fold(seq, this.events.code(seq), this.events.fields(seq));
    }
    this.diagnostics.set([]);
    this.status.set({ phase: 'running' });
  }

  append(batch: EventBatch): void {
    const names = this.#names;
    if (names !== null) {
      for (let i = 0; i < batch.count; i++) {
        names.fold(batch.firstSeq + i, batch.codes[i] ?? 0, batch.fields[i] ?? []);
      }
    }
    this.events.append(batch);
  }

  finish(end: RunEnd): void {
    this.diagnostics.set(end.diagnostics);
    this.status.set({
      phase: 'done',
      events: end.events,
      digest: end.digest,
      outcome: end.outcome,
      endTime: end.endTime,
    });
  }

  /** Records a failure; the first one wins, since later ones are usually its consequences. */
  fail(message: string, detail?: string): void {
    if (this.status.get().phase === 'error') return;
    this.status.set(detail === undefined ? { phase: 'error', message } : { phase: 'error', message, detail });
  }
}

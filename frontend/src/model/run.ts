/**
 * One run as the page sees it: its status, its events, the names folded from them and the
 * diagnostics the server reported at the end. The page has a single RunModel and resets it
 * for each new run, so views subscribe once.
 */
import { Atom } from '../lib/atom';
import type { EventCatalog } from './catalog';
import { type EventBatch, EventStore, type FieldValue } from './events';
import { NameTable } from './names';
import { WorldHistory } from './history';
import { FoldPlan } from './world';

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
    this.events.clear();
    this.diagnostics.set([]);
    this.status.set({ phase: 'connecting' });
  }

  /** The server admitted the run and told us its event vocabulary. */
  admit(catalog: EventCatalog, gomaxprocs = 4): void {
    if (this.#catalog === null) {
      this.#catalog = catalog;
      this.events.useCatalog(catalog);
      this.#names = new NameTable(catalog);
      this.#plan = new FoldPlan(catalog);
      this.#history = new WorldHistory(this.events, this.#plan, gomaxprocs);
    }
    this.status.set({ phase: 'running' });
  }

  /**
   * The encodings of events 0..n-1 as received, in pieces (views into the event store, not
   * copies): what the digest of a resumed run starts from.
   */
  prefixBytes(n: number): Uint8Array[] {
    return this.events.encodings(n);
  }

  /** Drops the events from `length` on: an intervention changes the run from there. */
  truncate(length: number): void {
    this.events.truncate(length);
    this.#history?.truncate(length);
    if (this.#catalog !== null) {
      // Names may have been defined by the dropped events; rebuild them from what is left.
      this.#names = new NameTable(this.#catalog);
      this.#foldNames(0, Math.min(length, this.events.length));
    }
    this.diagnostics.set([]);
    this.status.set({ phase: 'running' });
  }

  append(batch: EventBatch): void {
    this.events.append(batch);
    this.#foldNames(batch.firstSeq, batch.firstSeq + batch.count);
    // Snapshots as the events arrive (about 0.2 µs an event), so no seek later has to fold far.
    this.#history?.extend(this.events.length);
  }

  /** Only the few events that name something are decoded. */
  #foldNames(from: number, to: number): void {
    const names = this.#names;
    if (names === null) return;
    const store = this.events;
    const scratch: FieldValue[] = [];
    for (let seq = from; seq < to; seq++) {
      const code = store.code(seq);
      if (names.names(code)) names.fold(seq, code, store.readFields(seq, scratch));
    }
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

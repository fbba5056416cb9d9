/**
 * One run as the page sees it: its status, its events, and the names and diagnostics folded from
 * them as they arrive. The page has a single RunModel and resets it for each new run, so views
 * subscribe once.
 */
import { Atom } from '../lib/atom';
import type { EventCatalog } from './catalog';
import { type EventBatch, EventStore } from './events';
import { NameTable } from './names';
import { WorldHistory } from './history';
import { vocabularyProblem } from './vocabulary';
import { type DiagnosticKind, EVENT_CODES, type Outcome } from './vocabulary.gen';

/** What the server reports about a run in its `end` message: a deadlock, a leak, a race… */
export interface Diagnostic {
  readonly kind: DiagnosticKind;
  readonly message: string;
}

/** A diagnostic of the run as its `diagnostic` event tells it: the view shows it from that event on. */
export interface Finding extends Diagnostic {
  readonly seq: number;
}

export type RunStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'connecting' }
  | { readonly phase: 'running' }
  | {
      readonly phase: 'done';
      readonly events: number;
      readonly digest: string;
      readonly outcome: Outcome;
      readonly endTime: number;
    }
  | { readonly phase: 'error'; readonly message: string; readonly detail?: string };

export interface RunEnd {
  readonly events: number;
  readonly digest: string;
  readonly outcome: Outcome;
  readonly endTime: number;
  readonly diagnostics: readonly Diagnostic[];
}

export class RunModel {
  readonly status = new Atom<RunStatus>({ phase: 'idle' });
  /**
   * The run's `diagnostic` events received so far, in order. The `end` message repeats them (the
   * engine emits an event for every finding it reports), so they are taken from the events: they
   * are known while the run streams, each with the event the playhead must reach to show it.
   */
  readonly diagnostics = new Atom<readonly Finding[]>([]);
  readonly events = new EventStore();
  #catalog: EventCatalog | null = null;
  #names: NameTable | null = null;
  #history: WorldHistory | null = null;

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
    this.#history = null;
    this.events.clear();
    this.diagnostics.set([]);
    this.status.set({ phase: 'connecting' });
  }

  /**
   * The server admitted the run and told us its event vocabulary. The page reads events by the
   * types it was built with (vocabulary.gen.ts), so when the server speaks another vocabulary (this
   * page predates it) the run fails with what differs instead of being shown wrong; its events are
   * still stored and listed raw by the event log.
   */
  admit(catalog: EventCatalog, gomaxprocs = 4): void {
    if (this.#catalog === null) {
      this.#catalog = catalog;
      this.events.useCatalog(catalog);
      const problem = vocabularyProblem(catalog);
      if (problem !== null) {
        this.fail('this page does not speak the server\'s event vocabulary; reload the page', problem);
        return;
      }
      this.#names = new NameTable();
      this.#history = new WorldHistory(this.events, gomaxprocs);
    } else if (this.#history === null) return; // still a vocabulary this page does not speak
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
    this.diagnostics.set([]);
    if (this.#names !== null) {
      // Names and diagnostics may have come from the dropped events; fold them again from what is left.
      this.#names = new NameTable();
      this.#foldNames(0, Math.min(length, this.events.length));
    }
    this.status.set({ phase: 'running' });
  }

  append(batch: EventBatch): void {
    this.events.append(batch);
    this.#foldNames(batch.firstSeq, batch.firstSeq + batch.count);
    // Snapshots as the events arrive (about 0.2 µs an event), so no seek later has to fold far.
    this.#history?.extend(this.events.length);
  }

  /** Only the few events that name something or report a diagnostic are decoded. */
  #foldNames(from: number, to: number): void {
    const names = this.#names;
    if (names === null) return;
    const store = this.events;
    const found: Finding[] = [];
    for (let seq = from; seq < to; seq++) {
      const code = store.code(seq);
      if (names.names(code)) names.fold(seq, store.runEvent(seq));
      else if (code === EVENT_CODES.diagnostic) {
        const e = store.runEvent(seq);
        if (e?.type === 'diagnostic') found.push({ seq, kind: e.kind, message: e.message });
      }
    }
    if (found.length > 0) this.diagnostics.set([...this.diagnostics.get(), ...found]);
  }

  /** The run ended; a run that failed (say, in words the page does not speak) stays failed. */
  finish(end: RunEnd): void {
    if (this.status.get().phase === 'error') return;
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

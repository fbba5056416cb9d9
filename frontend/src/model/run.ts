/**
 * One run as the page sees it: its status, its events, the names folded from them and the
 * diagnostics the server reported at the end. The page has a single RunModel and resets it
 * for each new run, so views subscribe once.
 */
import { Atom } from '../lib/atom';
import type { EventCatalog } from './catalog';
import { type EventBatch, EventStore } from './events';
import { NameTable } from './names';

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
    this.events.clear();
    this.diagnostics.set([]);
    this.status.set({ phase: 'connecting' });
  }

  /** The server admitted the run and told us its event vocabulary. */
  admit(catalog: EventCatalog): void {
    this.#catalog = catalog;
    this.#names = new NameTable(catalog);
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

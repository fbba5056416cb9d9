/**
 * What the program printed, in step with the playhead: the run's `output` events (fields `g`,
 * `stream` stdout|stderr, `text`, `label`; docs/protocol.md) indexed as they arrive, and the ones
 * before a position on request — scrubbing back hides what was printed later. Read through the run's
 * own schema by name, so a page whose vocabulary predates `output` still shows a program's output.
 */
import type { EventCatalog } from '../model/catalog';
import type { EventStore } from '../model/events';

export interface OutputChunk {
  readonly seq: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export class OutputLog {
  /** Sequence numbers of the output events seen so far, ascending. */
  #seqs: number[] = [];
  #scanned = 0;
  #generation = -1;
  #catalog: EventCatalog | null = null;
  #code = -1;
  #fields = { stream: -1, text: -1 };
  #streams: readonly string[] = [];

  /** Indexes the events that arrived since the last call (all of them after a reset or truncation). */
  update(store: EventStore, catalog: EventCatalog | null): void {
    if (catalog !== this.#catalog || store.generation !== this.#generation || store.length < this.#scanned) {
      this.#seqs = [];
      this.#scanned = 0;
      this.#generation = store.generation;
      this.#use(catalog);
    }
    if (this.#code < 0) {
      this.#scanned = store.length;
      return;
    }
    for (let seq = this.#scanned; seq < store.length; seq++) if (store.code(seq) === this.#code) this.#seqs.push(seq);
    this.#scanned = store.length;
  }

  /** How many output events come before `position` (events 0..position-1 are shown). */
  countBefore(position: number): number {
    let lo = 0;
    let hi = this.#seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#seqs[mid] ?? 0) < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The `k`-th output event's stream and text. */
  chunk(store: EventStore, k: number): OutputChunk {
    const seq = this.#seqs[k] ?? -1;
    const fields = store.fields(seq);
    const stream = this.#streams[Number(fields[this.#fields.stream] ?? 0)] === 'stderr' ? 'stderr' : 'stdout';
    return { seq, stream, text: String(fields[this.#fields.text] ?? '') };
  }

  #use(catalog: EventCatalog | null): void {
    this.#catalog = catalog;
    const kind = catalog?.byName('output');
    this.#code = kind?.code ?? -1;
    const stream = kind?.fields.findIndex((f) => f.name === 'stream') ?? -1;
    this.#fields = { stream, text: kind?.fields.findIndex((f) => f.name === 'text') ?? -1 };
    this.#streams = (stream >= 0 ? kind?.fields[stream]?.enumValues : null) ?? ['stdout', 'stderr'];
  }
}

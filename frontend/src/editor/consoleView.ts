/**
 * The output console: stdout and stderr of the program up to the playhead, stderr in its own colour.
 * Scrubbing back removes what was printed after the new position; playing on appends. Only the
 * chunks that change are touched, so a run that prints thousands of lines costs one append a frame.
 */
import { el } from '../lib/dom';
import type { EventStore } from '../model/events';
import type { OutputLog } from './outputLog';

export class ConsoleView {
  readonly #root: HTMLElement;
  #drawn = 0;
  #generation = -1;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  render(log: OutputLog, store: EventStore, position: number): void {
    if (store.generation !== this.#generation) {
      this.#generation = store.generation;
      this.clear();
    }
    const count = log.countBefore(position);
    if (count === this.#drawn) return;
    if (count < this.#drawn) {
      while (this.#root.childElementCount > count) this.#root.lastElementChild?.remove();
    } else {
      const chunks: HTMLElement[] = [];
      for (let k = this.#drawn; k < count; k++) {
        const chunk = log.chunk(store, k);
        const span = el('span', chunk.stream, chunk.text);
        span.dataset['seq'] = String(chunk.seq);
        chunks.push(span);
      }
      this.#root.append(...chunks);
      this.#root.scrollTop = this.#root.scrollHeight;
    }
    this.#drawn = count;
  }

  clear(): void {
    this.#root.replaceChildren();
    this.#drawn = 0;
  }
}

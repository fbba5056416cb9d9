/** What the server concluded about the run (a deadlock, a leaked goroutine, ...), one per line. */
import { el } from '../lib/dom';
import type { Diagnostic, RunModel } from '../model/run';

export class DiagnosticsView {
  readonly #section: HTMLElement;
  readonly #list: HTMLElement;
  readonly #model: RunModel;
  #drawn: readonly Diagnostic[] | null = null;

  constructor(section: HTMLElement, list: HTMLElement, model: RunModel) {
    this.#section = section;
    this.#list = list;
    this.#model = model;
  }

  render(): void {
    const diagnostics = this.#model.diagnostics.get();
    if (diagnostics === this.#drawn) return;
    this.#drawn = diagnostics;
    this.#list.replaceChildren(
      ...diagnostics.map((d) => {
        const item = el('li', 'diagnostic');
        item.dataset['testid'] = 'diagnostic';
        item.dataset['kind'] = d.kind;
        item.append(el('span', 'diagnostic-kind', d.kind), ': ', el('span', 'diagnostic-message', d.message));
        return item;
      }),
    );
    this.#section.hidden = diagnostics.length === 0;
  }
}

/**
 * What the run's detectors found (a deadlock, a leaked goroutine, a race…), one per line, told when
 * the playhead reaches the event that reports it and not before: a lesson about a deadlock is not
 * spoiled before the deadlock happens. A teacher can show the findings still ahead as well
 * (`showAhead`), each marked "ahead". Every line names its event and seeks there when clicked.
 */
import { el } from '../lib/dom';
import type { Finding, RunModel } from '../model/run';

/** The findings to list at a playhead: the reached ones, then (when asked for) those ahead. */
export function findingsAt(all: readonly Finding[], position: number, showAhead: boolean): Array<{ finding: Finding; ahead: boolean }> {
  return all.filter((d) => showAhead || d.seq < position).map((finding) => ({ finding, ahead: finding.seq >= position }));
}

export class DiagnosticsView {
  readonly #section: HTMLElement;
  readonly #list: HTMLElement;
  readonly #model: RunModel;
  /** Also list the findings the playhead has not reached yet, marked "ahead". */
  showAhead = false;
  /** Called with the playhead position that shows a finding (its event applied). */
  onSeek: (position: number) => void = () => {};
  #drawnAll: readonly Finding[] | null = null;
  #drawn = '';

  constructor(section: HTMLElement, list: HTMLElement, model: RunModel) {
    this.#section = section;
    this.#list = list;
    this.#model = model;
  }

  render(position: number): void {
    const all = this.#model.diagnostics.get();
    const shown = findingsAt(all, position, this.showAhead);
    // Redrawn only when the findings or which of them are reached changed, not at every step.
    const key = shown.map((s) => `${s.finding.seq}${s.ahead ? '+' : ''}`).join(' ');
    if (all === this.#drawnAll && key === this.#drawn) return;
    this.#drawnAll = all;
    this.#drawn = key;
    this.#list.replaceChildren(
      ...shown.map(({ finding, ahead }) => {
        const item = el('li', ahead ? 'diagnostic ahead' : 'diagnostic');
        item.dataset['testid'] = 'diagnostic';
        item.dataset['kind'] = finding.kind;
        item.dataset['seq'] = String(finding.seq);
        if (ahead) item.dataset['ahead'] = 'true';
        const at = el('button', 'diagnostic-at small', ahead ? `ahead · event ${finding.seq}` : `event ${finding.seq}`);
        at.type = 'button';
        at.title = `Move the playhead to event ${finding.seq}, where this is found`;
        at.addEventListener('click', () => this.onSeek(finding.seq + 1));
        item.append(at, ' ', el('span', 'diagnostic-kind', finding.kind), ': ', el('span', 'diagnostic-message', finding.message));
        return item;
      }),
    );
    this.#section.hidden = shown.length === 0;
  }
}

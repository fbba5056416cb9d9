/** The line above the event log: how many events, how many are shown, and how the run ended. */
import type { RunModel, RunStatus } from '../model/run';
import { formatTime } from './format';
import { MAX_ROWS } from './eventLog';

export function summaryText(total: number, ended: { outcome: string; endTime: number } | null): string {
  const parts = [`${total.toLocaleString('en-US')} ${total === 1 ? 'event' : 'events'}`];
  if (total > MAX_ROWS) parts.push(`showing the latest ${MAX_ROWS.toLocaleString('en-US')}`);
  if (ended !== null) {
    parts.push(`ended at ${formatTime(ended.endTime)}`);
    if (ended.outcome) parts.push(`outcome: ${ended.outcome}`);
  }
  return parts.join(' · ');
}

export class SummaryView {
  readonly #element: HTMLElement;
  readonly #model: RunModel;
  #drawnStatus: RunStatus | null = null;
  #drawnTotal = -1;

  constructor(element: HTMLElement, model: RunModel) {
    this.#element = element;
    this.#model = model;
  }

  render(): void {
    const status = this.#model.status.get();
    const total = this.#model.events.length;
    if (status === this.#drawnStatus && total === this.#drawnTotal) return;
    this.#drawnStatus = status;
    this.#drawnTotal = total;
    const ended = status.phase === 'done' ? status : null;
    const text = summaryText(total, ended);
    // Only on change: rewriting the same text would still make the page lay out again.
    if (this.#element.textContent !== text) this.#element.textContent = text;
  }
}

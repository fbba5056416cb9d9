/**
 * The line above the event log: how many events, how many are shown, when the run ended and its
 * digest (the run's fingerprint). Not how it ended: the header says that when the playback gets
 * there, and this line is in view from the start.
 */
import type { RunModel, RunStatus } from '../model/run';
import { formatTime } from './format';
import { MAX_ROWS } from './eventLog';

export function summaryText(total: number, ended: { digest: string; endTime: number } | null): string {
  const parts = [`${total.toLocaleString('en-US')} ${total === 1 ? 'event' : 'events'}`];
  if (total > MAX_ROWS) parts.push(`showing the latest ${MAX_ROWS.toLocaleString('en-US')}`);
  if (ended !== null) {
    parts.push(`ended at ${formatTime(ended.endTime)}`);
    if (ended.digest) parts.push(`digest ${ended.digest.slice(0, 8)}`);
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

/** The one-line run status (`data-testid="status"`), whose wording end-to-end tests rely on. */
import type { RunModel, RunStatus } from '../model/run';

export function statusText(status: RunStatus): string {
  switch (status.phase) {
    case 'idle':
      return '';
    case 'connecting':
      return 'connecting…';
    case 'running':
      return 'running…';
    case 'done':
      return `done: ${status.events} events · digest ${status.digest.slice(0, 8)}`;
    case 'error':
      return `error: ${status.message}`;
  }
}

export class StatusView {
  readonly #element: HTMLElement;
  readonly #model: RunModel;

  constructor(element: HTMLElement, model: RunModel) {
    this.#element = element;
    this.#model = model;
  }

  #drawn: RunStatus | null = null;

  render(): void {
    const status = this.#model.status.get();
    if (status === this.#drawn) return;
    this.#drawn = status;
    this.#element.textContent = statusText(status);
    this.#element.dataset['phase'] = status.phase;
    // The full digest and the server's error code stay reachable without cluttering the line.
    const title = status.phase === 'done' ? `digest ${status.digest}` : status.phase === 'error' ? status.detail : undefined;
    if (title) this.#element.title = title;
    else this.#element.removeAttribute('title');
  }
}

/**
 * The header line: how far the run is (the server simulating it, `data-testid="status"`, whose
 * "done:" end-to-end tests wait for) and how far the playback is (`data-testid="playhead-status"`),
 * in words a learner reads without knowing the protocol. The two are different things: a run can be
 * simulated to its end while the playback shows its first events.
 */
import type { RunModel, RunStatus } from '../model/run';
import type { Outcome } from '../model/vocabulary.gen';
import { formatTime } from './format';

const count = (n: number) => n.toLocaleString('en-US');

/** How far the run is. */
export function statusText(status: RunStatus, received = 0): string {
  switch (status.phase) {
    case 'idle':
      return '';
    case 'connecting':
      return 'Run: starting…';
    case 'running':
      return received === 0 ? 'Run: simulating…' : `Run: simulating… ${count(received)} ${received === 1 ? 'event' : 'events'} so far`;
    case 'done':
      return `Run done: ${count(status.events)} ${status.events === 1 ? 'event' : 'events'} simulated`;
    case 'error':
      return `error: ${status.message}`;
  }
}

/** How a run ended, said at the end of the playback (and not before: that would spoil it). */
const ENDINGS: Readonly<Record<Outcome, string>> = {
  completed: 'the program finished',
  deadlocked: 'the program deadlocked',
  panicked: 'the program panicked',
  'limit-reached': 'stopped at a limit',
  cancelled: 'the run was cancelled',
};

export interface Playhead {
  /** Events applied: the view shows the world after event `position - 1`. */
  readonly position: number;
  /** Events received so far. */
  readonly total: number;
  /** Virtual time at the playhead. */
  readonly time: number;
  readonly playing: boolean;
  readonly status: RunStatus;
}

/** How far the playback is, and at the end of a finished run how it ended. */
export function playbackText(p: Playhead): string {
  if (p.total === 0) return '';
  const done = p.status.phase === 'done';
  const of = `of ${count(p.total)}${done ? '' : ' so far'}`;
  if (p.position === 0) return p.playing ? 'Playback: starting' : 'Playback: at the start, before event 0';
  const at = `event ${count(p.position - 1)} ${of} · ${formatTime(p.time)}`;
  if (p.position >= p.total && done) {
    return `Playback: at the end, ${at} · ${ENDINGS[p.status.outcome]}`;
  }
  if (p.position >= p.total && p.status.phase === 'running') return `Playback: caught up with the run at ${at}`;
  return `Playback: ${p.playing ? 'playing' : 'paused at'} ${at}`;
}

export class StatusView {
  readonly #run: HTMLElement;
  readonly #playhead: HTMLElement;
  readonly #model: RunModel;
  #drawnStatus: RunStatus | null = null;
  #drawnReceived = -1;

  constructor(run: HTMLElement, playhead: HTMLElement, model: RunModel) {
    this.#run = run;
    this.#playhead = playhead;
    this.#model = model;
  }

  render(position: number, time: number, playing: boolean): void {
    const status = this.#model.status.get();
    const received = this.#model.events.length;
    this.#renderRun(status, received);
    const text = playbackText({ position, total: received, time, playing, status });
    // Only on change: rewriting the same text would still make the page lay out again.
    if (this.#playhead.textContent !== text) this.#playhead.textContent = text;
  }

  #renderRun(status: RunStatus, received: number): void {
    if (status === this.#drawnStatus && (status.phase !== 'running' || received === this.#drawnReceived)) return;
    this.#drawnStatus = status;
    this.#drawnReceived = received;
    this.#run.textContent = statusText(status, received);
    this.#run.dataset['phase'] = status.phase;
    // A live region: while the count climbs, screen readers wait for the run to settle.
    this.#run.setAttribute('aria-busy', String(status.phase === 'running' || status.phase === 'connecting'));
    // The full digest and the server's error code stay reachable without cluttering the line.
    const title = status.phase === 'done' ? `digest ${status.digest}` : status.phase === 'error' ? status.detail : undefined;
    if (title) this.#run.title = title;
    else this.#run.removeAttribute('title');
  }
}

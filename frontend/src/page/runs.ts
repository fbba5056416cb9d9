import type { Intervention } from '../app/link';
import type { InterventionKind } from '../model/vocabulary.gen';
import type { Player } from '../app/player';
import type { RunModel } from '../model/run';
import { RunClient } from '../net/client';
import type { MetaMessage, RunRequest } from '../net/protocol';
import { controlOf } from '../net/rest';
import { runsUrl } from '../net/socket';
import type { Banner } from './banner';
import type { ControlErrors } from './controlErrors';
import type { Page } from './page';
import type { RenderLoop } from './render';

const MAX_RECONNECTS = 8;

export interface RunParts {
  page: Page;
  model: RunModel;
  player: Player;
  banner: Banner;
  controls: ControlErrors;
  loop: RenderLoop;
  /** Scheduler mode: after an intervention the playhead stays paused so the next choice can be made. */
  schedulerMode: HTMLInputElement;
  scheduleUrlUpdate: () => void;
}

export interface Runs {
  /** The run on screen, or null before the first one. */
  running(): RunRequest | null;
  startRun(): void;
  intervene(kind: InterventionKind, target: string): void;
}

/** The run on screen: starts it, resumes it after a dropped connection, and applies interventions. */
export function runSession(parts: RunParts): Runs {
  const { page, model, player, banner, controls, loop } = parts;
  let client: RunClient | null = null;
  let running: RunRequest | null = null;
  let reconnectAttempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  function runRequest(): RunRequest {
    const state = page.state;
    return {
      scenario: state.scenario,
      params: { ...state.params },
      seed: state.seed,
      gomaxprocs: state.procs,
      interventions: state.interventions.map((i) => ({ ...i })),
    };
  }

  function newClient(): RunClient {
    client?.close();
    clearTimeout(reconnectTimer);
    const mine = new RunClient(
      {
        admitted: (catalogOfRun, meta) => {
          if (client !== mine) return;
          reconnectAttempts = 0;
          if (!banner.fromLink) banner.hide();
          model.admit(catalogOfRun, gomaxprocsOf(meta));
        },
        events: (batch) => {
          if (client !== mine) return;
          model.append(batch);
        },
        finished: (end) => {
          if (client !== mine) return;
          model.finish(end);
          const position = player.position.get();
          if (position > end.events) {
            banner.fromLink = true;
            banner.show(`The link's playhead t=${position - 1} is past the end of this run (${end.events} events); showing its last event.`);
            player.seek(end.events, end.events);
          }
        },
        failed: (message, detail, errors) => {
          if (client !== mine) return;
          model.fail(message, detail);
          for (const e of errors ?? []) controls.showControlError(controlOf(e.path), e.message);
        },
        dropped: (received) => {
          if (client !== mine) return;
          reconnect(received);
        },
      },
      { url: runsUrl(location) },
    );
    client = mine;
    return mine;
  }

  function gomaxprocsOf(meta: MetaMessage): number {
    const run = meta.run as { gomaxprocs?: unknown } | null;
    return typeof run?.gomaxprocs === 'number' ? run.gomaxprocs : page.state.procs;
  }

  function startRun(): void {
    controls.clearControlErrors();
    model.reset();
    loop.reset();
    running = runRequest();
    const t = page.state.t;
    player.seek(t === null ? 0 : t + 1, Number.MAX_SAFE_INTEGER);
    player.playing.set(t === null && !prefersReducedMotion());
    newClient().start(running);
  }

  /** Asks for `run` from event `from` on, with the events before it as the page holds them. */
  function resumeFrom(run: RunRequest, from: number): void {
    newClient().resume(run, { from, lastTime: model.events.lastTime, prefix: model.prefixBytes(from) });
  }

  /** Resumes after a dropped connection: same request, from the first event the page lacks. */
  function reconnect(received: number): void {
    const run = running;
    if (run === null) return;
    reconnectAttempts++;
    if (reconnectAttempts > MAX_RECONNECTS) {
      banner.show(`Could not reach the server after ${MAX_RECONNECTS} attempts. Press Run to try again.`);
      model.fail('lost the connection to the server');
      return;
    }
    const delay = Math.min(10_000, 500 * 2 ** (reconnectAttempts - 1));
    banner.show(`Connection lost after ${received} events; reconnecting in ${(delay / 1000).toFixed(1)} s (attempt ${reconnectAttempts})…`);
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => resumeFrom(run, model.events.length), delay);
  }

  /** Applies an intervention at the playhead: the run is the same up to there, new after it. */
  function intervene(kind: InterventionKind, target: string): void {
    const run = running;
    if (run === null || model.history === null) return;
    const afterSeq = Math.max(0, player.position.get() - 1);
    const kept = page.state.interventions.filter((i) => i.afterSeq <= afterSeq);
    const intervention: Intervention = { kind, target, afterSeq };
    page.state = { ...page.state, interventions: [...kept, intervention], t: null };
    running = runRequest();
    const from = Math.min(afterSeq + 1, model.events.length);
    model.truncate(from);
    loop.truncated();
    player.seek(from, from);
    resumeFrom(running, from);
    player.playing.set(!parts.schedulerMode.checked);
    parts.scheduleUrlUpdate();
  }

  return { running: () => running, startRun, intervene };
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

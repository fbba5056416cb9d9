import { type PageStore, type RunInputs, divergence, sameRun } from '../app/pageStore';
import type { RunModel } from '../model/run';
import type { InterventionKind } from '../model/vocabulary.gen';
import { RunClient } from '../net/client';
import type { FieldProblem, MetaMessage, RunRequest } from '../net/protocol';
import { controlOf } from '../net/rest';
import { runsUrl } from '../net/socket';
import type { Banner } from './banner';
import type { ControlErrors } from './controlErrors';
import type { RenderLoop } from './render';

const MAX_RECONNECTS = 8;

export interface RunParts {
  store: PageStore;
  model: RunModel;
  banner: Banner;
  controls: ControlErrors;
  loop: RenderLoop;
  /** Problems in a program's text (compile errors, path `source`), cleared with [] when a run starts. */
  sourceProblems?: (problems: readonly FieldProblem[]) => void;
}

export interface Runs {
  /** The run on screen, or null before the first one. */
  running(): RunRequest | null;
  /**
   * Makes the run on screen the one the store's inputs describe: nothing when it already is, a
   * resume from where they diverge when only interventions differ, otherwise a new run.
   */
  sync(): void;
  /** Drops the run on screen (its scenario is being replaced); the next `sync` starts afresh. */
  stop(): void;
  /** Runs the same inputs again from the start. */
  restart(): void;
  /** Applies an intervention at the playhead: the run is the same up to there, new after it. */
  intervene(kind: InterventionKind, target: string): void;
}

/** The run on screen: starts it, resumes it after a dropped connection, and applies interventions. */
export function runSession(parts: RunParts): Runs {
  const { store, model, banner, controls, loop } = parts;
  const player = store.run.player;
  let client: RunClient | null = null;
  let running: RunInputs | null = null;
  let request: RunRequest | null = null;
  let reconnectAttempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  function runRequest(inputs: RunInputs): RunRequest {
    const shared = { seed: inputs.seed, gomaxprocs: inputs.procs, interventions: inputs.interventions.map((i) => ({ ...i })) };
    const program = inputs.program;
    if (program !== undefined) return { source: program.source, goVersion: program.goVersion, ...shared };
    return { scenario: inputs.scenario, params: { ...inputs.params }, ...shared };
  }

  function isSource(path: string): boolean {
    return path === 'source' || path === 'run.source';
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
          for (const e of errors ?? []) if (!isSource(e.path)) controls.showControlError(controlOf(e.path), e.message);
          const inText = (errors ?? []).filter((e) => isSource(e.path));
          if (inText.length > 0) parts.sourceProblems?.(inText);
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
    return typeof run?.gomaxprocs === 'number' ? run.gomaxprocs : (running?.procs ?? 4);
  }

  function sync(): void {
    const inputs = store.run.inputs.get();
    if (inputs === null || sameRun(running, inputs, store.catalog.get())) return;
    const from = running === null || model.history === null ? null : divergence(running, inputs, store.catalog.get());
    if (from === null) start(inputs);
    else resume(inputs, Math.min(from, model.events.length));
  }

  function start(inputs: RunInputs): void {
    controls.clearControlErrors();
    parts.sourceProblems?.([]);
    model.reset();
    loop.reset();
    running = inputs;
    request = runRequest(inputs);
    newClient().start(request);
  }

  /** The events before `from` are the same in the new run: keep them and ask for the rest. */
  function resume(inputs: RunInputs, from: number): void {
    running = inputs;
    request = runRequest(inputs);
    model.truncate(from);
    loop.truncated();
    player.seek(Math.min(player.position.get(), from), from);
    resumeFrom(request, from);
  }

  function stop(): void {
    client?.close();
    client = null;
    clearTimeout(reconnectTimer);
    running = null;
    request = null;
  }

  function restart(): void {
    stop();
    sync();
    store.run.player.seek(0, Number.MAX_SAFE_INTEGER);
    store.run.setPlayhead(null, store.autoplay());
  }

  /** Asks for `run` from event `from` on, with the events before it as the page holds them. */
  function resumeFrom(run: RunRequest, from: number): void {
    newClient().resume(run, { from, lastTime: model.events.lastTime, prefix: model.prefixBytes(from) });
  }

  /** Resumes after a dropped connection: same request, from the first event the page lacks. */
  function reconnect(received: number): void {
    const run = request;
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

  function intervene(kind: InterventionKind, target: string): void {
    const inputs = store.run.inputs.get();
    if (inputs === null || running === null || model.history === null) return;
    const afterSeq = Math.max(0, player.position.get() - 1);
    // Later interventions belonged to the future this one replaces.
    const kept = inputs.interventions.filter((i) => i.afterSeq <= afterSeq);
    store.run.inputs.set({ ...inputs, interventions: [...kept, { kind, target, afterSeq }] });
    player.playing.set(!store.schedulerMode.get());
  }

  return { running: () => request, sync, stop, restart, intervene };
}

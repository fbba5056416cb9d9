import { DEFAULT_PROCS } from '../app/link';
import type { Player } from '../app/player';
import type { RunModel } from '../model/run';
import { plotSeries } from '../model/series';
import type { RunRequest } from '../net/protocol';
import { LayoutBuilder, type StageLayout } from '../views/layout';
import type { DiagnosticsView } from '../views/diagnostics';
import type { NarrationView } from '../views/narration';
import type { PlotsView } from '../views/plots';
import type { SourceView } from '../views/source';
import type { StageView } from '../views/stage';
import type { StatusView } from '../views/status';
import { TimelineBuilder, type TimelineView } from '../views/timeline';
import type { World } from '../model/world';

export interface RenderParts {
  model: RunModel;
  player: Player;
  /** Views that read the model themselves and redraw only what changed. */
  views: readonly { render(): void }[];
  stage: StageView;
  /** The header: how far the run and the playback are. */
  status: StatusView;
  /** Findings reached by the playhead (and those ahead, when a teacher asks). */
  diagnostics: DiagnosticsView;
  source: SourceView;
  narration: NarrationView;
  timeline: TimelineView;
  plots: PlotsView;
  /** Requests the next frame (coalesced). */
  invalidate: () => void;
  /** The run on screen, or null before the first one. */
  running: () => RunRequest | null;
  renderPlayback: (position: number, time: number) => void;
  renderRunnableChoices: (position: number) => void;
  /** Views of the world at the playhead drawn after the source (the program editor and its output). */
  worldViews?: readonly { render(world: World | null, position: number): void }[];
}

export interface RenderLoop {
  /** One frame: advances the playhead and redraws every view. */
  render(): void;
  /** Forgets the layout, timeline and plots of the previous run. */
  reset(): void;
  /** The run was cut back to a prefix: layout and timeline are rebuilt from what is left. */
  truncated(): void;
  /** Switches the timeline's and plots' x axis between virtual time and event numbers; answers whether it is time now. */
  toggleAxis(): boolean;
}

export function renderLoop(parts: RenderParts): RenderLoop {
  const { model, player, views, stage, status, diagnostics, source, narration, timeline, plots, invalidate } = parts;
  let layout: StageLayout | null = null;
  let layoutBuilder: LayoutBuilder | null = null;
  let layoutVersion = -1;
  let timelineBuilder: TimelineBuilder | null = null;
  let timelineVersion = -1;
  let timelineByTime = true;
  let plotsVersion = -1;
  /** Plots are refolded from the whole run, so while it streams in they catch up at most this often. */
  let plotsNotBefore = 0;
  let plotsTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFrame = 0;

  function render(): void {
    const now = performance.now();
    const finished = model.status.get().phase === 'done';
    player.tick(lastFrame === 0 ? 0 : Math.min(250, now - lastFrame), model.events.length, finished);
    lastFrame = player.playing.get() ? now : 0;

    for (const view of views) view.render();
    const store = model.events;
    // Layout, timeline and plots read the run once it is admitted (its events are then typed).
    const admitted = model.history !== null;
    const position = Math.min(player.position.get(), store.length);
    const world = model.history?.at(position) ?? null;
    const version = store.version.get();
    // Each view below returns early when what it shows did not change, so a render after a playhead
    // step only redraws the stage (in place), the narration's new lines and the playhead lines.
    if (admitted && version !== layoutVersion) {
      layoutVersion = version;
      layoutBuilder ??= new LayoutBuilder();
      layout = layoutBuilder.update(store);
    }
    stage.render(world, admitted ? layout : null);
    status.render(position, world?.time ?? 0, player.playing.get());
    diagnostics.render(position);
    source.render(world);
    for (const view of parts.worldViews ?? []) view.render(world, position);
    narration.render(store, world, position, store.generation);
    if (admitted && version !== timelineVersion) {
      timelineVersion = version;
      timelineBuilder ??= new TimelineBuilder(parts.running()?.gomaxprocs ?? DEFAULT_PROCS, timelineByTime);
      timeline.setData(timelineBuilder.update(store));
    }
    if (finished) timelineBuilder?.release();
    if (admitted) renderPlots(now, finished);
    const axis = timelineAxisOf(position);
    timeline.setPlayhead(axis);
    plots.setPlayhead(axis);
    parts.renderPlayback(position, world?.time ?? 0);
    parts.renderRunnableChoices(position);
    // Reads of layout (scroll positions) last, after every write: one layout per frame.
    source.settle();
    narration.settle();
    if (player.playing.get()) invalidate();
  }

  function renderPlots(now: number, finished: boolean): void {
    const store = model.events;
    const version = store.version.get();
    if (version === plotsVersion) return;
    if (!finished && now < plotsNotBefore) {
      plotsTimer ??= setTimeout(() => {
        plotsTimer = undefined;
        invalidate();
      }, plotsNotBefore - now);
      return;
    }
    plotsVersion = version;
    const t0 = performance.now();
    plots.setData(plotSeries(store, parts.running()?.gomaxprocs ?? DEFAULT_PROCS, timelineByTime));
    const t1 = performance.now();
    plotsNotBefore = t1 + Math.max(250, 4 * (t1 - t0));
  }

  function timelineAxisOf(position: number): number {
    const store = model.events;
    if (!timelineByTime || store.lastTime === 0) return position;
    return position === 0 ? 0 : store.time(position - 1);
  }

  function reset(): void {
    layout = null;
    layoutBuilder = null;
    layoutVersion = -1;
    timelineBuilder = null;
    timelineVersion = -1;
    plotsVersion = -1;
    plotsNotBefore = 0;
    clearTimeout(plotsTimer);
    plotsTimer = undefined;
    timeline.setData(null);
    plots.setData(null);
  }

  function truncated(): void {
    layoutVersion = -1;
    timelineVersion = -1;
  }

  function toggleAxis(): boolean {
    timelineByTime = !timelineByTime;
    timelineBuilder = null;
    timelineVersion = -1;
    plotsVersion = -1;
    plotsNotBefore = 0;
    invalidate();
    return timelineByTime;
  }

  return { render, reset, truncated, toggleAxis };
}

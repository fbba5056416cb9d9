/**
 * Compare mode: two runs side by side on one clock. It follows the store — `compare.inputs` (run B;
 * null: not comparing) and `run.inputs` (run A) — runs both sides itself, and draws both at the
 * positions the one clock (`compare.player`, a step of both runs' events merged by virtual time,
 * clock.ts) gives them, in one requestAnimationFrame render of its own. The page's single-run
 * machinery stands still meanwhile (main.ts stops its run while comparing).
 */
import type { PageStore, RunInputs } from '../app/pageStore';
import { frameScheduler } from '../lib/frame';
import type { RunModel } from '../model/run';
import type { World } from '../model/world';
import { plotSeries } from '../model/series';
import { formatTime } from '../views/format';
import { positionsAt, stepAtTime, steps, timeAt } from './clock';
import { differences } from './differences';
import { compareDom } from './dom';
import { runFacts } from './facts';
import { OverlayPlots } from './overlay';
import { ComparePane } from './pane';
import { CompareSide } from './side';
import { renderDifferences } from './table';
import './compare.css';

/** Plots and the summary are folded from whole runs: while they stream in, at most this often (ms). */
const REFOLD_MS = 400;

export interface CompareScreen {
  /** Draws one frame now (the bench hook's way to time a frame). */
  render(): void;
  /** The two sides' runs (A, B). */
  readonly left: RunModel;
  readonly right: RunModel;
  /** Each side's world at the one clock's step (null for a side not yet admitted). */
  worlds(): { readonly left: World | null; readonly right: World | null };
}

export function compareScreen(store: PageStore, after: Element): CompareScreen {
  const dom = compareDom(after);
  const clock = store.compare.player;
  const invalidate = frameScheduler(render, (callback) => requestAnimationFrame(callback));
  const problems = { left: null as string | null, right: null as string | null };
  const showProblem = (): void => {
    const text = [problems.left && `A: ${problems.left}`, problems.right && `B: ${problems.right}`].filter(Boolean).join(' · ');
    dom.problem.textContent = text;
    dom.problem.hidden = text === '';
  };
  const left = new ComparePane(
    dom.left,
    new CompareSide(invalidate, (p) => ((problems.left = p), showProblem())),
    invalidate,
    (edit) => {
      const inputs = store.run.inputs.get();
      if (inputs !== null) store.run.inputs.set(edit(inputs));
    },
  );
  const right = new ComparePane(
    dom.right,
    new CompareSide(invalidate, (p) => ((problems.right = p), showProblem())),
    invalidate,
    (edit) => {
      const inputs = store.compare.inputs.get();
      if (inputs !== null) store.compare.inputs.set(edit(inputs));
    },
  );
  const plots = new OverlayPlots(dom.plots);
  let running: { left: RunInputs | null; right: RunInputs | null } = { left: null, right: null };
  let lastFrame = 0;
  let foldedVersions = '';
  let foldNotBefore = 0;
  let foldTimer: ReturnType<typeof setTimeout> | undefined;
  let drawnPlayback = '';

  function follow(): void {
    const b = store.compare.inputs.get();
    const a = store.run.inputs.get();
    const on = b !== null && a !== null;
    document.body.classList.toggle('comparing', on);
    dom.root.hidden = !on;
    if (!on) {
      left.side.stop();
      right.side.stop();
      running = { left: null, right: null };
      return;
    }
    const catalog = store.catalog.get();
    for (const [pane, inputs, key] of [[left, a, 'left'], [right, b, 'right']] as const) {
      pane.show(inputs, catalog);
      if (running[key] === inputs) continue;
      running = { ...running, [key]: inputs };
      pane.reset();
      pane.side.start(inputs);
    }
    foldedVersions = '';
    invalidate();
  }

  function modes(): void {
    const mode = store.present.get() ? 'compare-present' : 'compare';
    left.setMode(mode);
    right.setMode(mode);
    invalidate();
  }

  function render(): void {
    if (!store.comparing()) return;
    const now = performance.now();
    const a = left.side.model;
    const b = right.side.model;
    const total = steps(a.events, b.events);
    const finished = a.status.get().phase === 'done' && b.status.get().phase === 'done';
    clock.tick(lastFrame === 0 ? 0 : Math.min(250, now - lastFrame), total, finished);
    lastFrame = clock.playing.get() ? now : 0;
    const k = Math.min(clock.position.get(), total);
    const at = positionsAt(k, a.events, b.events);
    const time = timeAt(k, a.events, b.events);
    const sharedEnd = Math.max(a.events.lastTime, b.events.lastTime);
    left.render(at.left, time, sharedEnd, finished);
    right.render(at.right, time, sharedEnd, finished);
    plots.setPlayhead(time);
    renderPlayback(k, total, time);
    refold(now, finished);
    if (clock.playing.get()) invalidate();
  }

  function renderPlayback(k: number, total: number, time: number): void {
    const playing = clock.playing.get();
    const key = `${k}:${total}:${time}:${playing}`;
    if (key === drawnPlayback) return;
    drawnPlayback = key;
    if (dom.scrub.max !== String(total)) dom.scrub.max = String(total);
    if (dom.scrub.value !== String(k)) dom.scrub.value = String(k);
    dom.play.textContent = playing ? '‖' : '▶';
    dom.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    dom.clock.textContent = `virtual time ${formatTime(time)} · step ${k} of ${total}`;
    dom.scrub.setAttribute('aria-valuetext', dom.clock.textContent);
  }

  /** Plots and differences come from the whole runs: folded when either grew, at most every REFOLD_MS while streaming. */
  function refold(now: number, finished: boolean): void {
    const a = left.side.model;
    const b = right.side.model;
    if (a.history === null || b.history === null) return;
    const versions = `${a.events.version.get()}:${b.events.version.get()}:${a.status.get().phase}:${b.status.get().phase}`;
    if (versions === foldedVersions) return;
    if (!finished && now < foldNotBefore) {
      foldTimer ??= setTimeout(() => {
        foldTimer = undefined;
        invalidate();
      }, foldNotBefore - now);
      return;
    }
    foldedVersions = versions;
    const t0 = performance.now();
    plots.setData(plotSeries(a.events, left.side.procs, true), plotSeries(b.events, right.side.procs, true));
    renderDifferences(dom.differences, differences(runFacts(a.events), runFacts(b.events)));
    foldNotBefore = performance.now() + Math.max(REFOLD_MS, 4 * (performance.now() - t0));
  }

  const total = (): number => steps(left.side.model.events, right.side.model.events);
  const seekTime = (ns: number): void => {
    clock.playing.set(false);
    clock.seek(stepAtTime(ns, left.side.model.events, right.side.model.events), total());
  };

  dom.play.addEventListener('click', togglePlay);
  dom.stepBack.addEventListener('click', () => clock.step(-1, total()));
  dom.stepForward.addEventListener('click', () => clock.step(1, total()));
  dom.scrub.addEventListener('input', () => {
    clock.playing.set(false);
    clock.seek(Number(dom.scrub.value), total());
  });
  dom.speed.addEventListener('change', () => clock.speed.set(Number(dom.speed.value)));
  clock.speed.subscribe((speed) => (dom.speed.value = String(speed)));
  for (const pane of [left, right]) {
    pane.timeline.onSeek = (axis, byTime) => {
      const events = pane.side.model.events;
      const at = Math.max(0, Math.min(events.length, Math.round(axis) + 1));
      seekTime(byTime ? axis : at > 0 ? events.time(at - 1) : 0);
    };
  }
  plots.onSeek = seekTime;
  dom.swap.addEventListener('click', () => {
    const a = store.run.inputs.get();
    const b = store.compare.inputs.get();
    if (a === null || b === null) return;
    store.compare.inputs.set(a);
    store.run.inputs.set(b);
  });
  dom.leave.addEventListener('click', () => store.compareWith(null));
  dom.left.alone.addEventListener('click', () => store.compareWith(null));
  dom.right.alone.addEventListener('click', () => {
    const b = store.compare.inputs.get();
    store.compareWith(null);
    if (b !== null) store.run.inputs.set(b);
  });

  function togglePlay(): void {
    const n = total();
    const done = left.side.model.status.get().phase === 'done' && right.side.model.status.get().phase === 'done';
    if (!clock.playing.get() && clock.position.get() >= n && done) clock.seek(0, n);
    clock.playing.set(!clock.playing.get());
  }

  // The page's keys move the page's own playhead; while comparing, these keys move the one clock instead.
  document.addEventListener(
    'keydown',
    (event) => {
      if (!store.comparing() || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, summary')) return;
      if (event.key === ' ' && !target?.closest('button')) togglePlay();
      else if (event.key === 'ArrowLeft') clock.step(-1, total());
      else if (event.key === 'ArrowRight') clock.step(1, total());
      else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );

  store.compare.inputs.subscribe(follow);
  store.run.inputs.subscribe(follow);
  store.catalog.subscribe(follow);
  store.present.subscribe(modes);
  clock.position.subscribe(invalidate);
  clock.playing.subscribe(invalidate);
  window.addEventListener('resize', () => {
    left.stage.resized();
    right.stage.resized();
    left.timeline.draw();
    right.timeline.draw();
    plots.resize();
  });
  modes();
  follow();
  function worlds(): { left: World | null; right: World | null } {
    const a = left.side.model;
    const b = right.side.model;
    const at = positionsAt(Math.min(clock.position.get(), steps(a.events, b.events)), a.events, b.events);
    return { left: a.history?.at(at.left) ?? null, right: b.history?.at(at.right) ?? null };
  }

  return { render, worlds, left: left.side.model, right: right.side.model };
}

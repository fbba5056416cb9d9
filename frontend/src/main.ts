/**
 * Chanscope's playground: wires the catalog and controls, the run (WebSocket client + RunModel),
 * the playhead and the views, and redraws everything in one requestAnimationFrame loop.
 *
 *   src/lib    tiny utilities (Atom, varints, frame scheduling, DOM and SVG helpers)
 *   src/net    the wire protocol: messages, batch decoder, stream checks, run client, REST
 *   src/model  what is known about the run: events, names, the world at any point (snapshots)
 *   src/app    page state: share links, parameter reading, the playhead
 *   src/views  DOM/SVG/canvas views that read the model and draw once per frame
 */
import { type Intervention, type PageState, DEFAULT_PROCS, DEFAULT_SEED, decodeLink, encodeLink } from './app/link';
import type { ParamValue, ScenarioSummary } from './app/params';
import { byCategory, paramText } from './app/params';
import { Player, interestingPosition } from './app/player';
import { byTestId, el } from './lib/dom';
import { frameScheduler } from './lib/frame';
import { RunModel } from './model/run';
import type { FoldPlan } from './model/world';
import { RunClient } from './net/client';
import type { MetaMessage, RunRequest } from './net/protocol';
import { type ScenarioDetail, controlOf, fetchCatalog, fetchScenario } from './net/rest';
import { runsUrl } from './net/socket';
import { DiagnosticsView } from './views/diagnostics';
import { EventLogView } from './views/eventLog';
import { formatTime } from './views/format';
import { LayoutBuilder, type StageLayout } from './views/layout';
import { NarrationView } from './views/narration';
import { ParamsPanel } from './views/paramsPanel';
import { SourceView } from './views/source';
import { StageView } from './views/stage';
import { StatusView } from './views/status';
import { SummaryView } from './views/summary';
import { TimelineBuilder, TimelineView } from './views/timeline';
import { PlotsView } from './views/plots';
import { plotSeries } from './model/series';

const FALLBACK_SCENARIO = 'unbuffered-handoff';
const MAX_RECONNECTS = 8;
const page = document;
const $ = <T extends Element>(id: string, type: abstract new (...args: never[]) => T): T => byTestId(page, id, type);

const ui = {
  form: $('run-form', HTMLFormElement),
  search: $('scenario-search', HTMLInputElement),
  scenario: $('scenario', HTMLSelectElement),
  summary: $('scenario-summary', HTMLElement),
  seed: $('seed', HTMLInputElement),
  shuffle: $('shuffle', HTMLButtonElement),
  procs: $('procs', HTMLInputElement),
  banner: $('banner', HTMLElement),
  copyLink: $('copy-link', HTMLButtonElement),
  present: $('present-toggle', HTMLButtonElement),
  help: $('help', HTMLElement),
  helpButton: $('help-button', HTMLButtonElement),
  helpClose: $('help-close', HTMLButtonElement),
  openFull: $('open-full', HTMLAnchorElement),
  watch: $('note-watch', HTMLElement),
  pitfall: $('note-pitfall', HTMLElement),
  fix: $('note-fix', HTMLElement),
  pitfallNotes: $('pitfall-notes', HTMLElement),
  fixNotes: $('fix-notes', HTMLElement),
  interventionsSection: $('interventions-section', HTMLElement),
  interventions: $('interventions', HTMLElement),
  schedulerMode: $('scheduler-mode', HTMLInputElement),
  runnableChoices: $('runnable-choices', HTMLElement),
  play: $('play', HTMLButtonElement),
  stepBack: $('step-back', HTMLButtonElement),
  stepForward: $('step-forward', HTMLButtonElement),
  prevInteresting: $('prev-interesting', HTMLButtonElement),
  nextInteresting: $('next-interesting', HTMLButtonElement),
  scrub: $('scrub', HTMLInputElement),
  speed: $('speed', HTMLSelectElement),
  position: $('position', HTMLElement),
  narrationFilter: $('narration-filter', HTMLInputElement),
  narrationScheduler: $('narration-scheduler', HTMLInputElement),
  timelineAxis: $('timeline-axis', HTMLButtonElement),
  timelineReset: $('timeline-reset', HTMLButtonElement),
};

const model = new RunModel();
const player = new Player();
const params = new ParamsPanel($('params', HTMLElement));
const source = new SourceView($('source', HTMLElement));
const stage = new StageView($('stage', SVGSVGElement), () => invalidate(), $('cycle', HTMLElement));
const narration = new NarrationView($('narration', HTMLElement));
const timeline = new TimelineView($('timeline', HTMLCanvasElement));
const plots = new PlotsView($('plots', HTMLElement));
const views = [
  new EventLogView($('event-log', HTMLElement), model),
  new SummaryView($('event-count', HTMLElement), model),
  new DiagnosticsView($('diagnostics-section', HTMLElement), $('diagnostics', HTMLElement), model),
  new StatusView($('status', HTMLElement), model),
];

let catalog: readonly ScenarioSummary[] = [];
let detail: ScenarioDetail | null = null;
let state: PageState = {
  scenario: FALLBACK_SCENARIO,
  params: {},
  seed: DEFAULT_SEED,
  procs: DEFAULT_PROCS,
  interventions: [],
  t: null,
  present: false,
  embed: false,
};
let client: RunClient | null = null;
let running: RunRequest | null = null;
let reconnectAttempts = 0;
let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
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
let bannerFromLink = false;

// ---- one render loop ------------------------------------------------------------------------------

const invalidate = frameScheduler(render, (callback) => requestAnimationFrame(callback));

function render(): void {
  const now = performance.now();
  const finished = model.status.get().phase === 'done';
  player.tick(lastFrame === 0 ? 0 : Math.min(250, now - lastFrame), model.events.length, finished);
  lastFrame = player.playing.get() ? now : 0;

  for (const view of views) view.render();
  const store = model.events;
  const plan = model.plan;
  const position = Math.min(player.position.get(), store.length);
  const world = model.history?.at(position) ?? null;
  const version = store.version.get();
  // Each view below returns early when what it shows did not change, so a render after a playhead
  // step only redraws the stage (in place), the narration's new lines and the playhead lines.
  if (plan !== null && version !== layoutVersion) {
    layoutVersion = version;
    layoutBuilder ??= new LayoutBuilder(plan);
    layout = layoutBuilder.update(store);
  }
  stage.render(world, plan === null ? null : layout);
  source.render(world);
  narration.render(store, plan, world, position, store.generation);
  if (plan !== null && version !== timelineVersion) {
    timelineVersion = version;
    timelineBuilder ??= new TimelineBuilder(plan, running?.gomaxprocs ?? DEFAULT_PROCS, timelineByTime);
    timeline.setData(timelineBuilder.update(store));
  }
  if (finished) timelineBuilder?.release();
  if (plan !== null) renderPlots(plan, now, finished);
  timeline.setPlayhead(timelineAxisOf(position));
  plots.setPlayhead(timelineAxisOf(position));
  renderPlayback(position, world?.time ?? 0);
  renderRunnableChoices(position);
  // Reads of layout (scroll positions) last, after every write: one layout per frame.
  source.settle();
  narration.settle();
  if (player.playing.get()) invalidate();
}

function renderPlots(plan: FoldPlan, now: number, finished: boolean): void {
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
  plots.setData(plotSeries(store, plan, running?.gomaxprocs ?? DEFAULT_PROCS, timelineByTime));
  const t1 = performance.now();
  plotsNotBefore = t1 + Math.max(250, 4 * (t1 - t0));
}

function timelineAxisOf(position: number): number {
  const store = model.events;
  if (!timelineByTime || store.lastTime === 0) return position;
  return position === 0 ? 0 : store.time(position - 1);
}

let drawnPlayback = '';
function renderPlayback(position: number, time: number): void {
  const total = model.events.length;
  const playing = player.playing.get();
  const key = `${total}:${position}:${time}:${playing}`;
  if (key === drawnPlayback) return;
  drawnPlayback = key;
  if (ui.scrub.max !== String(total)) ui.scrub.max = String(total);
  if (ui.scrub.value !== String(position)) ui.scrub.value = String(position);
  ui.play.textContent = playing ? '‖' : '▶';
  ui.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
  const shown = position === 0 ? 'start' : `event ${position - 1}`;
  ui.position.textContent = `${shown} of ${total} · ${formatTime(time)}`;
  ui.scrub.setAttribute('aria-valuetext', ui.position.textContent);
}

model.status.subscribe(invalidate);
model.events.version.subscribe(invalidate);
model.diagnostics.subscribe(invalidate);
player.position.subscribe(() => {
  invalidate();
  scheduleUrlUpdate();
});
player.playing.subscribe(() => {
  invalidate();
  scheduleUrlUpdate();
});

// ---- runs -------------------------------------------------------------------------------------------

function runRequest(): RunRequest {
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
        if (!bannerFromLink) hideBanner();
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
          bannerFromLink = true;
          showBanner(`The link's playhead t=${position - 1} is past the end of this run (${end.events} events); showing its last event.`);
          player.seek(end.events, end.events);
        }
      },
      failed: (message, detail, errors) => {
        if (client !== mine) return;
        model.fail(message, detail);
        for (const e of errors ?? []) showControlError(controlOf(e.path), e.message);
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
  return typeof run?.gomaxprocs === 'number' ? run.gomaxprocs : state.procs;
}

function startRun(): void {
  params.clearErrors();
  showControlError('seed', null);
  showControlError('procs', null);
  model.reset();
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
  running = runRequest();
  const t = state.t;
  player.seek(t === null ? 0 : t + 1, Number.MAX_SAFE_INTEGER);
  player.playing.set(t === null && !prefersReducedMotion());
  newClient().start(running);
}

/** Resumes after a dropped connection: same request, from the first event the page lacks. */
function reconnect(received: number): void {
  const run = running;
  if (run === null) return;
  reconnectAttempts++;
  if (reconnectAttempts > MAX_RECONNECTS) {
    showBanner(`Could not reach the server after ${MAX_RECONNECTS} attempts. Press Run to try again.`);
    model.fail('lost the connection to the server');
    return;
  }
  const delay = Math.min(10_000, 500 * 2 ** (reconnectAttempts - 1));
  showBanner(`Connection lost after ${received} events; reconnecting in ${(delay / 1000).toFixed(1)} s (attempt ${reconnectAttempts})…`);
  clearTimeout(reconnectTimer);
  reconnectTimer = setTimeout(() => {
    const from = model.events.length;
    newClient().resume(run, { from, lastTime: model.events.lastTime, prefix: model.prefixBytes(from) });
  }, delay);
}

/** Applies an intervention at the playhead: the run is the same up to there, new after it. */
function intervene(kind: string, target: string): void {
  const run = running;
  if (run === null || model.plan === null) return;
  const afterSeq = Math.max(0, player.position.get() - 1);
  const kept = state.interventions.filter((i) => i.afterSeq <= afterSeq);
  const intervention: Intervention = { kind, target, afterSeq };
  state = { ...state, interventions: [...kept, intervention], t: null };
  running = runRequest();
  const from = Math.min(afterSeq + 1, model.events.length);
  model.truncate(from);
  layoutVersion = -1;
  timelineVersion = -1;
  player.seek(from, from);
  newClient().resume(running, { from, lastTime: model.events.lastTime, prefix: model.prefixBytes(from) });
  player.playing.set(!ui.schedulerMode.checked);
  scheduleUrlUpdate();
}

// ---- scenario and controls ----------------------------------------------------------------------------

function paramTexts(): Record<string, string> {
  const specs = catalog.find((s) => s.id === state.scenario)?.params ?? [];
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const value = state.params[spec.name];
    if (value !== undefined) out[spec.name] = paramText(spec, value);
  }
  return out;
}

async function loadScenario(run: boolean): Promise<void> {
  const summary = catalog.find((s) => s.id === state.scenario);
  ui.summary.textContent = summary?.summary ?? '';
  ui.scenario.value = state.scenario;
  params.build(summary?.params ?? [], state.params, (name, value) => setParam(name, value));
  ui.seed.value = String(state.seed);
  ui.procs.value = String(state.procs);
  const answer = await fetchScenario(state.scenario, paramTexts());
  if ('problem' in answer) {
    detail = null;
    let placed = false;
    for (const e of answer.errors) placed = showControlError(controlOf(e.path), e.message) || placed;
    if (!placed) showBanner(`The server refused this scenario: ${answer.problem}`);
    model.reset();
    model.fail(answer.problem);
    return;
  }
  detail = answer.ok;
  ui.watch.textContent = detail.notes.watch ?? '';
  ui.pitfall.textContent = detail.notes.pitfall ?? '';
  ui.fix.textContent = detail.notes.fix ?? '';
  ui.pitfallNotes.hidden = !detail.notes.pitfall;
  ui.fixNotes.hidden = !detail.notes.fix;
  source.setSource(detail.goSource);
  renderInterventions(detail);
  if (run) startRun();
}

function renderInterventions(d: ScenarioDetail): void {
  const buttons = d.interventions.map((offer) => {
    const button = el('button', 'intervention', offer.title);
    button.type = 'button';
    button.title = `${offer.description} (${offer.kind} ${offer.target}, applied at the playhead)`;
    button.dataset['testid'] = 'intervention';
    button.addEventListener('click', () => intervene(offer.kind, offer.target));
    return button;
  });
  if (buttons.length === 0) buttons.push(el('p', 'muted', 'This scenario offers no interventions; scheduler mode still works.') as unknown as HTMLButtonElement);
  ui.interventions.replaceChildren(...buttons);
}

let drawnChoices = '';
function renderRunnableChoices(position: number): void {
  if (!ui.schedulerMode.checked || model.history === null) {
    if (drawnChoices !== '') ui.runnableChoices.replaceChildren();
    drawnChoices = '';
    return;
  }
  const world = model.history.at(position);
  const runnable = [...world.goroutines.values()].filter((g) => g.state === 'runnable');
  const key = `${model.events.generation}:${position}:${runnable.map((g) => g.id).join(',')}`;
  if (key === drawnChoices) return;
  drawnChoices = key;
  if (runnable.length === 0) {
    ui.runnableChoices.replaceChildren(el('p', 'muted', 'No goroutine is runnable here; step to another point.'));
    return;
  }
  ui.runnableChoices.replaceChildren(
    el('p', 'muted', 'Run next:'),
    ...runnable.map((g) => {
      const button = el('button', 'run-next', g.name);
      button.type = 'button';
      button.dataset['testid'] = 'run-next';
      button.addEventListener('click', () => intervene('run-next', `#${g.id}`));
      return button;
    }),
  );
}

function setParam(name: string, value: ParamValue): void {
  const spec = catalog.find((s) => s.id === state.scenario)?.params.find((p) => p.name === name);
  const next = { ...state.params };
  if (spec !== undefined && value === spec.default) delete next[name];
  else next[name] = value;
  state = { ...state, params: next, interventions: [], t: null };
  scheduleUrlUpdate();
  void loadScenario(true);
}

function showControlError(control: string, message: string | null): boolean {
  if (control === 'seed' || control === 'procs') {
    const slot = $(`error-${control}`, HTMLElement);
    slot.textContent = message ?? '';
    slot.hidden = message === null;
    return true;
  }
  return params.showError(control, message);
}

function renderPicker(): void {
  const groups = byCategory(catalog, ui.search.value);
  const options = groups.map(([category, list]) => {
    const group = document.createElement('optgroup');
    group.label = category;
    for (const s of list) group.append(new Option(`${s.title}${s.pitfall ? ' ⚠' : ''}`, s.id, false, s.id === state.scenario));
    return group;
  });
  ui.scenario.replaceChildren(...options);
  if (!groups.some(([, list]) => list.some((s) => s.id === state.scenario))) {
    ui.scenario.prepend(new Option(`(${state.scenario})`, state.scenario, true, true));
  }
  ui.scenario.value = state.scenario;
}

// ---- links, banner, modes ---------------------------------------------------------------------------------

let urlTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleUrlUpdate(): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => history.replaceState(null, '', currentLink()), 200);
}

function currentLink(): string {
  const specs = catalog.find((s) => s.id === state.scenario)?.params ?? [];
  const position = player.position.get();
  const t = !player.playing.get() && position > 0 ? position - 1 : null;
  return encodeLink({ ...state, t }, specs);
}

function showBanner(message: string): void {
  ui.banner.textContent = message;
  ui.banner.hidden = false;
}

function hideBanner(): void {
  ui.banner.hidden = true;
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function setPresent(on: boolean): void {
  state = { ...state, present: on };
  document.body.classList.toggle('present', on);
  ui.present.setAttribute('aria-pressed', String(on));
  stage.setMode(on ? 'present' : state.embed ? 'embed' : 'normal');
  scheduleUrlUpdate();
  stage.render(null, null);
  invalidate();
}

function toggleHelp(show = ui.help.hidden): void {
  ui.help.hidden = !show;
  if (show) ui.helpClose.focus();
  else ui.helpButton.focus();
}

// ---- events ---------------------------------------------------------------------------------------

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const seed = ui.seed.value.trim();
  if (!/^-?\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))) {
    showControlError('seed', `seed must be a whole number, got "${seed}"`);
    return;
  }
  const procs = Number(ui.procs.value);
  if (!Number.isInteger(procs) || procs < 1 || procs > 64) {
    showControlError('procs', `GOMAXPROCS must be between 1 and 64, got ${ui.procs.value}`);
    return;
  }
  state = { ...state, seed: Number(seed), procs, interventions: [], t: null };
  scheduleUrlUpdate();
  startRun();
});
ui.seed.addEventListener('change', () => ui.form.requestSubmit());
ui.procs.addEventListener('change', () => ui.form.requestSubmit());
ui.shuffle.addEventListener('click', () => {
  ui.seed.value = String(Math.floor(Math.random() * 1_000_000));
  ui.form.requestSubmit();
});
ui.search.addEventListener('input', renderPicker);
ui.scenario.addEventListener('change', () => {
  state = { ...state, scenario: ui.scenario.value, params: {}, interventions: [], t: null };
  hideBanner();
  bannerFromLink = false;
  scheduleUrlUpdate();
  void loadScenario(true);
});
ui.copyLink.addEventListener('click', () => {
  const link = new URL(currentLink(), location.href).toString();
  history.replaceState(null, '', currentLink());
  const copied = (ok: boolean) => (ui.copyLink.textContent = ok ? 'Copied ✓' : 'Link in address bar');
  if (navigator.clipboard === undefined) copied(false);
  else void navigator.clipboard.writeText(link).then(() => copied(true), () => copied(false));
  setTimeout(() => (ui.copyLink.textContent = 'Copy link'), 1800);
});
ui.present.addEventListener('click', () => setPresent(!state.present));
ui.helpButton.addEventListener('click', () => toggleHelp(true));
ui.helpClose.addEventListener('click', () => toggleHelp(false));
ui.play.addEventListener('click', togglePlay);
ui.stepBack.addEventListener('click', () => player.step(-1, model.events.length));
ui.stepForward.addEventListener('click', () => player.step(1, model.events.length));
ui.prevInteresting.addEventListener('click', () => jumpInteresting(-1));
ui.nextInteresting.addEventListener('click', () => jumpInteresting(1));
ui.scrub.addEventListener('input', () => {
  player.playing.set(false);
  player.seek(Number(ui.scrub.value), model.events.length);
});
ui.speed.addEventListener('change', () => player.speed.set(Number(ui.speed.value)));
player.speed.subscribe((speed) => (ui.speed.value = String(speed)));
ui.narrationFilter.addEventListener('input', () => {
  narration.filter = ui.narrationFilter.value;
  invalidate();
});
ui.narrationScheduler.addEventListener('change', () => {
  narration.scheduler = ui.narrationScheduler.checked;
  invalidate();
});
ui.schedulerMode.addEventListener('change', () => {
  if (ui.schedulerMode.checked) player.playing.set(false);
  invalidate();
});
ui.timelineAxis.addEventListener('click', () => {
  timelineByTime = !timelineByTime;
  ui.timelineAxis.textContent = `axis: ${timelineByTime ? 'time' : 'events'}`;
  timelineBuilder = null;
  timelineVersion = -1;
  plotsVersion = -1;
  plotsNotBefore = 0;
  invalidate();
});
ui.timelineReset.addEventListener('click', () => timeline.resetZoom());
const seekAxis = (axis: number, byTime: boolean): void => {
  player.playing.set(false);
  const store = model.events;
  if (!byTime) return player.seek(Math.round(axis) + 1, store.length);
  // The last event at or before that virtual time.
  let lo = 0;
  let hi = store.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (store.time(mid) <= axis) lo = mid + 1;
    else hi = mid;
  }
  player.seek(lo, store.length);
};
timeline.onSeek = seekAxis;
plots.onSeek = seekAxis;
window.addEventListener('resize', () => {
  stage.resized();
  timeline.draw();
  plots.resize();
});

function togglePlay(): void {
  if (!player.playing.get() && player.position.get() >= model.events.length && model.status.get().phase === 'done') {
    player.seek(0, model.events.length);
  }
  player.playing.set(!player.playing.get());
}

function jumpInteresting(direction: 1 | -1): void {
  const plan = model.plan;
  if (plan === null) return;
  player.playing.set(false);
  const next = interestingPosition(model.events, plan, player.position.get(), direction);
  if (next !== null) player.seek(next, model.events.length);
  else player.seek(direction === 1 ? model.events.length : 0, model.events.length);
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea') && event.key !== 'Escape') return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const total = model.events.length;
  switch (event.key) {
    case ' ':
      if (target?.closest('button')) return;
      togglePlay();
      break;
    case 'ArrowLeft':
      if (event.shiftKey) jumpInteresting(-1);
      else player.step(-1, total);
      break;
    case 'ArrowRight':
      if (event.shiftKey) jumpInteresting(1);
      else player.step(1, total);
      break;
    case 'Home':
      player.step(-total, total);
      break;
    case 'End':
      player.step(total, total);
      break;
    case '+':
    case '=':
      player.faster(1);
      break;
    case '-':
      player.faster(-1);
      break;
    case '?':
      toggleHelp();
      break;
    case 'Escape':
      if (!ui.help.hidden) toggleHelp(false);
      else return;
      break;
    case 'p':
    case 'P':
      setPresent(!state.present);
      break;
    default:
      return;
  }
  event.preventDefault();
});

// ---- boot -------------------------------------------------------------------------------------------

async function boot(): Promise<void> {
  const answer = await fetchCatalog();
  if ('problem' in answer) {
    showBanner(`Could not load the scenario catalog: ${answer.problem}. Reload to try again.`);
    model.fail(answer.problem);
    return;
  }
  catalog = answer.ok;
  const decoded = decodeLink(location.search, catalog, FALLBACK_SCENARIO);
  state = decoded.state;
  document.body.classList.toggle('present', state.present);
  document.body.classList.toggle('embed', state.embed);
  stage.setMode(state.present ? 'present' : state.embed ? 'embed' : 'normal');
  if (state.embed) {
    ui.openFull.hidden = false;
    ui.openFull.href = encodeLink({ ...state, embed: false }, catalog.find((s) => s.id === state.scenario)?.params ?? []);
  }
  if (decoded.problems.length > 0) {
    bannerFromLink = true;
    showBanner(`This link had problems, so the nearest valid run is shown: ${decoded.problems.map((p) => p.message).join('; ')}.`);
  }
  renderPicker();
  await loadScenario(true);
}

void boot();

// Benchmark and layout-check hook (frontend/bench/playground.mjs, StageLayoutE2ETest): only with ?bench=1 in the link.
if (new URLSearchParams(location.search).get('bench') === '1') {
  Object.assign(window, {
    chanscopeBench: {
      model,
      player,
      /** The scrubber's seek path, rendered synchronously as the next frame would. */
      seek(position: number): void {
        player.playing.set(false);
        player.seek(position, model.events.length);
        render();
      },
    },
  });
}

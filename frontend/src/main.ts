/**
 * Chanscope's playground: wires the catalog and controls, the run (WebSocket client + RunModel),
 * the playhead and the views, and redraws everything in one requestAnimationFrame loop.
 *
 *   src/lib    tiny utilities (Atom, varints, frame scheduling, DOM and SVG helpers)
 *   src/net    the wire protocol: messages, batch decoder, stream checks, run client, REST
 *   src/model  what is known about the run: events, names, the world at any point (snapshots)
 *   src/app    page state: share links, parameter reading, the playhead
 *   src/views  DOM/SVG/canvas views that read the model and draw once per frame
 *   src/page   the page's roles (controls, playback, keys, links, modes, runs), composed here
 */
import { decodeLink } from './app/link';
import { installCompareBenchHook } from './compare/bench';
import { compareEntry } from './compare/entry';
import { compareScreen } from './compare/screen';
import { PageStore, sameSource } from './app/pageStore';
import { readProgramLink } from './editor/openLink';
import { afterLinkedFrame } from './editor/afterLinkedFrame';
import { programPanel } from './editor/panel';
import { frameScheduler } from './lib/frame';
import { RunModel } from './model/run';
import { fetchCatalog } from './net/rest';
import { Banner } from './page/banner';
import { installBenchHook } from './page/bench';
import { controlErrors } from './page/controlErrors';
import { classroom } from './room/classroom';
import { interventionControls } from './page/interventions';
import { bindShortcuts } from './page/keys';
import { shareLinks } from './page/links';
import { pageModes } from './page/modes';
import { playbackControls } from './page/playback';
import { renderLoop } from './page/render';
import { runSession } from './page/runs';
import { scenarioControls } from './page/scenario';
import { finder, findUi } from './page/ui';
import { DiagnosticsView } from './views/diagnostics';
import { EventLogView } from './views/eventLog';
import { NarrationView } from './views/narration';
import { ParamsPanel } from './views/paramsPanel';
import { PlotsView } from './views/plots';
import { SourceView } from './views/source';
import { StageView } from './views/stage';
import { StatusView } from './views/status';
import { SummaryView } from './views/summary';
import { TimelineView } from './views/timeline';

const FALLBACK_SCENARIO = 'unbuffered-handoff';
const $ = finder(document);
const ui = findUi($);

const model = new RunModel();
/** The page's state: the run's inputs, its playhead and the page's modes (app/pageStore.ts). */
const store = new PageStore({ autoplay: () => !prefersReducedMotion() });
const player = store.run.player;
const params = new ParamsPanel($('params', HTMLElement));
const source = new SourceView($('source', HTMLElement));
const stage = new StageView($('stage', SVGSVGElement), () => invalidate(), $('cycle', HTMLElement));
const narration = new NarrationView($('narration', HTMLElement));
const timeline = new TimelineView($('timeline', HTMLCanvasElement));
const plots = new PlotsView($('plots', HTMLElement));
const status = new StatusView($('status', HTMLElement), $('playhead-status', HTMLElement), model);
const diagnostics = new DiagnosticsView($('diagnostics-section', HTMLElement), $('diagnostics', HTMLElement), model);
const views = [new EventLogView($('event-log', HTMLElement), model), new SummaryView($('event-count', HTMLElement), model)];

const banner = new Banner(ui.banner);
const controls = controlErrors($, params);
const program = programPanel({
  root: $('program-panel', HTMLElement),
  store,
  model,
  source,
  sourceBox: $('source', HTMLElement),
  notify: (message) => banner.show(message),
  restart: () => runs.restart(),
});

// ---- one render loop ------------------------------------------------------------------------------

const invalidate = frameScheduler(() => loop.render(), (callback) => requestAnimationFrame(callback));
shareLinks(store, ui.copyLink);
const playback = playbackControls(ui, model, player);
const loop = renderLoop({
  model,
  player,
  views,
  stage,
  status,
  diagnostics,
  source,
  narration,
  timeline,
  plots,
  invalidate,
  running: () => runs.running(),
  renderPlayback: playback.renderPlayback,
  renderRunnableChoices: (position) => interventions.renderRunnableChoices(position),
  worldViews: [program],
});
const runs = runSession({ store, model, banner, controls, loop, sourceProblems: program.showProblems });
const interventions = interventionControls(ui, model, store, runs.intervene, invalidate);

model.status.subscribe(invalidate);
model.events.version.subscribe(invalidate);
model.diagnostics.subscribe(invalidate);
player.position.subscribe(invalidate);
player.playing.subscribe(invalidate);

// ---- controls ---------------------------------------------------------------------------------------

const scenario = scenarioControls({
  store,
  ui,
  model,
  params,
  source,
  banner,
  controls,
  restart: runs.restart,
  renderInterventions: interventions.renderInterventions,
});
const modes = pageModes(store, ui, stage, invalidate);

// Whoever changes the run's inputs (a link, a control, an intervention, a room), the page follows:
// another scenario or other params load their notes and source first; the rest only (re)runs.
store.run.inputs.subscribe((inputs, previous) => {
  if (inputs === null) return;
  // Compare mode runs both sides itself (compare/screen.ts); the page's own run waits.
  if (store.comparing()) return runs.stop();
  if (previous !== null && sameSource(previous, inputs, store.catalog.get())) {
    runs.sync();
    return;
  }
  runs.stop();
  program.showInputs();
  if (inputs.program !== undefined) {
    showProgramNotes();
    runs.sync();
    return;
  }
  void scenario.loadScenario().then((current) => {
    if (current) runs.sync();
  });
});
// Leaving compare mode: run A is the page's run again (its scenario and params may have changed there).
store.compare.inputs.subscribe((compare, previous) => {
  if (compare !== null) return runs.stop();
  if (previous === null || store.run.inputs.get() === null) return;
  void scenario.loadScenario().then((current) => {
    if (current) runs.sync();
  });
});
const compare = compareScreen(store, document.querySelector('main.app') ?? document.body);
compareEntry(store, $('run-form', HTMLFormElement));
ui.narrationFilter.addEventListener('input', () => {
  narration.filter = ui.narrationFilter.value;
  invalidate();
});
ui.narrationScheduler.addEventListener('change', () => {
  narration.scheduler = ui.narrationScheduler.checked;
  invalidate();
});
ui.timelineAxis.addEventListener('click', () => {
  ui.timelineAxis.textContent = `axis: ${loop.toggleAxis() ? 'time' : 'events'}`;
});
ui.timelineReset.addEventListener('click', () => timeline.resetZoom());
timeline.onSeek = playback.seekAxis;
plots.onSeek = playback.seekAxis;
diagnostics.onSeek = (position) => {
  player.playing.set(false);
  player.seek(position, model.events.length);
};
// A teacher's choice: list the findings the playhead has not reached yet too, marked "ahead".
store.showAhead.subscribe((on) => {
  ui.diagnosticsAhead.checked = on;
  diagnostics.showAhead = on;
  invalidate();
});
ui.diagnosticsAhead.addEventListener('change', () => store.showAhead.set(ui.diagnosticsAhead.checked));
window.addEventListener('resize', () => {
  stage.resized();
  timeline.draw();
  plots.resize();
});
bindShortcuts(document, {
  model,
  player,
  togglePlay: playback.togglePlay,
  jumpInteresting: playback.jumpInteresting,
  toggleHelp: modes.toggleHelp,
  helpOpen: () => !ui.help.hidden,
  togglePresent: () => store.present.set(!store.present.get()),
  toggleDiagnosticsAhead: () => store.showAhead.set(!store.showAhead.get()),
});

// A classroom room (/r/{code}, or one started here) reads and writes the same store.
const room = classroom({
  store,
  model,
  banner,
  fallbackScenario: FALLBACK_SCENARIO,
  roomButton: $('room-button', HTMLButtonElement),
  dialog: $('room-dialog', HTMLElement),
  bar: $('room', HTMLElement),
  projector: $('room-projector', HTMLElement),
  comparedWorld: () => compare.worlds().left,
});

// ---- boot -------------------------------------------------------------------------------------------

async function boot(): Promise<void> {
  const answer = await fetchCatalog();
  if ('problem' in answer) {
    banner.show(`Could not load the scenario catalog: ${answer.problem}. Reload to try again.`);
    model.fail(answer.problem);
    return;
  }
  store.catalog.set(answer.ok);
  // A room's page shows the room's run: the room says which once it is joined.
  if (room.code !== null && location.search === '') {
    room.start();
    return;
  }
  const decoded = (await readProgramLink(location, FALLBACK_SCENARIO)) ?? decodeLink(location.search, answer.ok, FALLBACK_SCENARIO);
  // A snippet page's address becomes the page's own (/?v=3&p=…), which the address bar then follows.
  if (location.pathname.startsWith('/p/')) history.replaceState(null, '', `/${location.search}`);
  if (decoded.problems.length > 0) {
    banner.fromLink = true;
    banner.show(`This link had problems, so the nearest valid run is shown: ${decoded.problems.map((p) => p.message).join('; ')}.`);
  }
  store.applyState(decoded.state);
  room.start();
  // The editor's chunk comes after the run's first frame, so a link with code shows its run first.
  if (decoded.state.program !== undefined) afterLinkedFrame(model, player, program.preload);
}

/** A program has no scenario notes, parameters or offered interventions; its source is in the editor. */
function showProgramNotes(): void {
  ui.summary.textContent = 'Your program. Edit it, then Run (Ctrl+Enter); share it with Copy link.';
  params.build([], {}, () => undefined);
  ui.watch.textContent = 'Watch each goroutine’s line light up in its colour, and what the program prints below.';
  ui.pitfallNotes.hidden = true;
  ui.fixNotes.hidden = true;
  ui.interventions.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'Your program offers no named interventions; scheduler mode still works.' }));
  scenario.renderPicker();
  ui.scenario.prepend(new Option('(your program)', '', true, true));
  ui.scenario.value = '';
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

void boot();

installBenchHook(location.search, model, store, () => loop.render());
installCompareBenchHook(location.search, compare, store);

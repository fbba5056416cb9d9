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
import { Player } from './app/player';
import { frameScheduler } from './lib/frame';
import { RunModel } from './model/run';
import { fetchCatalog } from './net/rest';
import { Banner } from './page/banner';
import { installBenchHook } from './page/bench';
import { controlErrors } from './page/controlErrors';
import { interventionControls } from './page/interventions';
import { bindShortcuts } from './page/keys';
import { shareLinks } from './page/links';
import { pageModes } from './page/modes';
import { newPage } from './page/page';
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
const player = new Player();
const params = new ParamsPanel($('params', HTMLElement));
const source = new SourceView($('source', HTMLElement));
const stage = new StageView($('stage', SVGSVGElement), () => invalidate(), $('cycle', HTMLElement));
const narration = new NarrationView($('narration', HTMLElement));
const timeline = new TimelineView($('timeline', HTMLCanvasElement));
const plots = new PlotsView($('plots', HTMLElement));
const status = new StatusView($('status', HTMLElement), $('playhead-status', HTMLElement), model);
const diagnostics = new DiagnosticsView($('diagnostics-section', HTMLElement), $('diagnostics', HTMLElement), model);
const views = [new EventLogView($('event-log', HTMLElement), model), new SummaryView($('event-count', HTMLElement), model)];

const page = newPage(FALLBACK_SCENARIO);
const banner = new Banner(ui.banner);
const controls = controlErrors($, params);

// ---- one render loop ------------------------------------------------------------------------------

const invalidate = frameScheduler(() => loop.render(), (callback) => requestAnimationFrame(callback));
const links = shareLinks(page, ui.copyLink, player);
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
});
const runs = runSession({
  page,
  model,
  player,
  banner,
  controls,
  loop,
  schedulerMode: ui.schedulerMode,
  scheduleUrlUpdate: links.scheduleUrlUpdate,
});
const interventions = interventionControls(ui, model, player, runs.intervene, invalidate);

model.status.subscribe(invalidate);
model.events.version.subscribe(invalidate);
model.diagnostics.subscribe(invalidate);
// The link carries the playhead (while paused): it follows both.
const playheadChanged = () => {
  invalidate();
  links.scheduleUrlUpdate();
};
player.position.subscribe(playheadChanged);
player.playing.subscribe(playheadChanged);

// ---- controls ---------------------------------------------------------------------------------------

const scenario = scenarioControls({
  page,
  ui,
  model,
  params,
  source,
  banner,
  controls,
  startRun: runs.startRun,
  renderInterventions: interventions.renderInterventions,
  scheduleUrlUpdate: links.scheduleUrlUpdate,
});
const modes = pageModes(page, ui, stage, links.scheduleUrlUpdate, invalidate);
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
const setDiagnosticsAhead = (on: boolean) => {
  ui.diagnosticsAhead.checked = on;
  diagnostics.showAhead = on;
  invalidate();
};
ui.diagnosticsAhead.addEventListener('change', () => setDiagnosticsAhead(ui.diagnosticsAhead.checked));
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
  togglePresent: () => modes.setPresent(!page.state.present),
  toggleDiagnosticsAhead: () => setDiagnosticsAhead(!diagnostics.showAhead),
});

// ---- boot -------------------------------------------------------------------------------------------

async function boot(): Promise<void> {
  const answer = await fetchCatalog();
  if ('problem' in answer) {
    banner.show(`Could not load the scenario catalog: ${answer.problem}. Reload to try again.`);
    model.fail(answer.problem);
    return;
  }
  page.catalog = answer.ok;
  const decoded = decodeLink(location.search, page.catalog, FALLBACK_SCENARIO);
  page.state = decoded.state;
  modes.applyLinkModes();
  if (decoded.problems.length > 0) {
    banner.fromLink = true;
    banner.show(`This link had problems, so the nearest valid run is shown: ${decoded.problems.map((p) => p.message).join('; ')}.`);
  }
  scenario.renderPicker();
  await scenario.loadScenario(true);
}

void boot();

installBenchHook(location.search, model, player, () => loop.render());

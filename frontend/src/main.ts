/**
 * Chanscope's page: wires the run form, the RunModel, the WebSocket client and the views, and
 * starts one run of the default scenario on load so the page shows something at once.
 *
 *   src/lib    tiny utilities (Atom, varints, frame scheduling, DOM helpers)
 *   src/net    the wire protocol: messages, batch decoder, stream checks, the run client
 *   src/model  what is known about the run: event catalog, columnar event store, names
 *   src/views  DOM views that read the model and redraw once per frame
 */
import { byTestId } from './lib/dom';
import { frameScheduler } from './lib/frame';
import { RunModel } from './model/run';
import { RunClient } from './net/client';
import type { RunRequest } from './net/protocol';
import { runsUrl } from './net/socket';
import { readRunRequest } from './views/controls';
import { DiagnosticsView } from './views/diagnostics';
import { EventLogView } from './views/eventLog';
import { StatusView } from './views/status';
import { SummaryView } from './views/summary';

const page = document;
const form = byTestId(page, 'run-form', HTMLFormElement);
const scenarioInput = byTestId(page, 'scenario', HTMLInputElement);
const seedInput = byTestId(page, 'seed', HTMLInputElement);

const model = new RunModel();
// The log first: by the time the status says `done`, every row it counts is on the page.
const views = [
  new EventLogView(byTestId(page, 'event-log', HTMLElement), model),
  new SummaryView(byTestId(page, 'event-count', HTMLElement), model),
  new DiagnosticsView(
    byTestId(page, 'diagnostics-section', HTMLElement),
    byTestId(page, 'diagnostics', HTMLElement),
    model,
  ),
  new StatusView(byTestId(page, 'status', HTMLElement), model),
];
const invalidate = frameScheduler(
  () => {
    for (const view of views) view.render();
  },
  (render) => requestAnimationFrame(render),
);
model.status.subscribe(invalidate);
model.events.version.subscribe(invalidate);
model.diagnostics.subscribe(invalidate);

let client: RunClient | null = null;

function startRun(run: RunRequest): void {
  // A new run replaces the current one; the old client goes quiet as soon as it is closed.
  client?.close();
  model.reset();
  client = new RunClient(
    {
      admitted: (catalog) => model.admit(catalog),
      events: (batch) => model.append(batch),
      finished: (end) => model.finish(end),
      failed: (message, detail) => model.fail(message, detail),
    },
    { url: runsUrl(location) },
  );
  client.start(run);
}

function runFromForm(): void {
  const request = readRunRequest(scenarioInput.value, seedInput.value);
  if ('problem' in request) {
    client?.close();
    model.reset();
    model.fail(request.problem);
    return;
  }
  startRun(request);
}

// `?scenario=…&seed=…` prefills the form, so a run can be shared as a link.
const query = new URLSearchParams(location.search);
scenarioInput.value = query.get('scenario') ?? scenarioInput.value;
seedInput.value = query.get('seed') ?? seedInput.value;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  runFromForm();
});

runFromForm();

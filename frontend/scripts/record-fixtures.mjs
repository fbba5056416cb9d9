/* global fetch, WebSocket, console, process, URL */
/**
 * Records real runs of every library scenario as a test fixture for the model's folds:
 *
 *   node --experimental-websocket scripts/record-fixtures.mjs http://localhost:8080
 *
 * writes src/model/fixtures/library-runs.json: the event schema (from a WebSocket `meta`) and, per
 * run, the events as decoded columns `[code, time, ...fields]` (enum fields as indexes, exactly as
 * the binary decoder produces them). Runs come from `POST /api/runs`, which streams the same events.
 */
import { writeFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = new URL('../src/model/fixtures/library-runs.json', import.meta.url);

function schemaFromSocket() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(base.replace(/^http/, 'ws') + '/ws/runs');
    ws.onopen = () => ws.send(JSON.stringify({ type: 'start', v: 1, run: { scenario: 'unbuffered-handoff' }, credit: 1 }));
    ws.onmessage = (m) => {
      if (typeof m.data !== 'string') return;
      const message = JSON.parse(m.data);
      if (message.type === 'meta') {
        ws.close();
        resolve(message.schema);
      }
    };
    ws.onerror = () => reject(new Error('socket failed'));
  });
}

function columns(event, schema) {
  const kind = schema.events.find((e) => e.name === event.type);
  if (kind === undefined) throw new Error(`unknown event ${event.type}`);
  return [
    kind.code,
    event.time,
    ...kind.fields.map((f) => {
      const value = event[f.name];
      if (f.enum === undefined) return value;
      const index = schema.enums[f.enum].indexOf(String(value));
      if (index < 0) throw new Error(`${event.type}.${f.name}: ${value} not in ${f.enum}`);
      return index;
    }),
  ];
}

const schema = await schemaFromSocket();
const catalog = await (await fetch(`${base}/api/scenarios`)).json();
const requests = [];
for (const scenario of catalog) {
  requests.push({ scenario: scenario.id });
  if (scenario.params.some((p) => p.name === 'fix')) requests.push({ scenario: scenario.id, params: { fix: true } });
}
requests.push({ scenario: 'worker-pool', gomaxprocs: 1, seed: 7 });
requests.push({ scenario: 'graceful-shutdown', interventions: [{ kind: 'cancel-context', target: 'shutdown', afterSeq: 60 }] });
const runs = [];
for (const run of requests) {
  const response = await fetch(`${base}/api/runs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(run),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${JSON.stringify(run)}: ${JSON.stringify(body)}`);
  runs.push({ run: body.run, outcome: body.outcome, events: body.events.map((e) => columns(e, schema)) });
}
writeFileSync(out, JSON.stringify({ schema, runs }));
console.log(`wrote ${runs.length} runs to ${out.pathname}`);

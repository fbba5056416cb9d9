import { beforeEach, describe, expect, it } from 'vitest';
import type { EventCatalog } from '../model/catalog';
import type { EventBatch } from '../model/events';
import { RunClient } from './client';
import { SCHEMA_ID } from '../model/vocabulary.gen';
import { SchemaCache } from './schemas';
import { SCHEMA, batchFrame, encodeEvents, type EventSpec } from './fixtures';
import type { EndMessage } from './protocol';
import type { OpenSocket, SocketEvents } from './socket';

/** Stands in for the server: records what the client sends and pushes frames at it. */
class FakeServer {
  url = '';
  received: Array<Record<string, unknown>> = [];
  closed = false;
  #client: SocketEvents | null = null;

  readonly open: OpenSocket = (url, events) => {
    this.url = url;
    this.#client = events;
    return {
      send: (text) => this.received.push(JSON.parse(text) as Record<string, unknown>),
      close: () => {
        this.closed = true;
      },
    };
  };

  get client(): SocketEvents {
    if (this.#client === null) throw new Error('the client never connected');
    return this.#client;
  }

  json(message: object): void {
    this.client.text(JSON.stringify(message));
  }

  meta(): void {
    this.json({ type: 'meta', v: 2, runId: 'r1', run: {}, schema: SCHEMA });
  }

  credits(): number[] {
    return this.received.filter((m) => m['type'] === 'credit').map((m) => m['events'] as number);
  }
}

/** Records what the client reports. */
class Recorder {
  admitted: EventCatalog[] = [];
  batches: EventBatch[] = [];
  finished: EndMessage[] = [];
  failures: Array<[string, string | undefined]> = [];
  readonly callbacks = {
    admitted: (catalog: EventCatalog) => this.admitted.push(catalog),
    events: (batch: EventBatch) => this.batches.push(batch),
    finished: (end: EndMessage) => this.finished.push(end),
    failed: (message: string, detail?: string) => this.failures.push([message, detail]),
  };
}

const RUN = { scenario: 'unbuffered-handoff', params: {}, seed: 1, gomaxprocs: 4 };
const EVENTS: EventSpec[] = [
  [0, 0, 1, 0, 'main'],
  [1, 3, 1, 0, 'ch'],
  [3, 20, 1, 1, 7],
];

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

function end(events: number, digest: string): object {
  return { type: 'end', runId: 'r1', events, digest, endTime: 23, outcome: 'completed', diagnostics: [] };
}

/**
 * Lets the client's digest check (Web Crypto, a promise) settle. A few macrotasks rather than one:
 * on a loaded CI machine the digest can take longer than a single turn of the event loop.
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('RunClient', () => {
  let server: FakeServer;
  let recorder: Recorder;
  let client: RunClient;

  beforeEach(() => {
    server = new FakeServer();
    recorder = new Recorder();
    client = new RunClient(recorder.callbacks, { url: 'ws://example.test/ws/runs', open: server.open, credit: 10 });
    client.start(RUN);
    server.client.open();
  });

  it('sends start, then reports meta, events and a verified end', async () => {
    expect(server.url).toBe('ws://example.test/ws/runs');
    // The page is built with its vocabulary, so it holds that schema from the start.
    expect(server.received).toEqual([{ type: 'start', v: 2, run: RUN, credit: 10, schemaId: SCHEMA_ID }]);

    server.meta();
    expect(recorder.admitted[0]?.byName('chan-send')?.code).toBe(3);
    server.client.binary(batchFrame(0, 0, EVENTS.slice(0, 2)));
    server.client.binary(batchFrame(2, 3, EVENTS.slice(2)));
    server.json(end(3, await sha256(encodeEvents(EVENTS))));
    await settle();

    expect(recorder.batches.map((b) => b.count)).toEqual([2, 1]);
    expect(recorder.finished[0]?.events).toBe(3);
    expect(recorder.failures).toEqual([]);
    expect(server.closed).toBe(true);
    server.client.closed(1000, ''); // the server's close after end is not a failure
    expect(recorder.failures).toEqual([]);
  });

  it('grants more credit each time half of the outstanding credit is used', () => {
    server.meta();
    const credits: number[] = [];
    for (let seq = 0, time = 0; seq < 15; seq += 3) {
      server.client.binary(batchFrame(seq, time, [[2, 1, 1, 0], [2, 1, 1, 1], [2, 1, 1, 0]]));
      time += 3;
      credits.push(server.credits().length);
    }
    // Granted 10: after 6 events 4 are left (≤ 5), so grant 10 more; next at 15 received of 20.
    expect(credits).toEqual([0, 1, 1, 1, 2]);
    expect(server.credits()).toEqual([10, 10]);
  });

  it('fails on a sequence gap instead of showing a history with holes', () => {
    server.meta();
    server.client.binary(batchFrame(0, 0, EVENTS.slice(0, 1)));
    server.client.binary(batchFrame(2, 0, EVENTS.slice(2)));
    expect(recorder.failures).toEqual([['lost events: expected seq 1, batch starts at 2', undefined]]);
    expect(recorder.batches).toHaveLength(1);
    expect(server.closed).toBe(true);
  });

  it('fails when the end count or digest disagrees with what arrived', async () => {
    server.meta();
    server.client.binary(batchFrame(0, 0, EVENTS));
    server.json(end(3, 'f'.repeat(64)));
    await settle();
    expect(recorder.finished).toEqual([]);
    expect(recorder.failures[0]?.[0]).toMatch(/^digest mismatch: server ffffffff, received events hash to [0-9a-f]{8}$/);

    const other = new FakeServer();
    const rec = new Recorder();
    new RunClient(rec.callbacks, { url: 'ws://x/ws/runs', open: other.open }).start(RUN);
    other.client.open();
    other.meta();
    other.client.binary(batchFrame(0, 0, EVENTS));
    other.json(end(4, await sha256(encodeEvents(EVENTS))));
    await settle();
    expect(rec.failures).toEqual([['server reported 4 events, but 3 arrived', undefined]]);
  });

  it('reports a server error with its code and path as detail', () => {
    server.json({ type: 'error', code: 'unknown-scenario', message: 'no scenario "x"', path: 'run.scenario' });
    expect(recorder.failures).toEqual([['no scenario "x"', 'unknown-scenario at run.scenario']]);
  });

  it('reports a socket that closes mid-run, once', () => {
    server.meta();
    server.client.error();
    server.client.closed(1006, '');
    expect(recorder.failures).toEqual([['lost the connection to the server', undefined]]);
  });

  it('reports a close before the end with its code and reason', () => {
    server.client.closed(1011, 'engine crashed');
    expect(recorder.failures).toEqual([['connection closed before the run ended (code 1011: engine crashed)', undefined]]);
  });

  it('rejects events before meta and a corrupt schema', () => {
    server.client.binary(batchFrame(0, 0, EVENTS));
    expect(recorder.failures[0]?.[0]).toBe('server sent events outside a run (before meta or after end)');

    const other = new FakeServer();
    const rec = new Recorder();
    new RunClient(rec.callbacks, { url: 'ws://x/ws/runs', open: other.open }).start(RUN);
    other.client.open();
    other.json({ type: 'meta', v: 2, runId: 'r', run: {}, schema: { version: 1, events: [{ code: 0, name: 'x', fields: [{ name: 'f', type: 'q' }] }] } });
    expect(rec.failures[0]?.[0]).toBe('schema.events[0].fields[0].type "q" is unknown');
  });

  it('goes quiet once the page closes it', () => {
    server.meta();
    client.close();
    server.client.binary(batchFrame(0, 0, EVENTS));
    server.client.closed(1000, '');
    expect(recorder.batches).toEqual([]);
    expect(recorder.failures).toEqual([]);
  });

  it('hands a dropped connection to the page instead of failing, when asked to', () => {
    const other = new FakeServer();
    const drops: number[] = [];
    const rec = new Recorder();
    new RunClient({ ...rec.callbacks, dropped: (received: number) => drops.push(received) }, { url: 'ws://x/ws/runs', open: other.open }).start(RUN);
    other.client.open();
    other.meta();
    other.client.binary(batchFrame(0, 0, EVENTS.slice(0, 2)));
    other.client.closed(1006, '');
    expect(drops).toEqual([2]);
    expect(rec.failures).toEqual([]);
  });
});

describe('RunClient.resume', () => {
  it('asks for the missing events only and checks the digest of the whole run', async () => {
    const server = new FakeServer();
    const recorder = new Recorder();
    const client = new RunClient(recorder.callbacks, { url: 'ws://x/ws/runs', open: server.open, credit: 10 });
    const all = encodeEvents(EVENTS);
    const prefix = encodeEvents(EVENTS.slice(0, 2));
    client.resume(RUN, { from: 2, lastTime: 3, prefix });
    server.client.open();
    expect(server.received).toEqual([{ type: 'resume', v: 2, run: RUN, from: 2, credit: 10, schemaId: SCHEMA_ID }]);
    server.meta();
    server.client.binary(batchFrame(2, 3, EVENTS.slice(2)));
    server.json(end(3, await sha256(all)));
    await settle();
    expect(recorder.failures).toEqual([]);
    expect(recorder.finished).toHaveLength(1);
  });
});

describe('RunClient with a schema cache (protocol version 2)', () => {
  function run(schemas: SchemaCache): { server: FakeServer; recorder: Recorder } {
    const server = new FakeServer();
    const recorder = new Recorder();
    new RunClient(recorder.callbacks, { url: 'ws://x/ws/runs', open: server.open, credit: 10, schemas }).start(RUN);
    server.client.open();
    return { server, recorder };
  }

  it('names the schema it kept from an earlier meta and decodes with it when meta leaves it out', () => {
    const schemas = new SchemaCache();
    const first = run(schemas);
    expect(first.server.received[0]).not.toHaveProperty('schemaId');
    first.server.json({ type: 'meta', v: 2, runId: 'r1', run: {}, schemaId: '1-abc', schema: SCHEMA });

    const second = run(schemas);
    expect(second.server.received[0]).toEqual({ type: 'start', v: 2, run: RUN, credit: 10, schemaId: '1-abc' });
    second.server.json({ type: 'meta', v: 2, runId: 'r2', run: {}, schemaId: '1-abc' });
    second.server.client.binary(batchFrame(0, 0, EVENTS));
    expect(second.recorder.failures).toEqual([]);
    expect(second.recorder.admitted).toEqual([first.recorder.admitted[0]]);
    expect(second.recorder.batches[0]?.count).toBe(3);
  });

  it('fails clearly when meta leaves out a schema it does not hold', () => {
    const { server, recorder } = run(new SchemaCache());
    server.json({ type: 'meta', v: 2, runId: 'r1', run: {}, schemaId: '1-zzz' });
    expect(recorder.failures).toEqual([['server sent no event schema, and this page does not hold schema "1-zzz"', undefined]]);
  });
});

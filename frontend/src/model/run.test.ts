import { expect, it } from 'vitest';
import { RunModel } from './run';
import { type EventSpec, batchFrame, catalog, encodeEvents } from '../net/fixtures';
import { decodeBatch } from '../net/decoder';
import { vocabularyCatalog } from './vocabulary';
import { SCHEMA } from './vocabulary.gen';

it('walks connecting → running → done, folding names as events arrive', () => {
  const model = new RunModel();
  const phases: string[] = [];
  model.status.subscribe((s) => phases.push(s.phase));
  model.reset();
  model.admit(vocabularyCatalog());
  model.append({
    firstSeq: 0,
    count: 2,
    baseTime: 0,
    codes: Uint32Array.of(1, 6),
    times: Float64Array.of(0, 5),
    fields: [[1, 0, 'main', 0], [1]],
  });
  model.finish({ events: 2, digest: 'ab', outcome: 'completed', endTime: 5, diagnostics: [{ kind: 'leak', message: 'g2' }] });
  expect(phases).toEqual(['connecting', 'running', 'done']);
  expect(model.names?.goroutine(1, 1)).toBe('main');
  expect(model.events.length).toBe(2);
  // Findings are folded from `diagnostic` events (views/diagnostics.test.ts); the end message only repeats them.
  expect(model.diagnostics.get()).toEqual([]);
});

it('fails a run whose server speaks another event vocabulary, and keeps it failed', () => {
  const model = new RunModel();
  model.reset();
  model.admit(catalog());
  expect(model.status.get()).toEqual({
    phase: 'error',
    message: "this page does not speak the server's event vocabulary; reload the page",
    detail: 'event code 0 is go-create on the server, label-define here',
  });
  expect(model.history).toBeNull();
  expect(model.catalog).not.toBeNull(); // the event log still lists its events raw
  model.admit(catalog());
  model.finish({ events: 0, digest: '', outcome: 'completed', endTime: 0, diagnostics: [] });
  expect(model.status.get().phase).toBe('error');
});

it('keeps the first failure and forgets everything on reset', () => {
  const model = new RunModel();
  model.reset();
  model.fail('socket closed', 'code 1006');
  model.fail('a later consequence');
  expect(model.status.get()).toEqual({ phase: 'error', message: 'socket closed', detail: 'code 1006' });
  model.reset();
  expect(model.status.get()).toEqual({ phase: 'connecting' });
  expect(model.catalog).toBeNull();
});

it('hands a resume the encodings of the events it holds, exactly as received, also after a truncation', () => {
  const model = new RunModel();
  model.reset();
  model.admit(vocabularyCatalog());
  const events: EventSpec[] = [
    [1, 0, 1, 0, 'main', 0], // go-create
    [4, 5, 1, 1, 7, 0], // go-block: receive on object 7
    [11, 1, 1, 7, 3, '-3', 0], // chan-send
    [1, 2, 2, 1, 'worker ⇄', 0],
  ];
  model.append(decodeBatch(batchFrame(0, 0, events.slice(0, 2), SCHEMA), vocabularyCatalog()));
  model.append(decodeBatch(batchFrame(2, 5, events.slice(2), SCHEMA), vocabularyCatalog()));
  const joined = (parts: readonly Uint8Array[]) => parts.flatMap((p) => [...p]);
  expect(joined(model.prefixBytes(4))).toEqual([...encodeEvents(events, SCHEMA)]);
  expect(joined(model.prefixBytes(3))).toEqual([...encodeEvents(events.slice(0, 3), SCHEMA)]);
  expect(model.names?.goroutine(2, 9)).toBe('worker ⇄');
  model.truncate(1);
  expect(joined(model.prefixBytes(1))).toEqual([...encodeEvents(events.slice(0, 1), SCHEMA)]);
  expect(model.names?.goroutine(2, 9)).toBeUndefined();
  expect(model.names?.goroutine(1, 9)).toBe('main');
});

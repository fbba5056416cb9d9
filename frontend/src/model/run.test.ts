import { expect, it } from 'vitest';
import { RunModel } from './run';
import { batchFrame, catalog, encodeEvents } from '../net/fixtures';
import { decodeBatch } from '../net/decoder';

it('walks connecting → running → done, folding names as events arrive', () => {
  const model = new RunModel();
  const phases: string[] = [];
  model.status.subscribe((s) => phases.push(s.phase));
  model.reset();
  model.admit(catalog());
  model.append({
    firstSeq: 0,
    count: 2,
    baseTime: 0,
    codes: Uint32Array.of(0, 3),
    times: Float64Array.of(0, 5),
    fields: [[1, 0, 'main'], [1, 2, 9]],
  });
  model.finish({ events: 2, digest: 'ab', outcome: 'ok', endTime: 5, diagnostics: [{ kind: 'leak', message: 'g2' }] });
  expect(phases).toEqual(['connecting', 'running', 'done']);
  expect(model.names?.goroutine(1, 1)).toBe('main');
  expect(model.events.length).toBe(2);
  // Findings are folded from `diagnostic` events (views/diagnostics.test.ts); the end message only repeats them.
  expect(model.diagnostics.get()).toEqual([]);
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
  model.admit(catalog());
  const events = [
    [0, 0, 1, 0, 'main'],
    [2, 5, 1, 1],
    [3, 1, 1, 7, -3],
    [0, 2, 2, 1, 'worker ⇄'],
  ] as const;
  model.append(decodeBatch(batchFrame(0, 0, events.slice(0, 2)), catalog()));
  model.append(decodeBatch(batchFrame(2, 5, events.slice(2)), catalog()));
  const joined = (parts: readonly Uint8Array[]) => parts.flatMap((p) => [...p]);
  expect(joined(model.prefixBytes(4))).toEqual([...encodeEvents(events)]);
  expect(joined(model.prefixBytes(3))).toEqual([...encodeEvents(events.slice(0, 3))]);
  model.truncate(1);
  expect(joined(model.prefixBytes(1))).toEqual([...encodeEvents(events.slice(0, 1))]);
  expect(model.names?.goroutine(2, 9)).toBeUndefined();
  expect(model.names?.goroutine(1, 9)).toBe('main');
});

import { expect, it } from 'vitest';
import { RunModel } from './run';
import { catalog } from '../net/fixtures';

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
  expect(model.diagnostics.get()).toEqual([{ kind: 'leak', message: 'g2' }]);
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

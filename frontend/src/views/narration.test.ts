import { expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { FoldPlan } from '../model/world';
import { narrationLines } from './narration';

it('tells a run in plain words, naming goroutines, channels and values', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool' && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const plan = new FoldPlan(libraryCatalog());
  const world = new WorldHistory(store, plan, 4).at(store.length);
  const lines = narrationLines(store, plan, world, store.length, '', false).map((l) => l.text);
  expect(lines).toContain('main makes channel jobs (capacity 9)');
  expect(lines.some((l) => /^worker-\d received \d from jobs$/.test(l))).toBe(true);
  expect(lines[lines.length - 1]).toBe('the run ends: completed (0 goroutines left)');
  expect(lines.some((l) => l.startsWith('the scheduler runs'))).toBe(false);
  const filtered = narrationLines(store, plan, world, store.length, 'closes', false);
  expect(filtered.map((l) => l.text)).toEqual(['main closes jobs']);
});

// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { FoldPlan } from '../model/world';
import { NarrationView, narrationLines } from './narration';

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

it('shows the same rows after steps, seeks and filter changes as a fresh render, keeping rows still shown', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool' && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const plan = new FoldPlan(libraryCatalog());
  const history = new WorldHistory(store, plan, 4);
  const list = document.createElement('ol');
  const view = new NarrationView(list);
  const middle = Math.floor(store.length / 2);
  const steps: Array<[number, string]> = [[middle, ''], [middle + 1, ''], [middle + 2, ''], [middle - 40, ''], [store.length, ''], [store.length, 'jobs'], [middle, 'jobs'], [3, ''], [middle, '']];
  let previous = new Map<string, Element>();
  for (const [position, filter] of steps) {
    view.filter = filter;
    view.render(store, plan, history.at(position), position, store.generation);
    const fresh = document.createElement('ol');
    const freshView = new NarrationView(fresh);
    freshView.filter = filter;
    freshView.render(store, plan, history.at(position), position, store.generation);
    expect(list.innerHTML, `at ${position} filter '${filter}'`).toBe(fresh.innerHTML);
    const rows = new Map([...list.children].map((row) => [row.getAttribute('data-seq') ?? '', row]));
    if (position === middle + 1) {
      // One step forward: every row still shown is the same element as before.
      for (const [seq, row] of rows) if (previous.has(seq)) expect(row).toBe(previous.get(seq));
    }
    previous = rows;
  }
});

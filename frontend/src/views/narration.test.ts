// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { LIBRARY_RUNS, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { NarrationView, TRIM_SLACK, narrationLines } from './narration';

it('tells a run in plain words, naming goroutines, channels and values', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool' && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const world = new WorldHistory(store, 4).at(store.length);
  const lines = narrationLines(store, world, store.length, '', false).map((l) => l.text);
  expect(lines).toContain('main makes channel jobs (capacity 9)');
  expect(lines.some((l) => /^worker-\d received \d from jobs$/.test(l))).toBe(true);
  expect(lines[lines.length - 1]).toBe('the run ends: completed (0 goroutines left)');
  expect(lines.some((l) => l.startsWith('the scheduler runs'))).toBe(false);
  const filtered = narrationLines(store, world, store.length, 'closes', false);
  expect(filtered.map((l) => l.text)).toEqual(['main closes jobs']);
});

it('shows the same rows after steps, seeks and filter changes as a fresh render (plus the lines just before), keeping rows still shown', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool' && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const history = new WorldHistory(store, 4);
  const list = document.createElement('ol');
  const view = new NarrationView(list);
  const middle = Math.floor(store.length / 2);
  const steps: Array<[number, string]> = [[middle - 30, ''], [middle, ''], [middle + 1, ''], [middle + 2, ''], [middle - 40, ''], [store.length, ''], [store.length, 'jobs'], [middle, 'jobs'], [3, ''], [middle, '']];
  let previous = new Map<string, Element>();
  for (const [position, filter] of steps) {
    view.filter = filter;
    view.render(store, history.at(position), position, store.generation);
    const fresh = document.createElement('ol');
    const freshView = new NarrationView(fresh);
    freshView.filter = filter;
    freshView.render(store, history.at(position), position, store.generation);
    // The fresh render's rows end the list; any rows above them are the lines just before them.
    expect(list.innerHTML.endsWith(fresh.innerHTML), `at ${position} filter '${filter}'`).toBe(true);
    const seqs = [...list.children].map((row) => Number(row.getAttribute('data-seq')));
    const expected = narrationLines(store, history.at(position), position, filter, false, seqs.length).map((l) => l.seq);
    expect(seqs, `at ${position} filter '${filter}'`).toEqual(expected);
    expect(seqs.length).toBeLessThanOrEqual(fresh.children.length + TRIM_SLACK);
    const rows = new Map([...list.children].map((row) => [row.getAttribute('data-seq') ?? '', row]));
    if (position === middle + 1 || position === middle + 2) {
      // A step forward: every row still shown is the same element as before.
      for (const [seq, row] of rows) if (previous.has(seq)) expect(row, `row ${seq} at ${position}`).toBe(previous.get(seq));
    }
    previous = rows;
  }
});

/** A fresh narration of the longest library run, with the history it is rendered from. */
function longestRunNarration() {
  const run = LIBRARY_RUNS.reduce((a, b) => (b.events.length > a.events.length ? b : a));
  const store = storeOf(run);
  const history = new WorldHistory(store, run.run.gomaxprocs);
  const list = document.createElement('ol');
  return { store, history, list, view: new NarrationView(list) };
}

it('drops the older rows at once when more than TRIM_SLACK piled up while stepping forward', () => {
  const { store, history, list, view } = longestRunNarration();
  view.scheduler = true;
  const counts: number[] = [];
  for (let position = 400; position < Math.min(store.length, 1000); position++) {
    view.render(store, history.at(position), position, store.generation);
    counts.push(list.children.length);
  }
  expect(Math.max(...counts)).toBeGreaterThan(150);
  expect(Math.max(...counts)).toBeLessThanOrEqual(150 + TRIM_SLACK + 1);
  expect(counts.some((n, i) => i > 0 && n < (counts[i - 1] ?? 0))).toBe(true);
});

it('keeps every row element that stays on screen when the playhead steps forward past new lines', () => {
  const { store, history, list, view } = longestRunNarration();
  let shifted = 0;
  for (let position = 400; position < 460; position++) {
    const before = new Map([...list.children].map((row) => [row.getAttribute('data-seq'), row]));
    view.render(store, history.at(position), position, store.generation);
    const firstBefore = [...before.keys()][0];
    if (firstBefore !== undefined && list.firstElementChild?.getAttribute('data-seq') !== firstBefore) shifted++;
    for (const row of list.children) {
      const old = before.get(row.getAttribute('data-seq'));
      if (old !== undefined) expect(row, `row ${row.getAttribute('data-seq')} at ${position}`).toBe(old);
    }
  }
  expect(shifted).toBe(0); // older rows stayed on top (fewer than TRIM_SLACK piled up)
});

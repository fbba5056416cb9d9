import { expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { LayoutBuilder, computeLayout } from './layout';


it('lays out a run read in pieces exactly as the whole run read at once', () => {
  for (const run of LIBRARY_RUNS) {
    const store = storeOf(run);
    const builder = new LayoutBuilder();
    for (let upTo = 0; upTo < store.length; upTo += 53) {
      expect(builder.update(store, upTo), `${runName(run)} up to ${upTo}`).toEqual(computeLayout(store, upTo));
    }
    expect(builder.update(store), runName(run)).toEqual(computeLayout(store));
  }
});

it('keeps the same layout object while the events add nothing to it, and starts over after a truncation', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'unbuffered-handoff');
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const builder = new LayoutBuilder();
  const late = builder.update(store, store.length - 1);
  expect(builder.update(store)).toBe(late);
  store.truncate(3);
  expect(builder.update(store)).toEqual(computeLayout(store));
  expect(builder.update(store).goOrder.length).toBeLessThan(late.goOrder.length);
});

import { expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, storeOf } from '../model/fixtures/library';
import { FoldPlan } from '../model/world';
import { STATE_COLOUR } from './palette';
import { timelineData } from './timeline';

it('has a lane per goroutine coloured by state and a lane per buffered channel', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'buffered-channel');
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const data = timelineData(store, new FoldPlan(libraryCatalog()), 4, true);
  expect(data.byTime).toBe(true);
  expect(data.end).toBe(store.lastTime);
  expect(data.lanes.map((l) => `${l.kind}:${l.name}`)).toEqual(['goroutine:main', 'goroutine:producer', 'channel:ch']);
  const producer = data.lanes[1];
  expect(producer?.changes.some((c) => c.colour === STATE_COLOUR.blocked)).toBe(true);
  expect(producer?.changes.at(-1)?.colour).toBe(STATE_COLOUR.done);
  const byEvents = timelineData(store, new FoldPlan(libraryCatalog()), 4, false);
  expect(byEvents.end).toBe(store.length);
});

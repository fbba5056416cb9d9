import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, storeOf } from '../model/fixtures/library';
import { FoldPlan, Fields } from '../model/world';
import { EVENTS_PER_SECOND, Player, interestingPosition } from './player';

describe('Player', () => {
  it('plays at speed × events per second and pauses at the end of a finished run', () => {
    const player = new Player();
    player.playing.set(true);
    player.speed.set(2);
    player.tick(500, 100, true);
    expect(player.position.get()).toBe(EVENTS_PER_SECOND);
    player.tick(60_000, 100, true);
    expect(player.position.get()).toBe(100);
    expect(player.playing.get()).toBe(false);
  });

  it('steps, clamps and changes speed through the offered steps', () => {
    const player = new Player();
    player.step(-1, 10);
    expect(player.position.get()).toBe(0);
    player.step(3, 10);
    expect(player.position.get()).toBe(3);
    player.faster(1);
    expect(player.speed.get()).toBe(2);
    player.faster(-1);
    player.faster(-1);
    expect(player.speed.get()).toBe(0.5);
  });
});

it('jumps between blocks, wake-ups and diagnostics', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'global-deadlock' && r.run.params['fix'] !== true);
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const plan = new FoldPlan(libraryCatalog());
  const f = new Fields();
  const nameAt = (position: number) => (f.read(plan, store.code(position - 1), store.fields(position - 1)) ? f.name : '');
  const first = interestingPosition(store, plan, 0, 1) ?? -1;
  expect(nameAt(first)).toBe('go-block');
  let last = first;
  for (let p: number | null = first; p !== null; p = interestingPosition(store, plan, p, 1)) last = p;
  expect(nameAt(last)).toBe('run-end');
  expect(interestingPosition(store, plan, first, -1)).toBeNull();
  const back = interestingPosition(store, plan, last, -1) ?? -1;
  expect(nameAt(back)).toBe('diagnostic');
});

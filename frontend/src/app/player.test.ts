import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, storeOf } from '../model/fixtures/library';
import { EVENT_TYPES } from '../model/vocabulary.gen';
import { EVENTS_PER_SECOND, INTERESTING, Player, interestingPosition } from './player';

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
  const nameAt = (position: number) => store.runEvent(position - 1)?.type ?? '';
  const first = interestingPosition(store, 0, 1) ?? -1;
  expect(nameAt(first)).toBe('go-block');
  let last = first;
  for (let p: number | null = first; p !== null; p = interestingPosition(store, p, 1)) last = p;
  expect(nameAt(last)).toBe('run-end');
  expect(interestingPosition(store, first, -1)).toBeNull();
  const back = interestingPosition(store, last, -1) ?? -1;
  expect(nameAt(back)).toBe('diagnostic');
});

it('stops at exactly the types it calls interesting, and at every one of them', () => {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'graceful-shutdown');
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const stops: number[] = [];
  for (let p = interestingPosition(store, 0, 1); p !== null; p = interestingPosition(store, p, 1)) stops.push(p - 1);
  const expected = [...Array(store.length).keys()].filter((seq) => INTERESTING[store.runEvent(seq)?.type ?? 'log']);
  expect(stops).toEqual(expected);
  expect(EVENT_TYPES.filter((t) => INTERESTING[t])).toEqual(['go-block', 'go-unblock', 'go-panic', 'chan-close', 'context-cancel', 'intervention-applied', 'diagnostic', 'run-end']);
});

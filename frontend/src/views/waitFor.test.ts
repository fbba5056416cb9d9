import { expect, it } from 'vitest';
import { LIBRARY_RUNS, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { goName } from './narrate';
import { cycleSentence, waitCycles } from './waitFor';


function history(scenario: string, fix = false): { at: (n: number) => ReturnType<WorldHistory['at']>; length: number } {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === scenario && (r.run.params['fix'] === true) === fix && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error(`no fixture for ${scenario}`);
  const store = storeOf(run);
  const h = new WorldHistory(store, run.run.gomaxprocs);
  return { at: (n) => h.at(n), length: store.length };
}

it('finds the two transfers of lock-order-deadlock waiting for each other once both hold their first lock', () => {
  const run = history('lock-order-deadlock');
  const end = run.at(run.length);
  const steps = waitCycles(end).map((s) => `${goName(end, s.g)} waits for ${end.objects.get(s.lock)?.name} held by ${goName(end, s.holder)}`);
  expect(steps).toEqual(['a-to-b waits for b.mu held by b-to-a', 'b-to-a waits for a.mu held by a-to-b']);
  expect(cycleSentence(end, waitCycles(end))).toBe('Deadlock, a cycle of waiting: a-to-b waits for b.mu, held by b-to-a, which waits for a.mu, held by a-to-b.');
  expect(cycleSentence(end, [])).toBe('');
  expect(waitCycles(run.at(3))).toEqual([]);
  // The cycle appears at one event and stays: the first moment with it has both transfers blocked.
  let first = 0;
  while (first < run.length && waitCycles(run.at(first)).length === 0) first++;
  const world = run.at(first);
  expect([...world.goroutines.values()].filter((g) => g.reason === 'lock' && g.state === 'blocked')).toHaveLength(2);
  for (let n = first; n <= run.length; n += 1) expect(waitCycles(run.at(n)), `at ${n}`).toHaveLength(2);
});

it('finds no cycle where the wait is not on locks held by each other', () => {
  for (const [scenario, fix] of [['lock-order-deadlock', true], ['global-deadlock', false], ['mutex-vs-channel', false]] as const) {
    const run = history(scenario, fix);
    for (let i = 0; i <= 20; i++) expect(waitCycles(run.at(Math.floor((run.length * i) / 20))), `${scenario} ${i}/20`).toEqual([]);
  }
});

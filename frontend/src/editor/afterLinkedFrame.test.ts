import { expect, test } from 'vitest';
import { Player } from '../app/player';
import { Atom } from '../lib/atom';
import type { RunModel, RunStatus } from '../model/run';
import { afterLinkedFrame } from './afterLinkedFrame';

/** A run as the check reads it: its status, whether it is admitted, and how many events arrived. */
function fakeRun() {
  const run = { status: new Atom<RunStatus>({ phase: 'connecting' }), history: null as object | null, events: { length: 0 } };
  return { run, model: run as unknown as RunModel };
}

/** Animation frames run one at a time by the test; timers are flushed by awaiting a macrotask. */
function frames() {
  let queue: (() => void)[] = [];
  return {
    next: (callback: () => void) => queue.push(callback),
    run(): void {
      const now = queue;
      queue = [];
      for (const f of now) f();
    },
  };
}

const flushTimers = () => new Promise((r) => setTimeout(r, 0));

test('waits for the events up to the playhead a link set, then one more frame', async () => {
  const { run, model } = fakeRun();
  const player = new Player();
  player.seek(100, Number.MAX_SAFE_INTEGER);
  const f = frames();
  let called = 0;
  afterLinkedFrame(model, player, () => called++, f.next);
  f.run();
  run.history = {};
  run.status.set({ phase: 'running' });
  run.events.length = 99;
  f.run();
  await flushTimers();
  expect(called).toBe(0);
  run.events.length = 100;
  f.run(); // the frame that renders event 100
  await flushTimers();
  expect(called).toBe(0);
  f.run(); // painted: the next frame, then a task
  await flushTimers();
  expect(called).toBe(1);
  f.run();
  await flushTimers();
  expect(called).toBe(1);
});

test('a run that fails does not hold the editor back', async () => {
  const { run, model } = fakeRun();
  const f = frames();
  let called = 0;
  afterLinkedFrame(model, new Player(), () => called++, f.next);
  f.run();
  run.status.set({ phase: 'error', message: 'compile error' });
  f.run();
  f.run();
  await flushTimers();
  expect(called).toBe(1);
});

import { describe, expect, it } from 'vitest';
import type { VNode } from '../lib/vdom';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { computeLayout } from './layout';
import { DEFAULT_FRAME, placeStage } from './placement';
import { occupancy } from './processors';
import { stagePicture } from './stage';


/** Every element of a picture, depth first. */
function* elements(nodes: ReadonlyArray<VNode | string>): Generator<VNode> {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    yield node;
    yield* elements(node.children);
  }
}

/** What the stage draws: goroutines whose token says ▶ running or ⚙ working, and who each processor box shows. */
function drawn(children: readonly VNode[]): { shownRunning: number[]; onProcessors: number[]; boxes: number } {
  const shownRunning: number[] = [];
  const onProcessors: number[] = [];
  let boxes = 0;
  for (const node of elements(children)) {
    const cls = String(node.attrs['class'] ?? '').split(' ');
    if (cls.includes('goroutine') && (cls.includes('state-running') || cls.includes('state-working'))) shownRunning.push(Number(node.attrs['data-g']));
    if (node.attrs['data-testid'] === 'processor') {
      boxes++;
      const seat = Number(node.attrs['data-seat']);
      if (seat !== 0) onProcessors.push(seat);
    }
  }
  return { shownRunning: shownRunning.sort((a, b) => a - b), onProcessors: onProcessors.sort((a, b) => a - b), boxes };
}

/** Runs with CPU-bound work on fewer processors than workers, and runs of zero-time steps only. */
const RUNS = LIBRARY_RUNS.filter((r) =>
  ['worker-pool', 'cpu-vs-io', 'unbuffered-handoff', 'pipeline', 'errgroup', 'lock-order-deadlock', 'semaphore', 'graceful-shutdown'].includes(r.run.scenario),
);

describe('processors shown', () => {
  it('hold exactly the goroutines shown running or working, one each, at every event of several runs', () => {
    let preemptions = 0;
    let working = 0;
    expect(RUNS.map(runName)).toContain('worker-pool procs=1');
    for (const run of RUNS) {
      const store = storeOf(run);
      const history = new WorldHistory(store, run.run.gomaxprocs);
      const layout = computeLayout(store);
      const placement = placeStage(layout, DEFAULT_FRAME, run.run.gomaxprocs);
      for (let position = 0; position <= store.length; position++) {
        const world = history.at(position);
        const where = `${runName(run)} after ${position} events`;
        const picture = drawn(stagePicture(world, layout, placement).children);
        expect(picture.boxes, where).toBe(run.run.gomaxprocs);
        expect(picture.onProcessors, where).toEqual(picture.shownRunning);
        expect(new Set(picture.onProcessors).size, where).toBe(picture.onProcessors.length);

        // And it is the world's truth: the running goroutine has a box, CPU-bound work keeps its
        // processor unless the running goroutine took it for the moment.
        const seats = occupancy(world);
        for (const g of world.goroutines.values()) {
          if (g.state === 'running') expect(seats.on.has(g.id), `${where}: ${g.name} runs`).toBe(true);
          if (g.state === 'working' && g.id !== seats.preempted) expect(seats.on.get(g.id), `${where}: ${g.name} works`).toBe(g.proc);
        }
        if (seats.preempted !== 0) preemptions++;
        working += seats.seats.filter((s) => s?.doing === 'work').length;
      }
    }
    // Both halves of the rule were exercised.
    expect(preemptions).toBeGreaterThan(0);
    expect(working).toBeGreaterThan(0);
  });

  it('seat the running goroutine on the lowest free processor, and take the last one when all hold work', () => {
    const run = LIBRARY_RUNS.find((r) => runName(r) === 'worker-pool procs=1');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const history = new WorldHistory(store, run.run.gomaxprocs);
    let seen = 0;
    for (let position = 0; position <= store.length; position++) {
      const world = history.at(position);
      const seats = occupancy(world);
      const running = [...world.goroutines.values()].find((g) => g.state === 'running');
      if (running === undefined || world.procs[0] === 0) continue;
      // P0 holds a worker's CPU-bound work while another goroutine runs: that one is shown on P0.
      expect(seats.seats[0]).toEqual({ g: running.id, doing: 'run' });
      expect(seats.preempted).toBe(world.procs[0]);
      seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });
});

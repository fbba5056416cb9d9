import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, runName, storeOf } from './fixtures/library';
import { WorldHistory } from './history';
import { FoldPlan, type World, emptyWorld, foldEvent } from './world';
import type { EventStore } from './events';

const plan = new FoldPlan(libraryCatalog());

function replay(store: EventStore, n: number, procs: number): World {
  const world = emptyWorld(procs);
  for (let seq = 0; seq < n; seq++) foldEvent(world, plan, seq, store.time(seq), store.code(seq), store.fields(seq));
  return world;
}

/** SplitMix-ish generator so a failure names the seed that reproduces it. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkInvariants(world: World, where: string): void {
  for (const g of world.goroutines.values()) {
    if (g.state === 'blocked' && g.reason === 'receive' && g.obj !== 0) {
      expect(world.objects.get(g.obj)?.recvq, `${where}: ${g.name} waits in recvq`).toContain(g.id);
    }
    if (g.state === 'blocked' && g.reason === 'send' && g.obj !== 0) {
      expect(world.objects.get(g.obj)?.sendq, `${where}: ${g.name} waits in sendq`).toContain(g.id);
    }
    if (g.state !== 'blocked') expect(g.queuedOn, `${where}: ${g.name} is in no queue`).toEqual([]);
  }
  for (const o of world.objects.values()) {
    if (o.kind !== 'channel') continue;
    expect(o.slots.length, `${where}: ${o.name} slots`).toBe(o.arg);
    for (const g of [...o.sendq, ...o.recvq]) expect(world.goroutines.get(g)?.state).toBe('blocked');
  }
}

describe('folding every library scenario', () => {
  for (const run of LIBRARY_RUNS) {
    it(`${runName(run)}: folds without throwing, keeps its invariants and ends ${run.outcome}`, () => {
      const store = storeOf(run);
      const world = emptyWorld(run.run.gomaxprocs);
      for (let seq = 0; seq < store.length; seq++) {
        foldEvent(world, plan, seq, store.time(seq), store.code(seq), store.fields(seq));
        checkInvariants(world, `${run.run.scenario} seq ${seq}`);
      }
      expect(world.outcome).toBe(run.outcome);
      if (run.outcome === 'completed') {
        expect([...world.goroutines.values()].find((g) => g.name === 'main')?.state).toBe('done');
      }
      if (run.outcome === 'deadlocked') expect(world.diagnostics.map((d) => d.kind)).toContain('deadlock');
    });
  }
});

describe('WorldHistory', () => {
  it('seek(t) equals a replay from zero for random t, forwards and backwards', () => {
    const seed = 20260101;
    const random = rng(seed);
    for (const run of LIBRARY_RUNS) {
      const store = storeOf(run);
      const history = new WorldHistory(store, plan, run.run.gomaxprocs, 16);
      for (let i = 0; i < 12; i++) {
        const t = Math.floor(random() * (store.length + 1));
        expect(history.at(t), `${runName(run)} t=${t} (seed ${seed})`).toEqual(replay(store, t, run.run.gomaxprocs));
      }
      expect(history.at(store.length)).toEqual(replay(store, store.length, run.run.gomaxprocs));
    }
  });

  it('forgets the events after a truncation and folds the new ones', () => {
    const [a, b] = [LIBRARY_RUNS[0], LIBRARY_RUNS[1]];
    if (a === undefined || b === undefined) throw new Error('fixtures missing');
    const store = storeOf(a);
    const history = new WorldHistory(store, plan, 4, 8);
    history.at(store.length);
    store.truncate(20);
    history.truncate(20);
    expect(history.at(20)).toEqual(replay(store, 20, 4));
    expect(history.at(1000).applied).toBe(20);
  });

  it('shows an unbuffered receiver waiting in the channel queue and a sender holding its item', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'unbuffered-handoff');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const history = new WorldHistory(store, plan, 4);
    let sawReceiverWaiting = false;
    let sawSenderHolding = false;
    for (let t = 0; t <= store.length; t++) {
      const world = history.at(t);
      const ch = [...world.objects.values()].find((o) => o.name === 'ch');
      if (ch === undefined) continue;
      if (ch.recvq.length > 0) sawReceiverWaiting = true;
      const sender = world.goroutines.get(ch.sendq[0] ?? -1);
      if (sender !== undefined && sender.pendingItem >= 0) sawSenderHolding = true;
    }
    expect(sawReceiverWaiting).toBe(true);
    expect(sawSenderHolding).toBe(true);
  });

  it('knows the line each goroutine is on from the labels it passes', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'global-deadlock' && r.run.params['fix'] !== true);
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const world = new WorldHistory(store, plan, 4).at(store.length);
    const main = [...world.goroutines.values()].find((g) => g.name === 'main');
    expect(world.labels.get(main?.label ?? -1)).toBe('sum := <-result');
    expect(world.labelLines.get(main?.label ?? -1)).toBe(26);
  });
});

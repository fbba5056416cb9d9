import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from './fixtures/library';
import { WorldHistory } from './history';
import { type World, comparableWorld, emptyWorld, foldEvent } from './world';
import type { EventStore } from './events';


function replay(store: EventStore, n: number, procs: number): World {
  const world = emptyWorld(procs);
  for (let seq = 0; seq < n; seq++) foldEvent(world, seq, store.time(seq), store.runEvent(seq));
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
        foldEvent(world, seq, store.time(seq), store.runEvent(seq));
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
      const history = new WorldHistory(store, run.run.gomaxprocs, 16);
      for (let i = 0; i < 12; i++) {
        const t = Math.floor(random() * (store.length + 1));
        expect(comparableWorld(history.at(t)), `${runName(run)} t=${t} (seed ${seed})`).toEqual(comparableWorld(replay(store, t, run.run.gomaxprocs)));
      }
      expect(comparableWorld(history.at(store.length))).toEqual(comparableWorld(replay(store, store.length, run.run.gomaxprocs)));
    }
  });

  it('any order of seeks gives the world a fresh fold gives (property, many seeds and spacings)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const run = LIBRARY_RUNS[Math.floor(random() * LIBRARY_RUNS.length)];
      if (run === undefined) throw new Error('fixtures missing');
      const store = storeOf(run);
      const procs = run.run.gomaxprocs;
      const spacing = 1 + Math.floor(random() * 64);
      const history = new WorldHistory(store, procs, spacing);
      // Seeks anywhere, small steps either way, and repeats of the same point.
      let t = 0;
      for (let i = 0; i < 25; i++) {
        const move = random();
        if (move < 0.4) t = Math.floor(random() * (store.length + 1));
        else if (move < 0.8) t = Math.max(0, Math.min(store.length, t + Math.floor(random() * 9) - 4));
        const where = `${runName(run)} seek #${i} to ${t}, spacing ${spacing} (seed ${seed})`;
        const world = history.at(t);
        expect(world.applied, where).toBe(t);
        expect(comparableWorld(world), where).toEqual(comparableWorld(replay(store, t, procs)));
      }
    }
  });

  it('after extend, a seek anywhere folds fewer events than the spacing, and still equals a fresh fold', () => {
    const run = [...LIBRARY_RUNS].sort((a, b) => b.events.length - a.events.length)[0];
    if (run === undefined) throw new Error('fixtures missing');
    const store = storeOf(run);
    const procs = run.run.gomaxprocs;
    const spacing = 8;
    const history = new WorldHistory(store, procs, spacing);
    history.at(3);
    history.extend(store.length);
    expect(history.at(3).applied, 'extend leaves the world at() gave alone').toBe(3);
    const final = replay(store, store.length, procs);
    const widest = Math.max(spacing, 8 * (final.goroutines.size + final.objects.size));
    const random = rng(99);
    for (let i = 0; i < 30; i++) {
      const t = Math.floor(random() * (store.length + 1));
      const world = history.at(t);
      expect(history.lastReplay, `t=${t} (seed 99)`).toBeLessThan(widest);
      expect(comparableWorld(world), `t=${t} (seed 99)`).toEqual(comparableWorld(replay(store, t, procs)));
    }
  });

  it('shares one item table between snapshots instead of copying items into each', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'unbuffered-handoff');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const history = new WorldHistory(store, 4, 8);
    const end = history.at(store.length);
    const early = history.at(9);
    expect(history.snapshots).toBeGreaterThan(3);
    expect(early.items).toBe(end.items);
    // The early world's own items are the ones sent in its first 9 events, and read back from the store.
    const sentEarly = [...comparableWorld(replay(store, 9, 4)).items.values()];
    expect([...early.items.before(9).values()]).toEqual(sentEarly);
    for (const item of sentEarly) expect(end.items.get(item.id)).toEqual(item);
  });

  it('spaces snapshots further apart as the world grows, so their memory stays bounded', () => {
    const run = [...LIBRARY_RUNS].sort((a, b) => b.events.length - a.events.length)[0];
    if (run === undefined) throw new Error('fixtures missing');
    const store = storeOf(run);
    const final = replay(store, store.length, run.run.gomaxprocs);
    const entities = final.goroutines.size + final.objects.size;
    const history = new WorldHistory(store, run.run.gomaxprocs, 1);
    history.at(store.length);
    // With spacing 1 and no growth rule there would be one snapshot per event.
    expect(history.snapshots).toBeLessThanOrEqual(1 + store.length / 8);
    expect(history.snapshots).toBeGreaterThanOrEqual(1 + Math.floor(store.length / (8 * entities)) - 1);
  });

  it('forgets the events after a truncation and folds the new ones', () => {
    const [a, b] = [LIBRARY_RUNS[0], LIBRARY_RUNS[1]];
    if (a === undefined || b === undefined) throw new Error('fixtures missing');
    const store = storeOf(a);
    const history = new WorldHistory(store, 4, 8);
    history.at(store.length);
    store.truncate(20);
    history.truncate(20);
    expect(comparableWorld(history.at(20))).toEqual(comparableWorld(replay(store, 20, 4)));
    expect(history.at(1000).applied).toBe(20);
  });

  it('after a truncation, new events in place of the dropped ones fold like a fresh run', () => {
    // A run that sends many items, continued by one that sends none: no item may survive the cut.
    const [a, b] = [LIBRARY_RUNS.find((r) => r.run.scenario === 'prime-sieve'), LIBRARY_RUNS.find((r) => r.run.scenario === 'once-init')];
    if (a === undefined || b === undefined) throw new Error('fixtures missing');
    const store = storeOf(a);
    const history = new WorldHistory(store, 4, 8);
    history.at(store.length);
    const cut = 20;
    store.truncate(cut);
    history.truncate(cut);
    const other = storeOf(b);
    const count = other.length - cut;
    store.append({
      firstSeq: cut,
      count,
      baseTime: store.lastTime,
      codes: Uint32Array.from({ length: count }, (_, i) => other.code(cut + i)),
      times: Float64Array.from({ length: count }, (_, i) => store.lastTime + other.time(cut + i)),
      fields: Array.from({ length: count }, (_, i) => other.fields(cut + i)),
    });
    for (const t of [store.length, cut, cut + 1, Math.floor(store.length / 2), store.length - 1, 3]) {
      expect(comparableWorld(history.at(t)), `t=${t}`).toEqual(comparableWorld(replay(store, t, 4)));
    }
  });

  it('shows an unbuffered receiver waiting in the channel queue and a sender holding its item', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'unbuffered-handoff');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const history = new WorldHistory(store, 4);
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
    const world = new WorldHistory(store, 4).at(store.length);
    const main = [...world.goroutines.values()].find((g) => g.name === 'main');
    expect(world.labels.get(main?.label ?? -1)).toBe('sum := <-result');
    expect(world.labelLines.get(main?.label ?? -1)).toBe(26);
  });
});

import { describe, expect, it } from 'vitest';
import { type LinkState, decodeLink } from './link';
import { PageStore, type RunInputs, RunState, divergence, sameRun, sameSource } from './pageStore';
import type { ScenarioSummary } from './params';

const CATALOG: ScenarioSummary[] = [
  {
    id: 'worker-pool',
    title: 'Worker pool',
    category: 'Patterns',
    summary: '',
    pitfall: false,
    params: [
      { name: 'workers', type: 'int', default: 3, min: 1, max: 10 },
      { name: 'work', type: 'enum', default: 'cpu', options: ['cpu', 'io'] },
    ],
  },
  { id: 'graceful-shutdown', title: 'Graceful shutdown', category: 'Patterns', summary: '', pitfall: false, params: [] },
];

function store(): PageStore {
  const s = new PageStore({ autoplay: () => true });
  s.catalog.set(CATALOG);
  return s;
}

const state = (query: string): LinkState => decodeLink(query, CATALOG, 'worker-pool').state;

/** Records every value each atom is set to. */
function record(s: PageStore) {
  const inputs: Array<RunInputs | null> = [];
  s.run.inputs.subscribe((v) => inputs.push(v));
  return { inputs };
}

describe('PageStore', () => {
  it('holds no run until a state is applied, and then exactly what a link holds', () => {
    const s = store();
    expect(s.run.inputs.get()).toBeNull();
    expect(() => s.linkState()).toThrow('no run has been chosen yet');
    const link = state('?s=worker-pool&workers=4&seed=42&procs=2&i=cancel-context:shutdown@120&t=1200&present=1&embed=1');
    expect(s.applyState(link)).toBe('new-run');
    expect(s.linkState()).toEqual(link);
    expect(s.link()).toBe('?v=1&s=worker-pool&workers=4&seed=42&procs=2&i=cancel-context%3Ashutdown%40120&t=1200&present=1&embed=1');
    expect(s.run.player.playing.get()).toBe(false);
    expect(s.run.player.position.get()).toBe(1201);
  });

  it('plays a new run from the start when the state has no playhead (unless autoplay is off)', () => {
    const s = store();
    s.applyState(state('?s=worker-pool&t=50'));
    s.applyState(state('?s=worker-pool&seed=2'));
    expect(s.run.player.position.get()).toBe(0);
    expect(s.run.player.playing.get()).toBe(true);
    const still = new PageStore({ autoplay: () => false });
    still.catalog.set(CATALOG);
    still.applyState(state('?s=worker-pool'));
    expect(still.run.player.playing.get()).toBe(false);
  });

  it('applied again and again with the same run (as a room follower is), only moves the playhead', () => {
    const s = store();
    const { inputs } = record(s);
    s.applyState(state('?s=worker-pool&workers=4&seed=42'));
    s.run.player.seek(30, 100); // the follower's own run has streamed and played a while
    expect(s.applyState(state('?s=worker-pool&workers=4&seed=42&t=12'))).toBe('same-run');
    expect([s.run.player.position.get(), s.run.player.playing.get()]).toEqual([13, false]);
    expect(s.applyState(state('?s=worker-pool&seed=42&workers=4'))).toBe('same-run');
    expect([s.run.player.position.get(), s.run.player.playing.get()]).toEqual([13, true]); // plays on from there
    expect(s.applyState(state('?s=worker-pool&workers=4&seed=42&t=12'))).toBe('same-run');
    expect(inputs).toHaveLength(1); // the run was chosen once: nothing restarts it
  });

  it('counts a param at its default as the default, so a link that spells it out is the same run', () => {
    const s = store();
    s.applyState(state('?s=worker-pool'));
    expect(s.applyState(state('?s=worker-pool&workers=3&work=cpu'))).toBe('same-run');
    expect(s.run.inputs.get()?.params).toEqual({});
  });

  it('replaces the inputs of another run: scenario, params, seed, GOMAXPROCS or interventions', () => {
    const s = store();
    const { inputs } = record(s);
    s.applyState(state('?s=worker-pool'));
    for (const q of ['?s=graceful-shutdown', '?s=worker-pool&workers=5', '?s=worker-pool&workers=5&seed=2', '?s=worker-pool&workers=5&seed=2&procs=1', '?s=worker-pool&workers=5&seed=2&procs=1&i=run-next:%231@4']) {
      expect(s.applyState(state(q)), q).toBe('new-run');
    }
    expect(inputs.map((i) => i?.scenario)).toEqual(['worker-pool', 'graceful-shutdown', 'worker-pool', 'worker-pool', 'worker-pool', 'worker-pool']);
  });

  it('sets the modes, and tells subscribers of every change a link would show', () => {
    const s = store();
    let changes = 0;
    s.subscribe(() => changes++);
    s.applyState(state('?s=worker-pool'));
    const afterApply = changes;
    s.applyState(state('?s=worker-pool&present=1&embed=1'));
    expect([s.present.get(), s.embed.get()]).toEqual([true, true]);
    expect(changes).toBeGreaterThan(afterApply);
    const before = changes;
    s.run.player.seek(7, 10);
    expect(changes).toBe(before + 1);
  });

  it('keeps a second run of its own: one RunState per run on screen', () => {
    const s = store();
    s.applyState(state('?s=worker-pool&t=9'));
    const other = new RunState();
    other.inputs.set({ scenario: 'graceful-shutdown', params: {}, seed: 5, procs: 4, interventions: [] });
    other.setPlayhead(3, true);
    expect(s.linkState().scenario).toBe('worker-pool');
    expect(s.run.t()).toBe(9);
    expect(other.t()).toBe(3);
  });
});

describe('run identity', () => {
  const base: RunInputs = { scenario: 'worker-pool', params: { workers: 4 }, seed: 1, procs: 4, interventions: [] };
  const at = (afterSeq: number, target = 'shutdown') => ({ kind: 'cancel-context' as const, target, afterSeq });

  it('same run and same source', () => {
    expect(sameRun(base, { ...base, params: { workers: 4, work: 'cpu' } }, CATALOG)).toBe(true);
    expect(sameRun(base, { ...base, seed: 2 }, CATALOG)).toBe(false);
    expect(sameRun(base, null)).toBe(false);
    expect(sameRun(null, null)).toBe(true);
    expect(sameSource(base, { ...base, seed: 2, procs: 1, interventions: [at(3)] }, CATALOG)).toBe(true);
    expect(sameSource(base, { ...base, params: {} }, CATALOG)).toBe(false);
  });

  it('diverges after the earliest intervention past the common ones, and not at all across runs', () => {
    const one = { ...base, interventions: [at(10), at(40)] };
    expect(divergence(one, { ...base, interventions: [at(10), at(40), at(90)] }, CATALOG)).toBe(91);
    expect(divergence(one, { ...base, interventions: [at(10), at(25)] }, CATALOG)).toBe(26);
    expect(divergence(one, { ...base, interventions: [at(10), at(40, 'other')] }, CATALOG)).toBe(41);
    expect(divergence(one, base, CATALOG)).toBe(11);
    expect(divergence(one, one, CATALOG)).toBeNull();
    expect(divergence(one, { ...one, seed: 2 }, CATALOG)).toBeNull();
  });
});

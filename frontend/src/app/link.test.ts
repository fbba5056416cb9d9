import { describe, expect, it } from 'vitest';
import { type PageState, decodeLink, encodeLink } from './link';
import type { ScenarioSummary } from './params';
import { formatDuration, parseDuration } from './params';

const CATALOG: ScenarioSummary[] = [
  {
    id: 'worker-pool',
    title: 'Worker pool',
    category: 'Patterns',
    summary: '',
    pitfall: false,
    params: [
      { name: 'workers', type: 'int', default: 3, min: 1, max: 2000 },
      { name: 'work', type: 'enum', default: 'cpu', options: ['cpu', 'io'] },
      { name: 'jobTime', type: 'duration', default: 2_000_000, min: 1000, max: 250_000_000 },
      { name: 'fix', type: 'bool', default: false },
    ],
  },
  { id: 'unbuffered-handoff', title: 'U', category: 'Basics', summary: '', pitfall: false, params: [] },
];
const specs = CATALOG[0]?.params ?? [];

describe('share links', () => {
  it('round-trip every field in readable parameters', () => {
    const state: PageState = {
      scenario: 'worker-pool',
      params: { workers: 4, work: 'io', jobTime: 250_000, fix: true },
      seed: 42,
      procs: 2,
      interventions: [{ kind: 'cancel-context', target: 'shutdown', afterSeq: 120 }, { kind: 'run-next', target: '#7', afterSeq: 3 }],
      t: 1200,
      present: true,
      embed: false,
    };
    const link = encodeLink(state, specs);
    expect(link).toBe(
      '?v=1&s=worker-pool&workers=4&work=io&jobTime=250us&fix=true&seed=42&procs=2&i=cancel-context%3Ashutdown%40120%2Crun-next%3A%237%403&t=1200&present=1',
    );
    expect(decodeLink(link, CATALOG, 'unbuffered-handoff')).toEqual({ state, problems: [] });
  });

  it('leave defaults out and read a minimal link', () => {
    const link = '/?s=worker-pool&workers=4&seed=42&t=1200'.slice(1);
    const { state, problems } = decodeLink(link, CATALOG, 'unbuffered-handoff');
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ scenario: 'worker-pool', params: { workers: 4 }, seed: 42, procs: 4, t: 1200 });
    expect(encodeLink(state, specs)).toBe('?v=1&s=worker-pool&workers=4&seed=42&t=1200');
  });

  it('replace bad values by the nearest valid ones and say which parameter was wrong', () => {
    const { state, problems } = decodeLink(
      '?s=worker-pool&workers=99999&work=gpu&jobTime=soon&seed=abc&procs=0&t=-3&i=explode:x@1,cancel-context:a@2&bogus=1',
      CATALOG,
      'unbuffered-handoff',
    );
    expect(state.params).toEqual({ workers: 2000 });
    expect(state.seed).toBe(1);
    expect(state.procs).toBe(1);
    expect(state.t).toBe(0);
    expect(state.interventions).toEqual([{ kind: 'cancel-context', target: 'a', afterSeq: 2 }]);
    expect(problems.map((p) => p.param)).toEqual(['workers', 'work', 'jobTime', 'bogus', 'seed', 'procs', 't', 'i']);
    expect(problems[0]?.message).toMatch(/between 1 and 2000, got 99999; using 2000/);
  });

  it('open the fallback scenario for an unknown id, keeping the hostile id as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { state, problems } = decodeLink(`?s=${encodeURIComponent(hostile)}`, CATALOG, 'unbuffered-handoff');
    expect(state.scenario).toBe('unbuffered-handoff');
    expect(problems[0]?.message).toContain(hostile);
  });
});

describe('durations', () => {
  it('parse and format the server units', () => {
    expect(parseDuration('250ms')).toBe(250_000_000);
    expect(parseDuration('40us')).toBe(40_000);
    expect(parseDuration('1.5s')).toBe(1_500_000_000);
    expect(parseDuration('7')).toBe(7);
    expect(parseDuration('fast')).toBeNull();
    expect(formatDuration(2_000_000)).toBe('2ms');
    expect(formatDuration(1_500_000)).toBe('1500us');
    expect(formatDuration(7)).toBe('7ns');
  });
});

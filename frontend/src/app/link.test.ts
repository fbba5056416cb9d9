import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../model/vocabulary.gen';
import { type Intervention, type LinkState, decodeCompact, decodeLink, encodeCompact, encodeLink } from './link';
import vectors from './link-vectors.json';
import type { ParamSpec, ScenarioSummary } from './params';
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
    const state: LinkState = {
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

describe('share links agree with the server', () => {
  // The same file is read by the server's LinkVectorsTest; its catalog is checked there to be the real one.
  const catalog: ScenarioSummary[] = vectors.catalog.map((s) => ({
    id: s.id,
    title: s.id,
    category: '',
    summary: '',
    pitfall: false,
    params: s.params as unknown as ParamSpec[],
  }));
  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(decodeLink(c.query, catalog, vectors.fallback)).toEqual({ state: c.state, problems: c.problems });
  });
});

describe('compact interventions', () => {
  const runNext = (n: number): Intervention[] =>
    Array.from({ length: n }, (_, k) => ({ kind: 'run-next', target: `#${2 + ((k * 7) % 5)}`, afterSeq: 40 + 3 * k }));

  it('are used only when shorter, and then the link says v=2', () => {
    const state: LinkState = { ...decodeLink('?s=worker-pool', CATALOG, 'worker-pool').state, interventions: runNext(200) };
    const link = encodeLink(state, specs);
    expect(link).toMatch(/^\?v=2&s=worker-pool&iz=[A-Za-z0-9_-]+$/);
    const readable = new URLSearchParams({ i: runNext(200).map((i) => `${i.kind}:${i.target}@${i.afterSeq}`).join(',') }).toString();
    expect(link.length).toBeLessThan(readable.length / 4);
    expect(decodeLink(link, CATALOG, 'unbuffered-handoff')).toEqual({ state, problems: [] });
    const short = encodeLink({ ...state, interventions: runNext(1) }, specs);
    expect(short).toBe('?v=1&s=worker-pool&i=run-next%3A%232%4040');
  });

  it('are not used when they would expand past the reading bound', () => {
    const same = Array.from({ length: 256 }, (): Intervention => ({ kind: 'run-next', target: 'worker'.repeat(30), afterSeq: 1 }));
    const state: LinkState = { ...decodeLink('?s=worker-pool', CATALOG, 'worker-pool').state, interventions: same };
    const link = encodeLink(state, specs);
    expect(link).toContain('&i=');
    expect(decodeLink(link, CATALOG, 'unbuffered-handoff')).toEqual({ state, problems: [] });
  });

  it('round-trip any text, including text that does not compress', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 200; k++) {
      const length = Math.floor(random() * 2000);
      const text = Array.from({ length }, () => String.fromCharCode(32 + Math.floor(random() * (k % 2 === 0 ? 95 : 4000)))).join('');
      expect(decodeCompact(encodeCompact(text)), `seed 7, case ${k}`).toEqual({ text });
    }
  });
});

describe('share links round-trip', () => {
  it('decode(encode(state)) is the state, for generated states', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    for (let k = 0; k < 300; k++) {
      const params: Record<string, number | string | boolean> = {};
      if (random() < 0.5) params['workers'] = 1 + Math.floor(random() * 2000);
      if (random() < 0.5) params['work'] = pick(['cpu', 'io']);
      if (random() < 0.5) params['jobTime'] = 1000 + Math.floor(random() * 249_000_000);
      if (random() < 0.5) params['fix'] = random() < 0.5;
      const interventions = Array.from({ length: random() < 0.3 ? Math.floor(random() * 300) : Math.floor(random() * 3) }, (): Intervention => ({
        kind: pick(INTERVENTION_KINDS),
        target: pick(['shutdown', '#7', 'jobs', 'worker 2', 'a@b', 'ctx:x']),
        afterSeq: Math.floor(random() * 1e6),
      })).slice(0, 256);
      const state: LinkState = {
        scenario: 'worker-pool',
        params,
        seed: Math.floor((random() - 0.5) * 2 * Number.MAX_SAFE_INTEGER),
        procs: 1 + Math.floor(random() * 64),
        interventions,
        t: random() < 0.5 ? null : Math.floor(random() * 1e9),
        present: random() < 0.5,
        embed: random() < 0.5,
      };
      const link = encodeLink(state, specs);
      // Defaults are left out of a link, so they come back absent.
      const expected = Object.fromEntries(Object.entries(params).filter(([name, v]) => specs.find((s) => s.name === name)?.default !== v));
      expect(decodeLink(link, CATALOG, 'unbuffered-handoff'), `seed 42, case ${k}: ${link}`).toEqual({
        state: { ...state, params: expected },
        problems: [],
      });
    }
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

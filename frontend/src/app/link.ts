/**
 * Share links: the page state in readable query parameters (docs/protocol.md, run request).
 *
 *   /?v=1&s=worker-pool&workers=4&seed=42&procs=2&i=cancel-context:shutdown@120&t=1200
 *
 * `s` scenario id, each param by its name, `seed`, `procs` (GOMAXPROCS), `i` interventions as
 * `kind:target@afterSeq` separated by commas, `t` the playhead (the event the page shows, paused),
 * `present=1` presenter mode, `embed=1` embed mode. Decoding never fails: a bad value is reported
 * and replaced by the nearest valid one (its default, or the bound it exceeded).
 */
import { type ParamSpec, type ParamValue, type ScenarioSummary, paramText, readParam } from './params';

export const LINK_VERSION = 1;
export const DEFAULT_SEED = 1;
export const DEFAULT_PROCS = 4;
export const MAX_PROCS = 64;
export const INTERVENTION_KINDS = ['cancel-context', 'close-channel', 'inject-panic', 'inject-error', 'run-next'] as const;

export interface Intervention {
  readonly kind: string;
  readonly target: string;
  readonly afterSeq: number;
}

export interface PageState {
  readonly scenario: string;
  /** Only the params the link sets; the rest take the scenario's defaults. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly procs: number;
  readonly interventions: readonly Intervention[];
  /** Playhead as an event sequence number, or null: play from the start. */
  readonly t: number | null;
  readonly present: boolean;
  readonly embed: boolean;
}

export interface LinkProblem {
  /** The query parameter at fault (`seed`, `workers`, `i`, …). */
  readonly param: string;
  readonly message: string;
}

const RESERVED = new Set(['v', 's', 'seed', 'procs', 'i', 't', 'present', 'embed', 'scenario']);

export function encodeLink(state: PageState, specs: readonly ParamSpec[]): string {
  const q = new URLSearchParams();
  q.set('v', String(LINK_VERSION));
  q.set('s', state.scenario);
  for (const spec of specs) {
    const value = state.params[spec.name];
    if (value !== undefined && value !== spec.default) q.set(spec.name, paramText(spec, value));
  }
  if (state.seed !== DEFAULT_SEED) q.set('seed', String(state.seed));
  if (state.procs !== DEFAULT_PROCS) q.set('procs', String(state.procs));
  if (state.interventions.length > 0) {
    q.set('i', state.interventions.map((i) => `${i.kind}:${i.target}@${i.afterSeq}`).join(','));
  }
  if (state.t !== null) q.set('t', String(state.t));
  if (state.present) q.set('present', '1');
  if (state.embed) q.set('embed', '1');
  return `?${q.toString()}`;
}

/** Reads a link against the catalog. Always returns a usable state, plus what had to be fixed. */
export function decodeLink(
  search: string,
  catalog: readonly ScenarioSummary[],
  fallbackScenario: string,
): { state: PageState; problems: LinkProblem[] } {
  const q = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const v = q.get('v');
  if (v !== null && v !== String(LINK_VERSION)) {
    problems.push({ param: 'v', message: `link version ${v} is not known; reading it as version ${LINK_VERSION}` });
  }
  const wanted = q.get('s') ?? q.get('scenario');
  let scenario = catalog.find((s) => s.id === wanted);
  if (wanted !== null && scenario === undefined) {
    problems.push({ param: 's', message: `there is no scenario "${wanted}"; showing ${fallbackScenario} instead` });
  }
  scenario ??= catalog.find((s) => s.id === fallbackScenario) ?? catalog[0];
  const specs = scenario?.params ?? [];

  const params: Record<string, ParamValue> = {};
  for (const spec of specs) {
    const text = q.get(spec.name);
    if (text === null) continue;
    const read = readParam(spec, text);
    if ('value' in read) params[spec.name] = read.value;
    else {
      const nearest = nearestValid(spec, text);
      problems.push({ param: spec.name, message: `${read.problem}; using ${paramText(spec, nearest)}` });
      if (nearest !== spec.default) params[spec.name] = nearest;
    }
  }
  // Unknown names are only worth a word when a scenario was found to check them against.
  if (scenario !== undefined && (wanted === null || scenario.id === wanted)) {
    for (const name of q.keys()) {
      if (!RESERVED.has(name) && !specs.some((s) => s.name === name)) {
        problems.push({ param: name, message: `${scenario.id} has no parameter "${name}"; ignored` });
      }
    }
  }

  const seed = integer(q, 'seed', DEFAULT_SEED, -(2 ** 53 - 1), 2 ** 53 - 1, problems);
  const procs = integer(q, 'procs', DEFAULT_PROCS, 1, MAX_PROCS, problems);
  const t = q.has('t') ? integer(q, 't', 0, 0, 2 ** 53 - 1, problems) : null;
  const interventions = decodeInterventions(q.get('i'), problems);
  return {
    state: {
      scenario: scenario?.id ?? fallbackScenario,
      params,
      seed,
      procs,
      interventions,
      t,
      present: q.get('present') === '1',
      embed: q.get('embed') === '1',
    },
    problems,
  };
}

function nearestValid(spec: ParamSpec, text: string): ParamValue {
  if (spec.type === 'int' || spec.type === 'duration') {
    const n = Number(text.replace(/[a-zµ]+$/i, ''));
    if (Number.isFinite(n) && spec.type === 'int') {
      if (spec.min !== undefined && n < spec.min) return spec.min;
      if (spec.max !== undefined && n > spec.max) return spec.max;
    }
  }
  return spec.default;
}

function integer(q: URLSearchParams, name: string, fallback: number, min: number, max: number, problems: LinkProblem[]): number {
  const text = q.get(name);
  if (text === null) return fallback;
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    problems.push({ param: name, message: `${name} must be a whole number, got "${text}"; using ${fallback}` });
    return fallback;
  }
  if (n < min || n > max) {
    const nearest = Math.min(max, Math.max(min, n));
    problems.push({ param: name, message: `${name} must be between ${min} and ${max}, got ${text}; using ${nearest}` });
    return nearest;
  }
  return n;
}

function decodeInterventions(text: string | null, problems: LinkProblem[]): Intervention[] {
  if (text === null || text === '') return [];
  const out: Intervention[] = [];
  for (const part of text.split(',')) {
    const m = /^([a-z-]+):(.+)@(\d+)$/.exec(part);
    if (m === null || !(INTERVENTION_KINDS as readonly string[]).includes(m[1] ?? '')) {
      problems.push({ param: 'i', message: `"${part}" is not an intervention like cancel-context:shutdown@120; ignored` });
      continue;
    }
    out.push({ kind: m[1] ?? '', target: m[2] ?? '', afterSeq: Number(m[3]) });
    if (out.length === 256) break;
  }
  return out;
}

/**
 * Share links: the page state in readable query parameters (docs/protocol.md, "Share links").
 *
 *   /?v=1&s=worker-pool&workers=4&seed=42&procs=2&i=cancel-context:shutdown@120&t=1200
 *
 * `s` scenario id, each param by its name, `seed`, `procs` (GOMAXPROCS), `i` interventions as
 * `kind:target@afterSeq` separated by commas, `t` the playhead (the event the page shows, paused),
 * `present=1` presenter mode, `embed=1` embed mode. Compare mode puts a second run beside the
 * first: its run fields under the prefix `b.` (`b.s`, `b.workers`, `b.seed`, `b.procs`, `b.i`,
 * `b.iz`; `b.s` defaults to `s`), read by the same rules as the first's, and `t` is then a step of
 * the two runs' events merged by virtual time (compare/clock.ts). A long intervention list (scheduler-mode runs
 * carry hundreds of `run-next`) travels compactly as `iz`, the base64url of its raw DEFLATE, and such
 * a link says `v=2`. Decoding never fails: a bad value is reported and replaced by the nearest valid
 * one (its default, or the bound it exceeded). The server reads links by the same rules
 * (dev.chanscope.link.LinkCodec); link-vectors.json holds cases both must agree on.
 */
import { deflateSync } from 'fflate';
import { InflateError, inflateRaw } from './inflate';
import { INTERVENTION_KINDS, type InterventionKind } from '../model/vocabulary.gen';
import { type ParamSpec, type ParamValue, type ScenarioSummary, formatDuration, paramText } from './params';
import type { Program } from './program';
import { encodeProgramLink } from './programLink';

/** Links with `iz` say v=2; all others v=1, so they read the same in pages that predate `iz`. */
export const LINK_VERSION = 2;
export const DEFAULT_SEED = 1;
export const DEFAULT_PROCS = 4;
export const MAX_PROCS = 64;
export const MAX_INTERVENTIONS = 256;
export const MAX_TARGET = 200;
/** `iz` bounds: its length, what it may inflate to, and how many times its compressed size. */
export const MAX_COMPACT_CHARS = 8192;
export const MAX_COMPACT_OUTPUT = 16 * 1024;
export const MAX_COMPACT_RATIO = 100;

export interface Intervention {
  readonly kind: InterventionKind;
  readonly target: string;
  readonly afterSeq: number;
}

/** What makes a run, as a link says it: one side of a compare link, or the whole of any other. */
export interface RunLink {
  readonly scenario: string;
  /** Only the params the link sets; the rest take the scenario's defaults. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly procs: number;
  readonly interventions: readonly Intervention[];
  /**
   * A program the user wrote: the run is of it, not of `scenario` (whose params are then empty).
   * Links carry it for the first run only (programLink.ts); compare links are of scenarios.
   */
  readonly program?: Program;
}

export interface LinkState {
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
  /** Compare mode: the run shown beside this one (its `b.` parameters); absent otherwise. */
  readonly compare?: RunLink;
  /** A program the user wrote: the run is of it, not of `scenario` (whose params are then empty). */
  readonly program?: Program;
}

export interface LinkProblem {
  /** The query parameter at fault (`seed`, `workers`, `i`, …). */
  readonly param: string;
  readonly message: string;
}

// `bench` switches on the benchmark and layout-check hook (page/bench.ts); it is not a parameter.
const PAGE_NAMES = new Set(['v', 't', 'present', 'embed', 'bench']);
const RUN_NAMES = new Set(['s', 'seed', 'procs', 'i', 'iz', 'scenario']);
/** The prefix of the compared run's parameters. */
export const COMPARE_PREFIX = 'b.';
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const INTEGER = /^-?[0-9]+$/;

/** `compareSpecs`: the compared run's scenario's parameters (only read when the state has `compare`). */
export function encodeLink(state: LinkState, specs: readonly ParamSpec[], compareSpecs: readonly ParamSpec[] = []): string {
  // A program's link has a form of its own (programLink.ts); compare mode is for scenarios.
  if (state.program !== undefined) return encodeProgramLink(state, state.program);
  const q = new URLSearchParams();
  q.set('v', '1');
  encodeRun(q, '', state, specs);
  if (state.compare !== undefined) encodeRun(q, COMPARE_PREFIX, state.compare, compareSpecs);
  if (state.t !== null) q.set('t', String(state.t));
  if (state.present) q.set('present', '1');
  if (state.embed) q.set('embed', '1');
  return `?${q.toString()}`;
}

function encodeRun(q: URLSearchParams, prefix: string, run: RunLink, specs: readonly ParamSpec[]): void {
  q.set(`${prefix}s`, run.scenario);
  for (const spec of specs) {
    const value = run.params[spec.name];
    if (value !== undefined && value !== spec.default) q.set(prefix + spec.name, paramText(spec, value));
  }
  if (run.seed !== DEFAULT_SEED) q.set(`${prefix}seed`, String(run.seed));
  if (run.procs !== DEFAULT_PROCS) q.set(`${prefix}procs`, String(run.procs));
  if (writeInterventions(run.interventions, q, prefix)) q.set('v', String(LINK_VERSION));
}

/**
 * Writes interventions as `i`, or as `iz` when that is shorter (and readable); answers whether it
 * wrote `iz`. Highly repetitive lists expand past the reading bound: those travel as `i`.
 */
export function writeInterventions(list: readonly Intervention[], q: URLSearchParams, prefix = ''): boolean {
  if (list.length === 0) return false;
  const plain = list.map((i) => `${i.kind}:${i.target}@${i.afterSeq}`).join(',');
  const compact = encodeCompact(plain);
  const readable = 'text' in decodeCompact(compact);
  if (readable && `iz=${compact}`.length < new URLSearchParams({ i: plain }).toString().length) {
    q.set(`${prefix}iz`, compact);
    return true;
  }
  q.set(`${prefix}i`, plain);
  return false;
}

/** Reads a link against the catalog. Always returns a usable state, plus what had to be fixed. */
export function decodeLink(
  search: string,
  catalog: readonly ScenarioSummary[],
  fallbackScenario: string,
): { state: LinkState; problems: LinkProblem[] } {
  const q = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const v = q.get('v');
  if (v !== null && v !== '1' && v !== '2') {
    problems.push({ param: 'v', message: `link version ${v} is not known; reading it as version ${LINK_VERSION}` });
  }
  const mine = new URLSearchParams();
  const theirs = new URLSearchParams();
  for (const [name, value] of q) {
    if (name.startsWith(COMPARE_PREFIX)) theirs.append(name.slice(COMPARE_PREFIX.length), value);
    else if (!PAGE_NAMES.has(name)) mine.append(name, value);
  }
  let t: number | null = null;
  // The playhead's problem comes before the interventions', as it did before compare links.
  const run = decodeRun(mine, '', catalog, fallbackScenario, problems, () => {
    t = q.has('t') ? integer(q, 't', 0, 0, MAX_SAFE, problems) : null;
  });
  const compare = [...theirs.keys()].length > 0 ? decodeRun(theirs, COMPARE_PREFIX, catalog, run.scenario, problems) : undefined;
  const state: LinkState = { ...run, t, present: q.get('present') === '1', embed: q.get('embed') === '1' };
  return { state: compare === undefined ? state : { ...state, compare }, problems };
}

/**
 * One run's fields (names without `prefix`); each problem names its parameter with the prefix. A
 * run's parameters belong to its own scenario: when that is unknown, none of them is read.
 */
function decodeRun(
  q: URLSearchParams,
  prefix: string,
  catalog: readonly ScenarioSummary[],
  fallbackScenario: string,
  allProblems: LinkProblem[],
  beforeInterventions: () => void = () => {},
): RunLink {
  const problems: LinkProblem[] = [];
  const wanted = q.get('s') ?? q.get('scenario');
  let scenario = catalog.find((s) => s.id === wanted);
  if (wanted !== null && scenario === undefined) {
    problems.push({ param: 's', message: `there is no scenario "${wanted}"; showing ${fallbackScenario} instead` });
  }
  // A link's parameters belong to its own scenario: when that is unknown, none of them is read
  // (the scenario shown instead may have parameters of the same names that mean something else).
  const unknownScenario = wanted !== null && scenario === undefined;
  scenario ??= catalog.find((s) => s.id === fallbackScenario) ?? catalog[0];
  const specs = unknownScenario ? [] : (scenario?.params ?? []);

  const params: Record<string, ParamValue> = {};
  for (const spec of specs) {
    const text = q.get(spec.name);
    if (text === null) continue;
    const read = readLinkParam(spec, text);
    if ('value' in read) params[spec.name] = read.value;
    else {
      problems.push({ param: spec.name, message: `${read.problem}; using ${paramText(spec, read.nearest)}` });
      if (read.nearest !== spec.default) params[spec.name] = read.nearest;
    }
  }
  for (const name of q.keys()) {
    if (RUN_NAMES.has(name) || specs.some((s) => s.name === name)) continue;
    problems.push({
      param: name,
      message: unknownScenario
        ? `the link's scenario "${wanted}" is unknown, so its parameter "${name}" is ignored`
        : `${scenario?.id ?? fallbackScenario} has no parameter "${name}"; ignored`,
    });
  }

  const seed = integer(q, 'seed', DEFAULT_SEED, -MAX_SAFE, MAX_SAFE, problems);
  const procs = integer(q, 'procs', DEFAULT_PROCS, 1, MAX_PROCS, problems);
  for (const p of problems.splice(0)) allProblems.push({ param: prefix + p.param, message: p.message });
  beforeInterventions();
  const interventions = decodeInterventions(q.get('i'), q.get('iz'), problems);
  for (const p of problems) allProblems.push({ param: prefix + p.param, message: p.message });
  return { scenario: scenario?.id ?? fallbackScenario, params, seed, procs, interventions };
}

/**
 * One parameter from a link. Numbers are plain ASCII (`-12`, `250ms`, `1.5s`), read exactly; one out
 * of range is replaced by the bound it exceeded, anything unreadable by the default.
 */
function readLinkParam(spec: ParamSpec, text: string): { value: ParamValue } | { problem: string; nearest: ParamValue } {
  switch (spec.type) {
    case 'bool':
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { problem: `${spec.name} must be true or false, got "${text}"`, nearest: spec.default };
    case 'enum':
      if (spec.options?.includes(text)) return { value: text };
      return { problem: `${spec.name} must be one of ${(spec.options ?? []).join(', ')}, got "${text}"`, nearest: spec.default };
    case 'int':
    case 'duration': {
      const duration = spec.type === 'duration';
      const n = duration ? exactNanos(text) : INTEGER.test(text) ? BigInt(text) : null;
      if (n === null) {
        return { problem: `${spec.name} must be ${duration ? 'a duration like 250ms' : 'a whole number'}, got "${text}"`, nearest: spec.default };
      }
      const min = spec.min ?? -MAX_SAFE;
      const max = spec.max ?? MAX_SAFE;
      if (n < BigInt(min) || n > BigInt(max)) {
        const show = (x: number) => (duration ? formatDuration(x) : String(x));
        return { problem: `${spec.name} must be between ${show(min)} and ${show(max)}, got ${text}`, nearest: n < BigInt(min) ? min : max };
      }
      return { value: Number(n) };
    }
  }
}

/** `250ms`, `1.5s`, `7` (ns) as exact nanoseconds, halves rounded up; null if it is not a duration. */
function exactNanos(text: string): bigint | null {
  const m = /^([0-9]+)(?:\.([0-9]+))?(ns|us|µs|ms|s)?$/.exec(text);
  if (m === null) return null;
  const scale = { ns: 1n, us: 1000n, 'µs': 1000n, ms: 1_000_000n, s: 1_000_000_000n }[m[3] ?? 'ns'] ?? 1n;
  const fraction = m[2] ?? '';
  const denominator = 10n ** BigInt(fraction.length);
  const scaled = BigInt((m[1] ?? '0') + fraction) * scale;
  return (scaled * 2n + denominator) / (denominator * 2n);
}

export function integer(q: URLSearchParams, name: string, fallback: number, min: number, max: number, problems: LinkProblem[]): number {
  const text = q.get(name);
  if (text === null) return fallback;
  if (!INTEGER.test(text)) {
    problems.push({ param: name, message: `${name} must be a whole number, got "${text}"; using ${fallback}` });
    return fallback;
  }
  const n = BigInt(text);
  if (n < BigInt(min) || n > BigInt(max)) {
    const nearest = n < BigInt(min) ? min : max;
    problems.push({ param: name, message: `${name} must be between ${min} and ${max}, got ${text}; using ${nearest}` });
    return nearest;
  }
  return Number(n);
}

const STEP = /^([a-z-]+):(.+)@([0-9]+)$/s;

export function decodeInterventions(plain: string | null, compact: string | null, problems: LinkProblem[]): Intervention[] {
  let param = 'i';
  let text = plain;
  if (compact !== null) {
    if (plain !== null) problems.push({ param: 'iz', message: 'the link has both i and iz; using i' });
    else {
      param = 'iz';
      const read = decodeCompact(compact);
      if ('problem' in read) {
        problems.push({ param: 'iz', message: `${read.problem}; no interventions used` });
        return [];
      }
      text = read.text;
    }
  }
  if (text === null || text === '') return [];
  const out: Intervention[] = [];
  for (const part of text.split(',')) {
    const m = STEP.exec(part);
    const kind = INTERVENTION_KINDS.find((k) => k === m?.[1]);
    const target = m?.[2] ?? '';
    if (m === null || kind === undefined) {
      problems.push({ param, message: `"${clip(part)}" is not an intervention like cancel-context:shutdown@120; ignored` });
      continue;
    }
    if (target.length > MAX_TARGET || !/[A-Za-z0-9]/.test(target) || hasControlCharacter(target)) {
      problems.push({
        param,
        message: `"${clip(part)}": a target has 1 to ${MAX_TARGET} characters, a letter or digit among them, and no control characters; ignored`,
      });
      continue;
    }
    const seq = BigInt(m[3] ?? '0');
    if (seq > BigInt(MAX_SAFE)) {
      problems.push({ param, message: `"${clip(part)}": afterSeq must be at most ${MAX_SAFE}; ignored` });
      continue;
    }
    if (out.length === MAX_INTERVENTIONS) {
      problems.push({ param, message: `a link holds at most ${MAX_INTERVENTIONS} interventions; the rest are ignored` });
      break;
    }
    out.push({ kind, target, afterSeq: Number(seq) });
  }
  return out;
}

function hasControlCharacter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

// ---- the compact form: base64url(raw DEFLATE(UTF-8 text)) -------------------------------------------

export function encodeCompact(text: string): string {
  const deflated = deflateSync(new TextEncoder().encode(text), { level: 9 });
  let binary = '';
  for (const b of deflated) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** How much a compact text in the link parameter `param` may hold (as dev.chanscope.link.CompactText.Bounds). */
export interface CompactBounds {
  readonly param: string;
  readonly maxChars: number;
  readonly maxOutput: number;
  readonly maxRatio: number;
}

const IZ: CompactBounds = { param: 'iz', maxChars: MAX_COMPACT_CHARS, maxOutput: MAX_COMPACT_OUTPUT, maxRatio: MAX_COMPACT_RATIO };

/** Reads `iz` within its bounds; the messages are the server's, word for word. */
export function decodeCompact(compact: string): { text: string } | { problem: string } {
  return decodeCompactText(compact, IZ);
}

/** Reads a compact text within `bounds`; the messages name its parameter, as the server's do. */
export function decodeCompactText(compact: string, bounds: CompactBounds): { text: string } | { problem: string } {
  const { param, maxChars, maxOutput, maxRatio } = bounds;
  if (compact.length > maxChars) {
    return { problem: `${param} is longer than ${maxChars} characters (${compact.length})` };
  }
  if (!/^[A-Za-z0-9_-]*$/.test(compact) || compact.length % 4 === 1) {
    return { problem: `${param} is not unpadded base64url text (A-Z a-z 0-9 - _)` };
  }
  const binary = atob(compact.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (compact.length % 4)) % 4));
  const deflated = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const cap = Math.min(maxOutput, maxRatio * deflated.length);
  let inflated: { output: Uint8Array; consumed: number };
  try {
    inflated = inflateRaw(deflated, cap);
  } catch (e) {
    if (!(e instanceof InflateError)) throw e;
    switch (e.kind) {
      case 'truncated':
        return { problem: `${param} ends before its DEFLATE stream does` };
      case 'invalid':
        return { problem: `${param} is not a valid DEFLATE stream` };
      case 'too-large':
        return {
          problem:
            cap === maxOutput
              ? `${param} inflates to more than ${maxOutput} bytes`
              : `${param} inflates to more than ${maxRatio} times its ${deflated.length} compressed bytes`,
        };
    }
  }
  const trailing = deflated.length - inflated.consumed;
  if (trailing > 0) return { problem: `${param} has ${trailing} bytes after the end of its DEFLATE stream` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.output) };
  } catch {
    return { problem: `${param} does not hold UTF-8 text` };
  }
}

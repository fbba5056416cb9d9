/**
 * Share links that carry a program (docs/protocol.md, "Share links": program links):
 *
 *   /?v=3&code=<raw DEFLATE, base64url>&goVersion=1.22&seed=42&procs=2&t=1200
 *   /?v=3&p=<snippet id>&goVersion=1.21&seed=42        (or /p/<snippet id>?seed=42)
 *
 * A link is one of these when it has `code` or `p`; `seed`, `procs`, `i`/`iz`, `t` and the page modes
 * read as in every link (link.ts). Reading never fails: a program that cannot be read gives way to the
 * fallback scenario, every other bad value to its nearest valid one, each with a problem naming its
 * parameter, in the server's order and words (dev.chanscope.link.ProgramLinkCodec);
 * code-link-vectors.json holds the cases both are held to.
 *
 * Inline or snippet: a program goes inline when its compact form has at most INLINE_MAX_CHARS
 * characters (a whole link near 2,000 characters survives chat, mail and a QR code); a longer one is
 * saved as a snippet and the link says `p`. Readers accept `code` up to MAX_CODE_CHARS.
 */
import {
  type CompactBounds,
  DEFAULT_PROCS,
  DEFAULT_SEED,
  type Intervention,
  type LinkProblem,
  type LinkState,
  MAX_PROCS,
  decodeCompactText,
  decodeInterventions,
  encodeCompact,
  integer,
  writeInterventions,
} from './link';
import { DEFAULT_GO_VERSION, type Program } from './program';

export const PROGRAM_LINK_VERSION = 3;
export const INLINE_MAX_CHARS = 2048;
export const MAX_CODE_CHARS = 8192;
/** A program is at most 64 KiB of UTF-8, in a link as in a snippet. */
export const MAX_PROGRAM_BYTES = 64 * 1024;
export const SNIPPET_ID_LENGTHS: readonly number[] = [12, 16, 24, 32];
/** The id of the snippet "package main\n" (SHA-256 under the snippets' domain), the example messages give. */
export const EXAMPLE_SNIPPET_ID = 'tHDNOhkjpAGx';

export const CODE: CompactBounds = { param: 'code', maxChars: MAX_CODE_CHARS, maxOutput: MAX_PROGRAM_BYTES, maxRatio: 100 };

const NAMES = new Set(['v', 's', 'scenario', 'code', 'p', 'goVersion', 'seed', 'procs', 'i', 'iz', 't', 'present', 'embed', 'bench']);
const GO_VERSION = /^1\.(0|[1-9][0-9]?)$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** What a program link holds, as the server's ProgramLink reports it (`source` null: a snippet not yet looked up). */
export interface ProgramLinkState {
  readonly source: string | null;
  readonly snippet: string | null;
  readonly goVersion: string;
  readonly seed: number;
  readonly procs: number;
  readonly interventions: readonly Intervention[];
  readonly t: number | null;
  readonly present: boolean;
  readonly embed: boolean;
}

/** A program link read: the program's state (and the `code` it came as), or the fallback scenario's. */
export type ProgramLinkRead =
  | { readonly program: ProgramLinkState; readonly code: string | null; readonly problems: LinkProblem[] }
  | { readonly fallback: LinkState; readonly problems: LinkProblem[] };

/** Whether a link's query carries a program, so this codec reads it. */
export function carriesProgram(search: string): boolean {
  const q = new URLSearchParams(search);
  return q.has('code') || q.has('p');
}

export function decodeProgramLink(search: string, fallbackScenario: string): ProgramLinkRead {
  const q = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const instead = `; showing ${fallbackScenario} instead`;
  const v = q.get('v');
  if (v !== null && v !== '1' && v !== '2' && v !== '3') {
    problems.push({ param: 'v', message: `link version ${v} is not known; reading it as version ${PROGRAM_LINK_VERSION}` });
  }
  const code = q.get('code');
  let id = q.get('p');
  let source: string | null = null;
  let readable = false;
  if (code !== null) {
    if (id !== null) {
      problems.push({ param: 'p', message: 'the link has both code and p; using code' });
      id = null;
    }
    const read = decodeCompactText(code, CODE);
    if ('problem' in read) problems.push({ param: 'code', message: read.problem + instead });
    else {
      const wrong = programProblem(read.text);
      if (wrong !== null) problems.push({ param: 'code', message: `code holds a program that ${wrong}${instead}` });
      else {
        source = read.text;
        readable = true;
      }
    }
  } else if (id !== null) {
    readable = snippetIdWellFormed(id);
    if (!readable) problems.push({ param: 'p', message: `"${clip(id)}" is not a snippet id: ${snippetIdShape()}${instead}` });
  }
  for (const name of ['s', 'scenario']) {
    const scenario = q.get(name);
    if (scenario !== null) {
      problems.push({ param: name, message: `the link carries a program, so its scenario "${clip(scenario)}" is not used` });
      break;
    }
  }
  const goVersion = readGoVersion(q.get('goVersion'), problems);
  for (const name of q.keys()) {
    if (!NAMES.has(name)) problems.push({ param: name, message: `a program link has no parameter "${clip(name)}"; ignored` });
  }
  const seed = integer(q, 'seed', DEFAULT_SEED, -MAX_SAFE, MAX_SAFE, problems);
  const procs = integer(q, 'procs', DEFAULT_PROCS, 1, MAX_PROCS, problems);
  const t = q.has('t') ? integer(q, 't', 0, 0, MAX_SAFE, problems) : null;
  const interventions = decodeInterventions(q.get('i'), q.get('iz'), problems);
  const present = q.get('present') === '1';
  const embed = q.get('embed') === '1';
  if (!readable) {
    return { fallback: { scenario: fallbackScenario, params: {}, seed, procs, interventions, t, present, embed }, problems };
  }
  const program = { source, snippet: code !== null ? null : id, goVersion, seed, procs, interventions, t, present, embed };
  return { program, code, problems };
}

/**
 * Looks up a read link's snippet: its text, or — for an id with no snippet — the fallback scenario
 * and a problem for `p`. Anything else is returned as it is. A store that cannot answer rejects.
 */
export async function lookUpSnippet(
  read: ProgramLinkRead,
  fetchSnippet: (id: string) => Promise<string | null>,
  fallbackScenario: string,
): Promise<ProgramLinkRead> {
  if (!('program' in read) || read.program.source !== null || read.program.snippet === null) return read;
  const l = read.program;
  const id = l.snippet ?? '';
  const text = await fetchSnippet(id);
  if (text !== null) return { program: { ...l, source: text }, code: null, problems: read.problems };
  const problems = [...read.problems, { param: 'p', message: `there is no snippet ${id}; showing ${fallbackScenario} instead` }];
  const { seed, procs, interventions, t, present, embed } = l;
  return { fallback: { scenario: fallbackScenario, params: {}, seed, procs, interventions, t, present, embed }, problems };
}

/** The page's state for a program link whose program is known. */
export function programLinkState(l: ProgramLinkState, fallbackScenario: string): LinkState {
  const { seed, procs, interventions, t, present, embed } = l;
  const program: Program = { source: l.source ?? '', goVersion: l.goVersion, snippet: l.snippet };
  return { scenario: fallbackScenario, params: {}, seed, procs, interventions, t, present, embed, program };
}

/**
 * The link for a state with a program: `v=3`, the program as `code` (the one it was read from, when
 * given), else as `p` when it is saved as a snippet, else as `code`, `goVersion` always (what a link runs never
 * depends on a server's default), then the settings with defaults left out. A long program not yet
 * saved travels as `code` all the same; readers refuse it beyond MAX_CODE_CHARS, with a message.
 */
export function encodeProgramLink(state: Omit<LinkState, 'scenario' | 'params'>, program: Program, code?: string | null): string {
  const q = new URLSearchParams();
  q.set('v', String(PROGRAM_LINK_VERSION));
  if (code === undefined || code === null) {
    if (program.snippet !== null) q.set('p', program.snippet);
    else q.set('code', inlineCode(program.source) ?? encodeCompact(program.source));
  } else q.set('code', code);
  q.set('goVersion', program.goVersion);
  if (state.seed !== DEFAULT_SEED) q.set('seed', String(state.seed));
  if (state.procs !== DEFAULT_PROCS) q.set('procs', String(state.procs));
  writeInterventions(state.interventions, q);
  if (state.t !== null) q.set('t', String(state.t));
  if (state.present) q.set('present', '1');
  if (state.embed) q.set('embed', '1');
  return `?${q.toString()}`;
}

/** The compact form `source` travels in when it goes inline (short, and readable within CODE), or null. */
export function inlineCode(source: string): string | null {
  const compact = encodeCompact(source);
  if (compact.length > INLINE_MAX_CHARS) return null;
  const read = decodeCompactText(compact, CODE);
  return 'text' in read && read.text === source ? compact : null;
}

export function snippetIdWellFormed(id: string): boolean {
  return SNIPPET_ID_LENGTHS.includes(id.length) && /^[A-Za-z0-9_-]+$/.test(id);
}

function snippetIdShape(): string {
  return `a snippet id is 12 characters of A-Z, a-z, 0-9, - and _ (rarely 16, 24 or 32), like ${EXAMPLE_SNIPPET_ID}`;
}

/**
 * What is wrong with a text as a program (worded to follow "a program that"), or null: it must not be
 * empty, and must hold no NUL (positions as Go counts them: line, and column in UTF-8 bytes).
 * Unpaired surrogates cannot come out of UTF-8, so a decoded text never has one.
 */
export function programProblem(text: string): string | null {
  if (text === '') return 'is empty';
  let line = 1;
  let column = 1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0) return `has a NUL character at line ${line}, column ${column} (Go source cannot hold one)`;
    if (cp === 0x0a) {
      line++;
      column = 1;
    } else column += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return null;
}

function readGoVersion(text: string | null, problems: LinkProblem[]): string {
  if (text === null) return DEFAULT_GO_VERSION;
  if (!GO_VERSION.test(text)) {
    problems.push({
      param: 'goVersion',
      message: `goVersion must be a Go language version like ${DEFAULT_GO_VERSION}, got "${clip(text)}"; using ${DEFAULT_GO_VERSION}`,
    });
    return DEFAULT_GO_VERSION;
  }
  return text;
}

/** As the server clips a value in a message (60 UTF-16 units, then an ellipsis). */
function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

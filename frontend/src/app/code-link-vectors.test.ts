/**
 * The DEFLATE layer of program links (docs/protocol.md, "Share links": `code`) in the browser's own
 * reader, inflate.ts, against code-link-vectors.json — the cases the server's reader is held to
 * (CodeLinkVectorsTest). For every `code` in the vectors, reading it with `code`'s bounds here gives
 * the program the vectors' state holds, or exactly the problem they report for `code`. The rest of a
 * program link (goVersion, p, the settings, snippet look-ups) is checked below with the page's reader,
 * programLink.ts: the same state, the same problems in the same order and words, the same link written.
 */
import { describe, expect, it } from 'vitest';
import vectors from './code-link-vectors.json';
import { InflateError, inflateRaw } from './inflate';
import { type LinkState, decodeCompact, encodeLink } from './link';
import { Sha256 } from '../lib/sha256';
import { DEFAULT_GO_VERSION } from './program';
import {
  CODE,
  EXAMPLE_SNIPPET_ID,
  INLINE_MAX_CHARS,
  SNIPPET_ID_LENGTHS,
  type ProgramLinkRead,
  decodeProgramLink,
  encodeProgramLink,
  inlineCode,
  lookUpSnippet,
  programLinkState,
} from './programLink';

const { codeMaxChars, codeMaxOutput, codeMaxRatio } = vectors.bounds;

/** `code` read within its bounds: the text, or the problem as the server words it. */
function readCode(code: string): { text: string } | { problem: string } {
  if (code.length > codeMaxChars) return { problem: `code is longer than ${codeMaxChars} characters (${code.length})` };
  if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) {
    return { problem: 'code is not unpadded base64url text (A-Z a-z 0-9 - _)' };
  }
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4));
  const deflated = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const cap = Math.min(codeMaxOutput, codeMaxRatio * deflated.length);
  let inflated: { output: Uint8Array; consumed: number };
  try {
    inflated = inflateRaw(deflated, cap);
  } catch (e) {
    if (!(e instanceof InflateError)) throw e;
    if (e.kind === 'truncated') return { problem: 'code ends before its DEFLATE stream does' };
    if (e.kind === 'invalid') return { problem: 'code is not a valid DEFLATE stream' };
    return {
      problem:
        cap === codeMaxOutput
          ? `code inflates to more than ${codeMaxOutput} bytes`
          : `code inflates to more than ${codeMaxRatio} times its ${deflated.length} compressed bytes`,
    };
  }
  const trailing = deflated.length - inflated.consumed;
  if (trailing > 0) return { problem: `code has ${trailing} bytes after the end of its DEFLATE stream` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.output) };
  } catch {
    return { problem: 'code does not hold UTF-8 text' };
  }
}

describe('program links: code', () => {
  const withCode = vectors.cases.filter((c) => new URLSearchParams(c.query).get('code') !== null);

  it('the vectors hold every way code can be read or refused', () => {
    expect(withCode.length).toBeGreaterThan(20);
  });

  it.each(withCode.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const code = new URLSearchParams(c.query).get('code') ?? '';
    const read = readCode(code);
    const problem = c.problems.find((p) => p.param === 'code');
    if ('text' in read) {
      if (problem === undefined) expect(read.text).toBe((c.state as { source: string }).source);
      // a readable code whose program is not text (empty, NUL) is refused above the DEFLATE layer
      else expect(problem.message).toMatch(/^code holds a program that /);
    } else {
      expect(problem?.message).toBe(`${read.problem}; showing ${vectors.fallback} instead`);
    }
  });
});

/** What a read link is, in the vectors' words: the program link's state, or the fallback scenario's. */
function stateOf(read: ProgramLinkRead): unknown {
  return 'program' in read ? read.program : read.fallback;
}

/**
 * A link with `iz` read out: two DEFLATE encoders (the JDK's, fflate) may compress the same text to
 * different bytes, and either reads back the same.
 */
function readable(link: string): string {
  const q = new URLSearchParams(link);
  const iz = q.get('iz');
  if (iz !== null) q.set('iz', JSON.stringify(decodeCompact(iz)));
  return q.toString();
}

function linkOf(read: ProgramLinkRead): string {
  if ('fallback' in read) return encodeLink(read.fallback, []);
  const l = read.program;
  const program = { source: l.source ?? '', goVersion: l.goVersion, snippet: l.snippet };
  return encodeProgramLink(l, program, read.code);
}

describe('program links: the page reads them as the server does', () => {
  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const read = decodeProgramLink(c.query, vectors.fallback);
    expect(read.problems).toEqual(c.problems.map((p) => ({ param: p.param, message: p.message })));
    expect(stateOf(read)).toEqual(c.state);
    expect(readable(linkOf(read))).toBe(readable(c.link));
  });

  it.each(vectors.lookups.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const snippets = c.snippets as Record<string, string>;
    const read = await lookUpSnippet(decodeProgramLink(c.query, vectors.fallback), async (id) => snippets[id] ?? null, vectors.fallback);
    expect(read.problems).toEqual(c.problems.map((p) => ({ param: p.param, message: p.message })));
    expect(stateOf(read)).toEqual(c.state);
    expect(readable(linkOf(read))).toBe(readable(c.link));
  });

  it('the bounds the page reads with are the ones the server wrote', () => {
    const source = 'package main\n\nfunc main() {}\n';
    expect(decodeProgramLink(`?code=${inlineCode(source)}`, vectors.fallback)).toMatchObject({ program: { source } });
    expect(CODE).toEqual({ param: 'code', maxChars: codeMaxChars, maxOutput: codeMaxOutput, maxRatio: codeMaxRatio });
    expect([INLINE_MAX_CHARS, SNIPPET_ID_LENGTHS]).toEqual([vectors.bounds.inlineMaxChars, vectors.bounds.snippetIdLengths]);
    expect(vectors.bounds.defaultGoVersion).toBe(DEFAULT_GO_VERSION);
  });

  it('the example snippet id in messages is the id of "package main\\n"', () => {
    const sha = new Sha256();
    sha.update(new TextEncoder().encode('chanscope snippet v1\npackage main\n'));
    const hex = sha.hex();
    const bytes = Array.from({ length: hex.length / 2 }, (_, k) => parseInt(hex.slice(2 * k, 2 * k + 2), 16));
    const id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 12);
    expect(id).toBe(EXAMPLE_SNIPPET_ID);
  });

  it('a program link restores the page state that wrote it', () => {
    const source = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n';
    const state: LinkState = {
      scenario: vectors.fallback,
      params: {},
      seed: 42,
      procs: 2,
      interventions: [{ kind: 'run-next', target: '#3', afterSeq: 17 }],
      t: 120,
      present: true,
      embed: false,
      program: { source, goVersion: '1.21', snippet: null },
    };
    const read = decodeProgramLink(encodeLink(state, []), vectors.fallback);
    expect(read.problems).toEqual([]);
    if (!('program' in read)) throw new Error('not a program link');
    expect(programLinkState(read.program, vectors.fallback)).toEqual(state);
  });

  it('a program too long to go inline travels by its snippet', () => {
    let x = 7;
    const noise = Array.from({ length: 4000 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), (x % 36).toString(36))).join('');
    const source = `package main\n\n// ${noise}\nfunc main() {}\n`;
    expect(inlineCode(source)).toBeNull();
    const link = encodeProgramLink({ seed: 1, procs: 4, interventions: [], t: null, present: false, embed: false }, { source, goVersion: '1.22', snippet: 'TTXZjURA3FQg' });
    expect(link).toBe('?v=3&p=TTXZjURA3FQg&goVersion=1.22');
  });
});

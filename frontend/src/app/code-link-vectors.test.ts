/**
 * The DEFLATE layer of program links (docs/protocol.md, "Share links": `code`) in the browser's own
 * reader, inflate.ts, against code-link-vectors.json — the cases the server's reader is held to
 * (CodeLinkVectorsTest). For every `code` in the vectors, reading it with `code`'s bounds here gives
 * the program the vectors' state holds, or exactly the problem they report for `code`. The rest of a
 * program link (goVersion, p, the settings) is the page's link reader's to check against the same file.
 */
import { describe, expect, it } from 'vitest';
import vectors from './code-link-vectors.json';
import { InflateError, inflateRaw } from './inflate';

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

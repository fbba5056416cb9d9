/**
 * `POST /fmt` (Go playground compatible, form field `body`): the program as gofmt writes it, or the
 * reason it cannot be formatted (`prog.go:3:1: …`), which the editor shows as a compile error.
 */
import type { SourceProblem } from './types';

export type Formatted = { readonly body: string } | { readonly problems: readonly SourceProblem[]; readonly message: string };

export async function formatSource(source: string): Promise<Formatted> {
  let response: Response;
  try {
    response = await fetch('/fmt', { method: 'POST', body: new URLSearchParams({ body: source }) });
  } catch {
    return { problems: [], message: 'could not reach the server to format the program' };
  }
  const answer = (await response.json().catch(() => null)) as { Body?: unknown; Error?: unknown } | null;
  if (!response.ok || answer === null) return { problems: [], message: `the server could not format the program (HTTP ${response.status})` };
  const error = typeof answer.Error === 'string' ? answer.Error : '';
  if (error !== '') return { problems: goProblems(error), message: error };
  return { body: typeof answer.Body === 'string' ? answer.Body : source };
}

/** `prog.go:5:2: declared and not used: x` lines as problems; lines without a position are left out. */
export function goProblems(text: string): SourceProblem[] {
  const out: SourceProblem[] = [];
  for (const line of text.split('\n')) {
    const m = /^(?:[^:\n]*\.go:)?(\d+):(\d+): (.*)$/.exec(line.trim());
    if (m !== null) out.push({ line: Number(m[1]), column: Number(m[2]), message: m[3] ?? '' });
  }
  return out;
}

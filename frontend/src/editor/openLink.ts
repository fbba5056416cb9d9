/**
 * Opening a page address that carries a program: `?code=…`, `?p=<id>`, or the snippet page
 * `/p/<id>?…` (read as `?p=<id>&…`). The snippet is fetched; a link whose program cannot be had
 * gives the fallback scenario with a problem that says why. Null: the address carries no program.
 */
import type { LinkProblem, LinkState } from '../app/link';
import { carriesProgram, decodeProgramLink, lookUpSnippet, programLinkState } from '../app/programLink';
import { fetchSnippet } from './snippetApi';

export async function readProgramLink(
  where: { readonly pathname: string; readonly search: string },
  fallbackScenario: string,
): Promise<{ state: LinkState; problems: LinkProblem[] } | null> {
  const search = programSearch(where);
  if (!carriesProgram(search)) return null;
  let read = decodeProgramLink(search, fallbackScenario);
  try {
    read = await lookUpSnippet(read, fetchSnippet, fallbackScenario);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    read = 'program' in read ? { fallback: fallbackOf(read.program, fallbackScenario), problems: [...read.problems, { param: 'p', message: `${why}; showing ${fallbackScenario} instead` }] } : read;
  }
  if ('fallback' in read) return { state: read.fallback, problems: read.problems };
  return { state: programLinkState(read.program, fallbackScenario), problems: read.problems };
}

/** The query a program link stands for: `/p/<id>?rest` is `?p=<id>&rest`. */
export function programSearch(where: { readonly pathname: string; readonly search: string }): string {
  const m = /^\/p\/([^/]*)$/.exec(where.pathname);
  if (m === null) return where.search;
  const rest = where.search.replace(/^\?/, '');
  return `?p=${m[1] ?? ''}${rest === '' ? '' : `&${rest}`}`;
}

function fallbackOf(l: Omit<LinkState, 'scenario' | 'params' | 'program'>, scenario: string): LinkState {
  const { seed, procs, interventions, t, present, embed } = l;
  return { scenario, params: {}, seed, procs, interventions, t, present, embed };
}

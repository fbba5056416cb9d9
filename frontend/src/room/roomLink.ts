/**
 * Reading a room's link the way a page reads its address: a scenario's link with link.ts, a link
 * that carries a program (`code` or `p`) with programLink.ts, so a teacher's own Go reaches every
 * follower as its text, language version, run and playhead. A snippet id is fetched once per page
 * (a snippet's text never changes: its id is its content's hash) and kept; until it has come the
 * link cannot be applied, and whoever asked is told when it has.
 */
import { type LinkState, decodeLink } from '../app/link';
import type { ScenarioSummary } from '../app/params';
import { carriesProgram, decodeProgramLink, programLinkState } from '../app/programLink';

/** A snippet's text; null when the server has none; undefined while it is being fetched. */
export type SnippetText = (id: string) => string | null | undefined;

/** The page state a room link stands for, or the snippet it is still waiting for. */
export function readRoomLink(
  link: string,
  catalog: readonly ScenarioSummary[],
  fallbackScenario: string,
  snippetText: SnippetText,
): { readonly state: LinkState } | { readonly waitingFor: string } {
  if (!carriesProgram(link)) return { state: decodeLink(link, catalog, fallbackScenario).state };
  const read = decodeProgramLink(link, fallbackScenario);
  // A room refuses links with problems, so the fallback is only for a link written by hand.
  if ('fallback' in read) return { state: read.fallback };
  const l = read.program;
  if (l.source !== null || l.snippet === null) return { state: programLinkState(l, fallbackScenario) };
  const text = snippetText(l.snippet);
  if (text === undefined) return { waitingFor: l.snippet };
  if (text !== null) return { state: programLinkState({ ...l, source: text }, fallbackScenario) };
  const { seed, procs, interventions, t, present, embed } = l;
  return { state: { scenario: fallbackScenario, params: {}, seed, procs, interventions, t, present, embed } };
}

/**
 * Snippets fetched for a room's links: `text(id)` answers at once when it can, otherwise starts the
 * fetch and calls `loaded` when the text (or its absence) is known. A fetch that fails is forgotten,
 * so the room's next moment tries again.
 */
export function roomSnippets(fetchSnippet: (id: string) => Promise<string | null>, loaded: () => void): SnippetText {
  const texts = new Map<string, string | null>();
  const pending = new Set<string>();
  return (id) => {
    if (texts.has(id)) return texts.get(id);
    if (!pending.has(id)) {
      pending.add(id);
      fetchSnippet(id).then(
        (text) => {
          pending.delete(id);
          texts.set(id, text);
          loaded();
        },
        () => pending.delete(id),
      );
    }
    return undefined;
  };
}

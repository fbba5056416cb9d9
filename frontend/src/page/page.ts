import { type PageState, DEFAULT_PROCS, DEFAULT_SEED } from '../app/link';
import type { ScenarioSummary } from '../app/params';

/** What the page knows and shows: the catalog, and the run a share link describes. Shared by every role. */
export interface Page {
  catalog: readonly ScenarioSummary[];
  state: PageState;
}

export function newPage(scenario: string): Page {
  return {
    catalog: [],
    state: {
      scenario,
      params: {},
      seed: DEFAULT_SEED,
      procs: DEFAULT_PROCS,
      interventions: [],
      t: null,
      present: false,
      embed: false,
    },
  };
}

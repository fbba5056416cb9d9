import { type LinkState, DEFAULT_PROCS, DEFAULT_SEED } from '../app/link';
import type { ParamSpec, ScenarioSummary } from '../app/params';

/** What the page knows and shows: the catalog, and the run a share link describes. Shared by every role. */
export interface Page {
  catalog: readonly ScenarioSummary[];
  state: LinkState;
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

/** The catalog entry of the page's scenario; undefined while the catalog lacks it. */
export function currentScenario(page: Page): ScenarioSummary | undefined {
  return page.catalog.find((s) => s.id === page.state.scenario);
}

/** The current scenario's parameter specs; none while the catalog lacks the scenario. */
export function currentParamSpecs(page: Page): readonly ParamSpec[] {
  return currentScenario(page)?.params ?? [];
}

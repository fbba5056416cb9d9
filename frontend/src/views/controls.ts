/** Reads the run form (scenario, seed) into a run request, or says what is wrong with it. */
import type { RunRequest } from '../net/protocol';

export const DEFAULT_SCENARIO = 'unbuffered-handoff';
/** Logical processors the simulated scheduler gets, as in Go's GOMAXPROCS. */
export const DEFAULT_GOMAXPROCS = 4;

export function readRunRequest(scenario: string, seedText: string): RunRequest | { readonly problem: string } {
  const name = scenario.trim();
  if (name === '') return { problem: 'choose a scenario' };
  const seed = Number(seedText.trim());
  if (!/^-?\d+$/.test(seedText.trim()) || !Number.isSafeInteger(seed)) {
    return { problem: 'the seed must be a whole number' };
  }
  return { scenario: name, params: {}, seed, gomaxprocs: DEFAULT_GOMAXPROCS };
}

/**
 * The options of "Which goroutine gets the value?": the goroutines at the playhead that are waiting
 * to receive (or in a select), as the question is about who a send will wake. When fewer than two
 * wait, every goroutine still alive is offered instead. A question has 2–8 options of at most 80
 * characters (docs/protocol.md, "Room state").
 */
import type { World } from '../model/world';

export const MAX_OPTIONS = 8;
const MAX_OPTION_LENGTH = 80;

export interface GoroutineChoice {
  readonly options: readonly string[];
  readonly goroutines: readonly number[];
  /** Which of two runs side by side the goroutines are of (compare mode), said in the prompt. */
  readonly about?: string;
}

export function goroutineChoice(world: World | null): GoroutineChoice | { problem: string } {
  if (world === null) return { problem: 'the run has not started yet' };
  const alive = [...world.goroutines.values()].filter((g) => g.state !== 'done' && g.state !== 'panicked');
  const receiving = alive.filter((g) => g.state === 'blocked' && (g.reason === 'receive' || g.reason === 'select'));
  const offered = (receiving.length >= 2 ? receiving : alive).slice(0, MAX_OPTIONS);
  if (offered.length < 2) return { problem: 'fewer than two goroutines are alive at the playhead' };
  const options: string[] = [];
  for (const g of offered) {
    let name = g.name.slice(0, MAX_OPTION_LENGTH);
    // Two goroutines of one name (two `worker`s) are told apart by their ids.
    if (options.includes(name) || offered.some((o) => o !== g && o.name === g.name)) name = `${name.slice(0, MAX_OPTION_LENGTH - 8)} #${g.id}`;
    options.push(name);
  }
  return { options, goroutines: offered.map((g) => g.id) };
}

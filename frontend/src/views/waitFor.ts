/**
 * The wait-for graph at the playhead, over locks: a goroutine blocked on a mutex (or on either side
 * of an RWMutex) waits for the goroutines holding it. A cycle in this graph is a deadlock nothing
 * can break, whatever else runs; the stage marks its edges. Channels are left out on purpose: who
 * could still send or receive on a channel is not a fact of the state, so a cycle through one
 * would be a guess.
 */
import type { World } from '../model/world';
import { goName } from './narrate';

/** One step of a cycle: `g` waits for `lock`, which `holder` holds. */
export interface WaitStep {
  readonly g: number;
  readonly lock: number;
  readonly holder: number;
}

/** The goroutines `g` waits for through the lock it is blocked on (none when it is not). */
function holdersAwaited(world: World, g: number): Array<{ lock: number; holder: number }> {
  const waiter = world.goroutines.get(g);
  if (waiter === undefined || waiter.state !== 'blocked' || (waiter.reason !== 'lock' && waiter.reason !== 'rlock')) return [];
  const lock = world.objects.get(waiter.obj);
  if (lock === undefined) return [];
  const holders = lock.holder !== 0 ? [lock.holder] : [];
  if (waiter.reason === 'lock') holders.push(...lock.readers);
  return holders.filter((h) => h !== g).map((holder) => ({ lock: lock.id, holder }));
}

/** Every step that lies on some cycle of the wait-for graph, in goroutine order; empty when there is none. */
export function waitCycles(world: World): WaitStep[] {
  const edges = new Map<number, Array<{ lock: number; holder: number }>>();
  for (const g of world.goroutines.keys()) {
    const out = holdersAwaited(world, g);
    if (out.length > 0) edges.set(g, out);
  }
  if (edges.size < 2) return [];
  // A step g → holder lies on a cycle when g can be reached back from holder.
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set<number>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const at = stack.pop() ?? 0;
      if (at === to) return true;
      for (const { holder } of edges.get(at) ?? []) {
        if (!seen.has(holder)) {
          seen.add(holder);
          stack.push(holder);
        }
      }
    }
    return false;
  };
  const steps: WaitStep[] = [];
  for (const [g, out] of [...edges].sort((a, b) => a[0] - b[0])) {
    for (const { lock, holder } of out) if (reaches(holder, g)) steps.push({ g, lock, holder });
  }
  return steps;
}

/**
 * The cycles in words, each followed round once from its lowest goroutine: "a-to-b waits for
 * b.mu, held by b-to-a, which waits for a.mu, held by a-to-b". Empty when there is no cycle.
 */
export function cycleSentence(world: World, steps: readonly WaitStep[]): string {
  const lock = (id: number) => world.objects.get(id)?.name ?? `object ${id}`;
  const told = new Set<number>();
  const loops: string[] = [];
  for (const start of steps) {
    if (told.has(start.g)) continue;
    const parts: string[] = [];
    let step: WaitStep | undefined = start;
    while (step !== undefined && !told.has(step.g)) {
      told.add(step.g);
      parts.push(`${parts.length === 0 ? goName(world, step.g) : 'which'} waits for ${lock(step.lock)}, held by ${goName(world, step.holder)}`);
      const holder: number = step.holder;
      step = steps.find((s) => s.g === holder);
    }
    loops.push(parts.join(', '));
  }
  return loops.length === 0 ? '' : `Deadlock, a cycle of waiting: ${loops.join('; and ')}.`;
}

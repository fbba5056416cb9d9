/**
 * The processor row, and the one rule that keeps it and the goroutine tokens telling the same story:
 * a goroutine shown running occupies a processor box, and a processor box shown busy holds a goroutine
 * shown running.
 *
 * In the engine only CPU-bound `work(d)` holds one of the GOMAXPROCS processors (`proc-acquire` …
 * `proc-release`); the goroutine the scheduler executes (`running`: a channel operation, a lock, a
 * `go` statement, which take no virtual time) holds none. Go's runtime gives that goroutine a P too,
 * so the view seats it on one:
 *
 *   - a processor holding CPU-bound work shows its goroutine, ⚙ working;
 *   - the running goroutine (there is at most one) is shown on the lowest free processor, ▶ running;
 *   - when every processor holds work, the running goroutine is shown on the last one, and that
 *     processor's worker as preempted for the moment. Its work loses no virtual time (the step that
 *     preempts it takes none), as when Go's runtime preempts a goroutine for a few instructions.
 *
 * Hence at every event: the goroutines shown ▶ or ⚙ are exactly those shown on a processor, each
 * processor shows at most one, and no more than GOMAXPROCS are busy.
 */
import { type VNode, h } from '../lib/vdom';
import type { GoState, Goroutine, World } from '../model/world';
import { formatTime } from './format';
import { PROC_CH, SMALL_CH, fit } from './labels';
import { goName } from './narrate';
import { PROC_H, PROC_W, type Placement } from './placement';

/** What a processor box shows: idle, a goroutine's CPU-bound work, or the running goroutine. */
export type Seat = { readonly g: number; readonly doing: 'work' | 'run' } | null;

export interface Occupancy {
  /** One per processor, P0 first. */
  readonly seats: readonly Seat[];
  /** The processor each seated goroutine is shown on. */
  readonly on: ReadonlyMap<number, number>;
  /** The worker the running goroutine took a processor from (0: none), and that processor. */
  readonly preempted: number;
  readonly preemptedOn: number;
}

/** Who each processor box shows at this world (see the rule above). */
export function occupancy(world: World): Occupancy {
  const seats: Seat[] = world.procs.map((id) => (world.goroutines.get(id)?.state === 'working' ? { g: id, doing: 'work' } : null));
  let running: Goroutine | undefined;
  for (const g of world.goroutines.values()) if (g.state === 'running') running = g;
  let preempted = 0;
  let preemptedOn = -1;
  if (running !== undefined && seats.length > 0) {
    let free = seats.indexOf(null);
    if (free < 0) {
      free = seats.length - 1;
      preempted = seats[free]?.g ?? 0;
      preemptedOn = free;
    }
    seats[free] = { g: running.id, doing: 'run' };
  }
  const on = new Map<number, number>();
  seats.forEach((seat, i) => {
    if (seat !== null) on.set(seat.g, i);
  });
  return { seats, on, preempted, preemptedOn };
}

/**
 * The state a goroutine's token shows: its own, except that only a goroutine on a processor is
 * shown running or working; a preempted worker is shown runnable.
 */
export function shownState(g: Goroutine, seats: Occupancy): GoState {
  const p = seats.on.get(g.id);
  if (p !== undefined) return seats.seats[p]?.doing === 'work' ? 'working' : 'running';
  return g.state === 'running' || g.state === 'working' ? 'runnable' : g.state;
}

/** A token's status line for a goroutine on a processor or taken off one; null for the others. */
export function seatStatus(g: Goroutine, seats: Occupancy, world: World): string | null {
  const p = seats.on.get(g.id);
  if (p !== undefined) return seats.seats[p]?.doing === 'work' ? `working on P${p}` : `running on P${p}`;
  if (g.id === seats.preempted) return `preempted: ${goName(world, seats.seats[seats.preemptedOn]?.g ?? 0)} on P${seats.preemptedOn}`;
  return g.state === 'running' || g.state === 'working' ? 'runnable' : null;
}

/** The processor row: a box per processor with the goroutine it shows, then the scheduler's lines. */
export function processorRow(world: World, placement: Placement, seats: Occupancy): VNode {
  const row: VNode[] = [];
  seats.seats.forEach((seat, i) => {
    const at = placement.procBoxes[i];
    if (at === undefined) return;
    const g = seat === null ? undefined : world.goroutines.get(seat.g);
    const icon = seat?.doing === 'work' ? '⚙' : '▶';
    const text = g === undefined ? `P${i}: idle` : `P${i}: ${icon} ${g.name}`;
    const title =
      g === undefined
        ? `P${i} is idle`
        : seat?.doing === 'work'
          ? `P${i} runs ${g.name}'s CPU-bound work until ${formatTime(g.workUntil)}`
          : `P${i} runs ${g.name}, which the scheduler is executing (this step takes no virtual time)`;
    row.push(
      h(
        'g',
        { class: 'proc-seat', 'data-testid': 'processor', 'data-proc': i, 'data-seat': g?.id ?? 0 },
        h('rect', { x: at.x, y: at.y, width: PROC_W, height: PROC_H - 8, rx: 6, class: seat === null ? 'proc' : `proc busy ${seat.doing}` }),
        h('text', { x: at.x + 8, y: at.y + 21, class: 'proc-text' }, fit(text, PROC_W - 16, PROC_CH), h('title', {}, title)),
      ),
    );
  });
  const sched = placement.schedAt;
  const current = world.goroutines.get(world.current);
  const schedulerText = `scheduler → ${current?.name ?? '—'}`;
  row.push(h('text', { x: sched.x, y: sched.y + 14, class: 'sched-text' }, fit(schedulerText, sched.w, PROC_CH), h('title', {}, schedulerText)));
  if (world.procQueue.length > 0) {
    const waiting = `waiting for a P: ${world.procQueue.map((g) => goName(world, g)).join(', ')}`;
    row.push(h('text', { x: sched.x, y: sched.y + 30, class: 'queue-text' }, fit(waiting, sched.w, SMALL_CH), h('title', {}, waiting)));
  }
  return h('g', { class: 'procs', 'data-testid': 'processors' }, ...row);
}

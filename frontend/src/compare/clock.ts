/**
 * Compare mode's one clock: a playhead over two runs' events merged by virtual time.
 *
 * A step k shows the first k events of the merge on both sides at once. The merge orders events by
 * their virtual time; the events two runs have at the same instant are interleaved in proportion
 * (the i-th of a events at fraction (i+1)/a, ties to the left run), so both sides move through a
 * busy instant together, and two runs that spend no virtual time at all still play side by side.
 *
 * Invariant: at any step, with T the virtual time of the last event shown, every event shown on
 * either side happened at or before T and every event not shown at or after T. So both stages show
 * the same virtual time, and a run that ended earlier holds its final state.
 *
 * Each run's times never decrease with its sequence numbers (virtual time only moves forward), so
 * every mapping is a binary search: O(log² n) a seek, nothing stored, and correct while events still
 * stream in (a side counts the events it has).
 */

/** A run's events as the clock needs them: how many, and the virtual time of each (non-decreasing). */
export interface Times {
  readonly length: number;
  time(seq: number): number;
}

/** Where each side is: the number of its events applied (a RunState player's position). */
export interface SidePositions {
  readonly left: number;
  readonly right: number;
}

/** The merged length: every event of both runs is one step. */
export function steps(left: Times, right: Times): number {
  return left.length + right.length;
}

/** The positions both sides show at step `k` (clamped to 0..steps). */
export function positionsAt(k: number, left: Times, right: Times): SidePositions {
  const total = left.length + right.length;
  const step = Math.max(0, Math.min(total, Math.floor(k)));
  if (step === 0) return { left: 0, right: 0 };
  if (step === total) return { left: left.length, right: right.length };
  const instant = kthTime(step, left, right);
  const leftBefore = countBelow(left, instant);
  const rightBefore = countBelow(right, instant);
  const a = countAtMost(left, instant) - leftBefore;
  const b = countAtMost(right, instant) - rightBefore;
  const x = leftShare(step - leftBefore - rightBefore, a, b);
  return { left: leftBefore + x, right: step - leftBefore - x };
}

/**
 * The step that shows everything that happened at or before virtual time `ns` on both sides (what a
 * click on a time axis means).
 */
export function stepAtTime(ns: number, left: Times, right: Times): number {
  return countAtMost(left, ns) + countAtMost(right, ns);
}

/** The virtual time shown at step `k`: that of the last event shown (0 before any). */
export function timeAt(k: number, left: Times, right: Times): number {
  const { left: l, right: r } = positionsAt(k, left, right);
  return Math.max(l > 0 ? left.time(l - 1) : 0, r > 0 ? right.time(r - 1) : 0);
}

/**
 * How many of an instant's first `r` merged events are the left run's, when the left has `a` events
 * at that instant and the right `b`. The merge puts the left's i-th (1-based) at i/a and the right's
 * j-th at j/b, the left first on ties; the answer is the least x with (r − x)/b < (x + 1)/a.
 */
export function leftShare(r: number, a: number, b: number): number {
  if (b === 0) return Math.min(r, a);
  if (a === 0) return 0;
  const x = Math.floor((r * a - b) / (a + b)) + 1;
  return Math.max(Math.max(0, r - b), Math.min(a, r, x));
}

/** The virtual time of the k-th (1-based) event of the merge of two sorted time sequences. */
function kthTime(k: number, left: Times, right: Times): number {
  // The number i of left events among the first k: the largest i whose last one is not later than
  // the right's (k − i + 1)-th, found by bisection (the classic k-th of two sorted arrays).
  let lo = Math.max(0, k - right.length);
  let hi = Math.min(k, left.length);
  while (lo < hi) {
    const i = (lo + hi + 1) >> 1;
    const j = k - i;
    // Taking i left events is too many when the i-th is later than the right's (j+1)-th.
    if (j < right.length && left.time(i - 1) > right.time(j)) hi = i - 1;
    else lo = i;
  }
  const i = lo;
  const j = k - i;
  const fromLeft = i > 0 ? left.time(i - 1) : -Infinity;
  const fromRight = j > 0 ? right.time(j - 1) : -Infinity;
  return Math.max(fromLeft, fromRight);
}

/** Events with time < t. */
function countBelow(run: Times, t: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.time(mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events with time ≤ t. */
function countAtMost(run: Times, t: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.time(mid) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import { describe, expect, it } from 'vitest';
import { leftShare, positionsAt, stepAtTime, steps, timeAt, type Times } from './clock';

const run = (...times: number[]): Times => ({ length: times.length, time: (seq) => times[seq] ?? Number.NaN });

/** The merge spelled out: sort by (time, fraction within the instant, left first) and replay it. */
function bruteForce(left: number[], right: number[]): Array<{ left: number; right: number }> {
  const tagged: Array<{ side: 0 | 1; time: number; frac: number }> = [];
  for (const [side, times] of [[0, left], [1, right]] as const) {
    times.forEach((time, i) => {
      const first = times.indexOf(time);
      const count = times.filter((t) => t === time).length;
      tagged.push({ side, time, frac: (i - first + 1) / count });
    });
  }
  tagged.sort((p, q) => p.time - q.time || p.frac - q.frac || p.side - q.side);
  const out = [{ left: 0, right: 0 }];
  let l = 0;
  let r = 0;
  for (const e of tagged) {
    if (e.side === 0) l++;
    else r++;
    out.push({ left: l, right: r });
  }
  return out;
}

/** A run of `n` events whose times come from a fixed seed (non-decreasing, with repeats). */
function seeded(seed: number, n: number): number[] {
  let x = seed;
  let t = 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    if (x % 3 === 0) t += 1 + (x % 5);
    out.push(t);
  }
  return out;
}

describe('the compare clock', () => {
  it('matches the merge spelled out, at every step, over fixed seeds', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const left = seeded(seed, seed % 17);
      const right = seeded(seed * 7 + 3, (seed * 5) % 23);
      const expected = bruteForce(left, right);
      const a = run(...left);
      const b = run(...right);
      expect(steps(a, b)).toBe(left.length + right.length);
      for (let k = 0; k <= left.length + right.length; k++) {
        expect(positionsAt(k, a, b), `seed ${seed}, step ${k}`).toEqual(expected[k]);
      }
    }
  });

  it('shows the same virtual time on both sides: nothing later shown, nothing earlier hidden', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const left = seeded(seed, 30);
      const right = seeded(seed + 100, 45);
      const a = run(...left);
      const b = run(...right);
      for (let k = 1; k <= 75; k++) {
        const p = positionsAt(k, a, b);
        const t = timeAt(k, a, b);
        for (const [times, n] of [[left, p.left], [right, p.right]] as const) {
          expect(times.slice(0, n).every((x) => x <= t), `seed ${seed} step ${k}`).toBe(true);
          expect(times.slice(n).every((x) => x >= t), `seed ${seed} step ${k}`).toBe(true);
        }
      }
    }
  });

  it('holds a run that ended earlier at its final state', () => {
    const a = run(0, 1, 2);
    const b = run(0, 5, 10, 20);
    expect(positionsAt(6, a, b)).toEqual({ left: 3, right: 3 });
    expect(timeAt(6, a, b)).toBe(10);
    expect(positionsAt(99, a, b)).toEqual({ left: 3, right: 4 });
  });

  it('moves two runs that spend no virtual time through their instant together', () => {
    const a = run(0, 0, 0, 0);
    const b = run(0, 0);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => positionsAt(k, a, b))).toEqual([
      { left: 0, right: 0 },
      { left: 1, right: 0 },
      { left: 2, right: 0 },
      { left: 2, right: 1 },
      { left: 3, right: 1 },
      { left: 4, right: 1 },
      { left: 4, right: 2 },
    ]);
  });

  it('seeks to a virtual time by showing everything up to it on both sides', () => {
    const a = run(0, 1, 2, 2, 7);
    const b = run(1, 3, 5);
    expect(stepAtTime(2, a, b)).toBe(5);
    expect(positionsAt(stepAtTime(2, a, b), a, b)).toEqual({ left: 4, right: 1 });
    expect(positionsAt(stepAtTime(100, a, b), a, b)).toEqual({ left: 5, right: 3 });
    expect(stepAtTime(-1, a, b)).toBe(0);
  });

  it('works with one side still empty', () => {
    const a = run();
    const b = run(0, 1);
    expect(positionsAt(1, a, b)).toEqual({ left: 0, right: 1 });
    expect(positionsAt(1, b, a)).toEqual({ left: 1, right: 0 });
  });

  it('splits an instant in proportion', () => {
    expect(leftShare(3, 1000, 500)).toBe(2);
    expect(leftShare(1500, 1000, 500)).toBe(1000);
    expect(leftShare(0, 3, 3)).toBe(0);
  });
});

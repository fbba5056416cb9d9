import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { computeLayout } from './layout';
import { MIN_SCALE, fitStage } from './stageRoom';

const PHONE = { width: 366, height: 590, scale: 1 };
const LAPTOP = { width: 960, height: 630, scale: 1 };
const EMBED = { width: 780, height: 330, scale: 0.85 };

describe('fitStage', () => {
  it('shows the whole picture on a laptop and in an iframe, however small that draws it', () => {
    for (const run of LIBRARY_RUNS) {
      const layout = computeLayout(storeOf(run));
      for (const frame of [LAPTOP, EMBED]) expect(fitStage(layout, frame, run.run.gomaxprocs).scroll, runName(run)).toBe(false);
    }
  });

  it('on a phone shows a small run whole, and lays a large one out for the width, to scroll, no smaller than MIN_SCALE', () => {
    const scrolled: string[] = [];
    for (const run of LIBRARY_RUNS) {
      const layout = computeLayout(storeOf(run));
      const { placement, scroll } = fitStage(layout, PHONE, run.run.gomaxprocs);
      const whole = Math.min(PHONE.width / placement.width, PHONE.height / placement.height, PHONE.scale);
      if (!scroll) {
        expect(whole, runName(run)).toBeGreaterThanOrEqual(MIN_SCALE);
        continue;
      }
      scrolled.push(runName(run));
      // Laid out for the width: at MIN_SCALE it is at most as wide as the phone, so it scrolls down only.
      expect(placement.width * MIN_SCALE, runName(run)).toBeLessThanOrEqual(PHONE.width);
    }
    expect(scrolled).toContain('prime-sieve');
    expect(scrolled).not.toContain('unbuffered-handoff');
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, yAxis, yAxisWidth, yLabel } from './plotAxes';

describe('plot y axes', () => {
  it('writes large counts with an SI prefix, three significant digits at most', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(950)).toBe('950');
    expect(formatCount(1000)).toBe('1k');
    expect(formatCount(1500)).toBe('1.5k');
    expect(formatCount(12_345)).toBe('12.3k');
    expect(formatCount(200_000_000)).toBe('200M');
    expect(formatCount(1_000_000_000)).toBe('1G');
    expect(formatCount(3.2e12)).toBe('3.2T');
  });

  it('chooses the prefix after rounding, so nothing reads 1000k', () => {
    expect(formatCount(999_999)).toBe('1M');
    expect(formatCount(999.9)).toBe('1k');
  });

  it('keeps small fractions readable and free of float noise', () => {
    expect(formatCount(0.25)).toBe('0.25');
    expect(formatCount(0.1 + 0.2)).toBe('0.3');
    expect(formatCount(-1500)).toBe('-1.5k');
  });

  it('labels each unit in its own words', () => {
    expect(yLabel('rate', 1_100_000_000)).toBe('1.1G');
    expect(yLabel('count', 4)).toBe('4');
    expect(yLabel('time', 1_500_000)).toBe('1.5 ms');
    expect(yLabel('events', 12)).toBe('12 ev');
  });

  it('steps whole units on axes where a fraction means nothing, and any step on rates', () => {
    for (const unit of ['count', 'time', 'events'] as const) {
      const incrs = yAxis(unit).incrs;
      expect(Array.isArray(incrs)).toBe(true);
      expect((incrs as number[]).every((step) => Number.isInteger(step) && step >= 1)).toBe(true);
      expect(incrs as number[]).toContain(1);
      expect(incrs as number[]).toContain(5e15);
    }
    expect(yAxis('rate').incrs).toBeUndefined();
  });

  it('makes the axis as wide as its widest label needs', () => {
    const narrow = yAxisWidth(['0', '1', '2']);
    const wide = yAxisWidth(['0', '500M', '1.1G']);
    expect(wide).toBeGreaterThan(narrow);
    expect(narrow).toBeGreaterThanOrEqual(10 + 5 + 8); // tick, gap and one digit
    expect(yAxisWidth([])).toBeGreaterThan(0);
  });
});

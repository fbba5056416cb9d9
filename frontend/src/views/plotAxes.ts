/**
 * The y axis of the plots (views/plots.ts and compare mode's compare/overlay.ts): labels short enough
 * to read (`1.5k`, `2G` rather than `2000000000`), steps of whole units where a fraction means
 * nothing (half an item, half a nanosecond), and an axis as wide as its widest label, so no label is
 * cut off at the plot's left edge whatever the values and the plot's width.
 */
import type uPlot from 'uplot';
import { formatTime } from './format';

/** What the y axis counts: a rate (may be fractional), whole things (items, processors), nanoseconds or events. */
export type YUnit = 'rate' | 'count' | 'time' | 'events';

/** uPlot's default axis font, named so the width of a label can be measured in the same font. */
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** uPlot's default tick length and gap between tick and label, in CSS pixels. */
const TICK = 10;
const GAP = 5;
/** Room left of the widest label, so it does not touch the plot's border. */
const MARGIN = 4;

const PREFIXES: ReadonlyArray<readonly [scale: number, suffix: string]> = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** A number to three significant digits with an SI prefix: `950`, `1.5k`, `20k`, `2G`, `0.25`. */
export function formatCount(v: number): string {
  for (const [scale, suffix] of PREFIXES) {
    // The prefix is chosen after rounding, so 999_999 reads `1M`, not `1000k`.
    const scaled = Number((v / scale).toPrecision(3));
    if (Math.abs(scaled) >= 1) return `${scaled}${suffix}`;
  }
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}

/** The label of a y value in `unit`. */
export function yLabel(unit: YUnit, v: number): string {
  if (unit === 'time') return formatTime(Math.round(v));
  return unit === 'events' ? `${formatCount(v)} ev` : formatCount(v);
}

/** Steps of 1, 2 and 5 times a power of ten, from 1 up: the y steps of whole units. */
const WHOLE_STEPS: readonly number[] = Array.from({ length: 16 }, (_, power) => [1, 2, 5].map((m) => m * 10 ** power)).flat();

/** A y axis for `unit`: whole steps where fractions mean nothing, labels by yLabel, its width fitted to them. */
export function yAxis(unit: YUnit): uPlot.Axis {
  return {
    stroke: '#5d6470',
    font: FONT,
    ticks: { size: TICK },
    gap: GAP,
    ...(unit === 'rate' ? {} : { incrs: [...WHOLE_STEPS] }),
    values: (_u, splits) => splits.map((v) => yLabel(unit, v)),
    size: (_u, values) => yAxisWidth(values ?? []),
  };
}

/** The width of a y axis whose labels are `labels`: ticks, gap, the widest label and a margin. */
export function yAxisWidth(labels: readonly string[]): number {
  const widest = Math.max(0, ...labels.map(textWidth));
  return Math.ceil(TICK + GAP + widest + MARGIN);
}

let measure: CanvasRenderingContext2D | null | undefined;

/** A label's width in the axis font (CSS px); where no canvas measures text, a generous estimate. */
function textWidth(text: string): number {
  if (measure === undefined) measure = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (measure === null) return text.length * 8;
  measure.font = FONT;
  return measure.measureText(text).width;
}

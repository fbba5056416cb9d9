/**
 * Compare mode's plots: each of the page's plots (model/series.ts) with both runs drawn on one
 * virtual-time axis, A solid and B dashed in the same colour, and the one playhead over them.
 * `overlaid` (pure) puts two runs' series on a shared x; OverlayPlots draws them with uPlot.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PlotSeries } from '../model/series';
import { formatTime } from '../views/format';
import { SERIES_COLOURS } from '../views/palette';
import { yAxis, yLabel, type YUnit } from '../views/plotAxes';

const HEIGHT = 130;
/** Channels drawn in the depth plot (each twice: A and B). */
const MAX_CHANNELS = 3;

export type OverlayKind = 'throughput' | 'depth' | 'utilisation' | 'latency';

export interface OverlaySeries {
  readonly label: string;
  readonly side: 'A' | 'B';
  /** Colour index: a channel keeps its colour on both sides. */
  readonly colour: number;
  /** Steps hold their value until the next point; points are drawn where they are. */
  readonly shape: 'step' | 'points';
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface Overlay {
  readonly kind: OverlayKind;
  readonly series: readonly OverlaySeries[];
  /** One x for all series, and each series' y on it (null where it has no value). */
  readonly data: uPlot.AlignedData;
  readonly end: number;
}

/** The series of one plot for both runs (`a`, `b` from plotSeries by time), on a shared x. */
export function overlaid(kind: OverlayKind, a: PlotSeries, b: PlotSeries): Overlay {
  const series: OverlaySeries[] = [];
  const end = Math.max(a.end, b.end);
  for (const [side, s] of [['A', a], ['B', b]] as const) {
    switch (kind) {
      case 'throughput':
        series.push({ label: `${side} items/s`, side, colour: 0, shape: 'step', x: [...s.throughput.x, s.end], y: [...s.throughput.y, 0] });
        break;
      case 'utilisation':
        series.push({ label: `${side} busy of ${s.utilisation.procs}`, side, colour: 1, shape: 'step', x: s.utilisation.x, y: s.utilisation.y });
        break;
      case 'latency':
        series.push({ label: `${side} latency`, side, colour: 2, shape: 'points', x: s.latency.x, y: s.latency.y });
        break;
      case 'depth':
        break;
    }
  }
  if (kind === 'depth') {
    const names = [...new Set([...a.depth.channels, ...b.depth.channels].map((c) => c.name))].slice(0, MAX_CHANNELS);
    names.forEach((name, colour) => {
      for (const [side, s] of [['A', a], ['B', b]] as const) {
        const c = s.depth.channels.find((ch) => ch.name === name);
        if (c !== undefined) series.push({ label: `${side} ${name}`, side, colour, shape: 'step', x: s.depth.x, y: c.y });
      }
    });
  }
  return { kind, series, data: align(series), end };
}

/** Every series on the union of their x: a step holds its last value, a point only where it is. */
function align(series: readonly OverlaySeries[]): uPlot.AlignedData {
  const xs = [...new Set(series.flatMap((s) => s.x))].sort((p, q) => p - q);
  const columns = series.map((s) => {
    const out: Array<number | null> = new Array<number | null>(xs.length).fill(null);
    let k = 0;
    let held: number | null = null;
    xs.forEach((x, i) => {
      let here: number | null = null;
      while (k < s.x.length && (s.x[k] ?? 0) <= x) {
        if (s.x[k] === x) here = s.y[k] ?? null;
        held = s.y[k] ?? held;
        k++;
      }
      out[i] = s.shape === 'step' ? (k > 0 ? held : null) : here;
    });
    return out;
  });
  return [xs, ...columns];
}

const TITLES: Readonly<Record<OverlayKind, string>> = {
  throughput: 'Throughput (items received per second of virtual time)',
  depth: 'Queue depth (items buffered)',
  utilisation: 'Processors busy',
  latency: 'Latency per item (send → receive)',
};

export class OverlayPlots {
  readonly #boxes: Map<OverlayKind, HTMLElement>;
  readonly #plots = new Map<OverlayKind, { plot: uPlot; shape: string; line: HTMLElement }>();
  #playhead = 0;
  /** The shared axis' end: the later of the two runs' ends. */
  #end = 1;
  onSeek: (ns: number) => void = () => {};

  constructor(root: HTMLElement) {
    const kinds: OverlayKind[] = ['throughput', 'depth', 'utilisation', 'latency'];
    this.#boxes = new Map(
      kinds.map((kind) => {
        const box = document.createElement('div');
        box.className = 'plot';
        box.dataset['testid'] = `compare-plot-${kind}`;
        root.append(box);
        return [kind, box];
      }),
    );
  }

  setData(a: PlotSeries | null, b: PlotSeries | null): void {
    for (const [kind, box] of this.#boxes) {
      const existing = this.#plots.get(kind);
      if (a === null || b === null) {
        existing?.plot.destroy();
        this.#plots.delete(kind);
        continue;
      }
      const overlay = overlaid(kind, a, b);
      this.#end = overlay.end;
      const shape = overlay.series.map((s) => s.label).join('|');
      if (existing !== undefined && existing.shape === shape) {
        existing.plot.setData(overlay.data);
        continue;
      }
      existing?.plot.destroy();
      const plot = new uPlot(this.#options(overlay, box), overlay.data, box);
      const line = document.createElement('div');
      line.className = 'plot-playhead';
      plot.over.append(line);
      plot.over.addEventListener('click', (e) => this.onSeek(Math.max(0, plot.posToVal(e.offsetX, 'x'))));
      this.#plots.set(kind, { plot, shape, line });
      this.#place(kind);
    }
  }

  /** The playhead at virtual time `ns` on every plot. */
  setPlayhead(ns: number): void {
    if (ns === this.#playhead) return;
    this.#playhead = ns;
    for (const kind of this.#plots.keys()) this.#place(kind);
  }

  resize(): void {
    for (const [kind, { plot }] of this.#plots) plot.setSize({ width: this.#width(kind), height: HEIGHT });
  }

  #place(kind: OverlayKind): void {
    const entry = this.#plots.get(kind);
    if (entry === undefined) return;
    const x = Math.round(entry.plot.valToPos(this.#playhead, 'x'));
    const inside = Number.isFinite(x) && x >= 0 && x <= entry.plot.bbox.width / uPlot.pxRatio;
    entry.line.hidden = !inside;
    if (inside) entry.line.style.transform = `translateX(${x - 1}px)`;
  }

  #width(kind: OverlayKind): number {
    return Math.max(200, (this.#boxes.get(kind)?.clientWidth ?? 0) || 320);
  }

  #options(overlay: Overlay, box: HTMLElement): uPlot.Options {
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    const unit: YUnit = overlay.kind === 'throughput' ? 'rate' : overlay.kind === 'latency' ? 'time' : 'count';
    const yValue = (v: number): string => yLabel(unit, v);
    const series: uPlot.Series[] = [{ label: 'time', value: (_u, v) => (v === null ? '—' : formatTime(Math.round(v))) }];
    for (const s of overlay.series) {
      const colour = SERIES_COLOURS[s.colour % SERIES_COLOURS.length] ?? '#1c1f24';
      const line: uPlot.Series = { label: s.label, stroke: colour, width: s.side === 'A' ? 2 : 1.5, value: (_u, v) => (v === null ? '—' : yValue(v)) };
      if (s.side === 'B') line.dash = [6, 4];
      if (s.shape === 'points') {
        line.paths = () => null;
        line.points = s.side === 'A' ? { show: true, size: 6, fill: colour, stroke: colour } : { show: true, size: 6, fill: '#ffffff', stroke: colour };
      } else {
        line.points = { show: false };
        if (stepped !== undefined) line.paths = stepped;
        line.spanGaps = true;
      }
      series.push(line);
    }
    return {
      title: TITLES[overlay.kind],
      width: Math.max(200, box.clientWidth || 320),
      height: HEIGHT,
      series,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: () => [0, this.#end] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      axes: [
        { stroke: '#5d6470', size: 28, values: (_u, splits) => splits.map((v) => formatTime(Math.round(v))) },
        yAxis(unit),
      ],
      hooks: { draw: [() => this.#place(overlay.kind)] },
    };
  }
}

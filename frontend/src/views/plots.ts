/**
 * The plots panel (uPlot on canvas): throughput, queue depth per buffered channel, per-item latency
 * and processor utilisation, on the timeline's x axis, with the playhead over each plot. The
 * playhead is an element in uPlot's overlay moved by a transform, so moving it repaints no chart.
 * Series come from `model/series.ts`; this file only draws them. uPlot styles its elements through
 * the CSSOM (allowed by the page's `style-src 'self'`); its stylesheet is bundled with ours.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PlotSeries } from '../model/series';
import { formatTime } from './format';
import { SERIES_COLOURS, STATE_COLOUR } from './palette';
import { yAxis, yLabel, type YUnit } from './plotAxes';

const HEIGHT = 150;
const INK = '#1c1f24';

type Kind = 'throughput' | 'depth' | 'latency' | 'utilisation';

interface Chart {
  readonly kind: Kind;
  readonly box: HTMLElement;
  plot: uPlot | null;
  /** The series labels the plot was built with; a change rebuilds it. */
  shape: string;
  /** The playhead line in the plot's overlay, and where it was put (CSS px, NaN: hidden). */
  playhead: HTMLElement | null;
  playheadX: number;
}

export class PlotsView {
  readonly #root: HTMLElement;
  readonly #charts: Chart[];
  #data: PlotSeries | null = null;
  #playhead = 0;

  /** Called with an axis position when the reader clicks a plot to seek. */
  onSeek: (axis: number, byTime: boolean) => void = () => {};

  constructor(root: HTMLElement) {
    this.#root = root;
    const kinds: Kind[] = ['throughput', 'depth', 'latency', 'utilisation'];
    this.#charts = kinds.map((kind) => {
      const box = document.createElement('div');
      box.className = 'plot';
      box.dataset['testid'] = `plot-${kind}`;
      root.append(box);
      return { kind, box, plot: null, shape: '', playhead: null, playheadX: Number.NaN };
    });
  }

  setData(data: PlotSeries | null): void {
    this.#data = data;
    for (const chart of this.#charts) this.#update(chart);
  }

  setPlayhead(axis: number): void {
    if (axis === this.#playhead) return;
    this.#playhead = axis;
    for (const chart of this.#charts) this.#placePlayhead(chart);
  }

  /** Fits the plots to their boxes (after a resize). */
  resize(): void {
    for (const chart of this.#charts) {
      chart.plot?.setSize({ width: this.#width(chart), height: HEIGHT });
      this.#placePlayhead(chart, true);
    }
  }

  /** Moves the chart's playhead line; `moved` when the plot's scales or size changed under it, so it must be placed again. */
  #placePlayhead(chart: Chart, moved = false): void {
    const plot = chart.plot;
    if (plot === null) return;
    if (moved) chart.playheadX = Number.NaN;
    let line = chart.playhead;
    if (line === null || line.parentElement !== plot.over) {
      line = document.createElement('div');
      line.className = 'plot-playhead';
      plot.over.append(line);
      chart.playhead = line;
      chart.playheadX = Number.NaN;
    }
    const x = Math.round(plot.valToPos(this.#playhead, 'x'));
    const inside = Number.isFinite(x) && x >= 0 && x <= plot.bbox.width / uPlot.pxRatio;
    const at = inside ? x : Number.NaN;
    if (Object.is(at, chart.playheadX)) return;
    chart.playheadX = at;
    line.hidden = !inside;
    if (inside) line.style.transform = `translateX(${x - 1}px)`;
  }

  #width(chart: Chart): number {
    return Math.max(160, chart.box.clientWidth || Math.floor((this.#root.clientWidth || 640) / 2) - 8);
  }

  #update(chart: Chart): void {
    const data = this.#data;
    if (data === null) {
      chart.plot?.destroy();
      chart.plot = null;
      chart.shape = '';
      return;
    }
    const { labels, values } = seriesOf(chart.kind, data);
    const shape = `${data.byTime}|${labels.join('|')}`;
    if (chart.plot !== null && chart.shape === shape) {
      chart.plot.setData(values);
      this.#placePlayhead(chart, true);
      return;
    }
    chart.plot?.destroy();
    chart.plot = null;
    chart.shape = shape;
    chart.plot = new uPlot(this.#options(chart, labels), values, chart.box);
    chart.plot.over.addEventListener('click', (e) => {
      const plot = chart.plot;
      const current = this.#data;
      if (plot === null || current === null) return;
      this.onSeek(Math.max(0, plot.posToVal(e.offsetX, 'x')), current.byTime);
    });
    this.#placePlayhead(chart);
  }

  #options(chart: Chart, labels: readonly string[]): uPlot.Options {
    const kind = chart.kind;
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    // The options are rebuilt when byTime changes (it is part of the chart's shape).
    const byTime = this.#data?.byTime ?? true;
    const axisX = (v: number): string => (byTime ? formatTime(Math.round(v)) : `#${Math.round(v)}`);
    const unit: YUnit = kind === 'throughput' ? 'rate' : kind !== 'latency' ? 'count' : byTime ? 'time' : 'events';
    const yValue = (v: number): string => yLabel(unit, v);
    const series: uPlot.Series[] = [{ label: byTime ? 'time' : 'event', value: (_u, v) => (v === null ? '—' : axisX(v)) }];
    labels.forEach((label, i) => {
      const colour = kind === 'utilisation' ? STATE_COLOUR.working : SERIES_COLOURS[i % SERIES_COLOURS.length] ?? INK;
      const s: uPlot.Series = { label, stroke: colour, width: 1.5, value: (_u, v) => (v === null ? '—' : yValue(v)) };
      if (kind === 'latency') {
        s.paths = () => null;
        s.points = { show: true, size: 5, fill: colour, stroke: colour };
      } else {
        s.points = { show: false };
        if (stepped !== undefined) s.paths = stepped;
      }
      if (kind === 'utilisation') s.fill = `${colour}33`;
      series.push(s);
    });
    return {
      title: TITLES[kind](byTime),
      width: this.#width(chart),
      height: HEIGHT,
      series,
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false }, points: { show: kind !== 'latency' } },
      scales: {
        x: { time: false, range: () => [0, this.#data?.end ?? 1] },
        y: {
          range: (_u, _min, max) => {
            if (kind === 'utilisation') return [0, Math.max(1, this.#data?.utilisation.procs ?? 1)];
            return [0, max > 0 ? max * 1.1 : 1];
          },
        },
      },
      axes: [
        { stroke: '#5d6470', size: 28, values: (_u, splits) => splits.map(axisX) },
        yAxis(unit),
      ],
      // Scales settle when uPlot commits (after setData or a resize): put the playhead where they say.
      hooks: { draw: [() => this.#placePlayhead(chart, true)] },
    };
  }
}

const TITLES: Readonly<Record<Kind, (byTime: boolean) => string>> = {
  throughput: (byTime) => `Throughput (items received per ${byTime ? 'second of virtual time' : 'event'})`,
  depth: () => 'Queue depth (items buffered per channel)',
  latency: () => 'Latency per item (send → receive)',
  utilisation: () => 'Processors busy',
};

function seriesOf(kind: Kind, data: PlotSeries): { labels: string[]; values: uPlot.AlignedData } {
  switch (kind) {
    case 'throughput':
      // A closing point at the axis' end, so the last bin's step is drawn to its end.
      return {
        labels: [data.byTime ? 'items/s' : 'items/event'],
        values: [[...data.throughput.x, data.end], [...data.throughput.y, data.throughput.y.at(-1) ?? 0]],
      };
    case 'depth':
      return {
        labels: data.depth.channels.map((c) => `${c.name} (cap ${c.capacity})`),
        values: [data.depth.x, ...data.depth.channels.map((c) => c.y)],
      };
    case 'latency':
      return { labels: ['latency'], values: [data.latency.x, data.latency.y] };
    case 'utilisation':
      return { labels: [`busy of ${data.utilisation.procs}`], values: [data.utilisation.x, data.utilisation.y] };
  }
}

/**
 * The timeline: a canvas with one swimlane per goroutine coloured by its state, a lane per channel
 * showing how full its buffer is, and the playhead. Click to seek, wheel to zoom, drag to pan.
 *
 * Coordinate spaces: "axis units" are virtual nanoseconds (or event numbers, when a run spends no
 * virtual time or the reader switches to them); `axisToX`/`xToAxis` map them to CSS pixels.
 */
import type { EventStore } from '../model/events';
import { Fields, type FoldPlan, emptyWorld, foldEvent } from '../model/world';
import { formatTime } from './format';
import { STATE_COLOUR, visualState } from './palette';

const LABEL_W = 112;
const LANE_H = 15;
const AXIS_H = 18;
const MAX_LANES = 48;

interface Lane {
  readonly name: string;
  readonly kind: 'goroutine' | 'channel';
  /** Changes: at axis position `at`, the lane becomes `colour` (or fills `level` of its height). */
  readonly changes: Array<{ at: number; colour: string; level: number }>;
}

export interface TimelineData {
  readonly lanes: readonly Lane[];
  readonly end: number;
  readonly byTime: boolean;
}

/** Folds the run once, noting every change of a goroutine's state and a channel's fill. */
export function timelineData(store: EventStore, plan: FoldPlan, gomaxprocs: number, preferTime: boolean): TimelineData {
  const world = emptyWorld(gomaxprocs);
  const byTime = preferTime && store.lastTime > 0;
  const lanes = new Map<string, Lane>();
  const order: string[] = [];
  const last = new Map<string, string>();
  const f = new Fields();
  for (let seq = 0; seq < store.length; seq++) {
    const previous = world.current;
    foldEvent(world, plan, seq, store.time(seq), store.code(seq), store.fields(seq));
    if (!f.read(plan, store.code(seq), store.fields(seq))) continue;
    const at = byTime ? store.time(seq) : seq;
    // Only the goroutines and the channel this event names can have changed.
    const touched = new Set([previous, world.current, f.num('g'), f.num('by'), f.num('from'), f.num('to')]);
    for (const id of touched) {
      const g = world.goroutines.get(id);
      if (g === undefined) continue;
      const key = `g${g.id}`;
      const state = visualState(g);
      if (last.get(key) === state) continue;
      last.set(key, state);
      let lane = lanes.get(key);
      if (lane === undefined) {
        lane = { name: g.name, kind: 'goroutine', changes: [] };
        lanes.set(key, lane);
        order.push(key);
      }
      lane.changes.push({ at, colour: STATE_COLOUR[state], level: 1 });
    }
    const o = world.objects.get(f.num('obj'));
    if (o !== undefined && o.kind === 'channel' && o.arg > 0) {
      const key = `o${o.id}`;
      const used = o.slots.reduce((n, s) => n + (s >= 0 ? 1 : 0), 0);
      const level = used / o.arg;
      if (last.get(key) === String(level)) continue;
      last.set(key, String(level));
      let lane = lanes.get(key);
      if (lane === undefined) {
        lane = { name: o.name, kind: 'channel', changes: [] };
        lanes.set(key, lane);
        order.push(key);
      }
      lane.changes.push({ at, colour: '#0072B2', level });
    }
  }
  const sorted = [...order.filter((k) => k.startsWith('g')), ...order.filter((k) => k.startsWith('o'))];
  return {
    lanes: sorted.slice(0, MAX_LANES).map((k) => lanes.get(k)).filter((l): l is Lane => l !== undefined),
    end: Math.max(1, byTime ? store.lastTime : store.length),
    byTime,
  };
}

export class TimelineView {
  readonly #canvas: HTMLCanvasElement;
  #data: TimelineData | null = null;
  /** The visible window in axis units. */
  #from = 0;
  #to = 1;
  #playhead = 0;
  #drag: { x: number; from: number; to: number; moved: boolean } | null = null;

  /** Called with an axis position when the reader clicks to seek. */
  onSeek: (axis: number, byTime: boolean) => void = () => {};

  constructor(canvas: HTMLCanvasElement) {
    this.#canvas = canvas;
    canvas.addEventListener('wheel', (e) => this.#zoom(e), { passive: false });
    canvas.addEventListener('pointerdown', (e) => {
      this.#drag = { x: e.clientX, from: this.#from, to: this.#to, moved: false };
      canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', (e) => {
      const drag = this.#drag;
      if (drag === null) return;
      const dx = e.clientX - drag.x;
      if (Math.abs(dx) > 3) drag.moved = true;
      if (!drag.moved) return;
      const span = drag.to - drag.from;
      const shift = (-dx / this.#plotWidth()) * span;
      this.#setWindow(drag.from + shift, drag.to + shift);
    });
    canvas.addEventListener('pointerup', (e) => {
      const drag = this.#drag;
      this.#drag = null;
      if (drag === null || drag.moved || this.#data === null) return;
      const x = e.clientX - canvas.getBoundingClientRect().left;
      if (x < LABEL_W) return;
      this.onSeek(this.#xToAxis(x), this.#data.byTime);
    });
  }

  setData(data: TimelineData | null): void {
    const wasWhole = this.#data === null || (this.#from <= 0 && this.#to >= this.#data.end);
    this.#data = data;
    if (data !== null && wasWhole) {
      this.#from = 0;
      this.#to = data.end;
    }
    this.draw();
  }

  setPlayhead(axis: number): void {
    if (axis === this.#playhead) return;
    this.#playhead = axis;
    this.draw();
  }

  resetZoom(): void {
    if (this.#data === null) return;
    this.#setWindow(0, this.#data.end);
  }

  #setWindow(from: number, to: number): void {
    const end = this.#data?.end ?? 1;
    const span = Math.min(end, Math.max(to - from, end / 2000, 1));
    const start = Math.min(Math.max(0, from), end - span);
    this.#from = start;
    this.#to = start + span;
    this.draw();
  }

  #zoom(e: WheelEvent): void {
    if (this.#data === null) return;
    e.preventDefault();
    const x = e.clientX - this.#canvas.getBoundingClientRect().left;
    const at = this.#xToAxis(Math.max(LABEL_W, x));
    const factor = e.deltaY > 0 ? 1.25 : 0.8;
    this.#setWindow(at - (at - this.#from) * factor, at + (this.#to - at) * factor);
  }

  #plotWidth(): number {
    return Math.max(1, this.#canvas.clientWidth - LABEL_W - 8);
  }

  #axisToX(axis: number): number {
    return LABEL_W + ((axis - this.#from) / (this.#to - this.#from)) * this.#plotWidth();
  }

  #xToAxis(x: number): number {
    return this.#from + ((x - LABEL_W) / this.#plotWidth()) * (this.#to - this.#from);
  }

  draw(): void {
    const canvas = this.#canvas;
    const data = this.#data;
    const lanes = data?.lanes.length ?? 0;
    const cssHeight = AXIS_H + Math.max(1, lanes) * LANE_H + 4;
    const cssWidth = canvas.clientWidth || 600;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.style.height = `${cssHeight}px`;
    if (canvas.width !== Math.round(cssWidth * ratio) || canvas.height !== Math.round(cssHeight * ratio)) {
      canvas.width = Math.round(cssWidth * ratio);
      canvas.height = Math.round(cssHeight * ratio);
    }
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, cssWidth, cssHeight);
    if (data === null) return;
    ctx.font = '11px ui-monospace, Menlo, Consolas, monospace';
    ctx.textBaseline = 'middle';
    // Axis ticks.
    ctx.fillStyle = '#5d6470';
    for (let i = 0; i <= 4; i++) {
      const axis = this.#from + ((this.#to - this.#from) * i) / 4;
      const x = this.#axisToX(axis);
      ctx.fillRect(x, AXIS_H - 4, 1, 4);
      const label = data.byTime ? formatTime(Math.round(axis)) : `#${Math.round(axis)}`;
      ctx.textAlign = i === 0 ? 'left' : i === 4 ? 'right' : 'center';
      ctx.fillText(label, x, 8);
    }
    ctx.textAlign = 'left';
    data.lanes.forEach((lane, i) => {
      const y = AXIS_H + i * LANE_H;
      ctx.fillStyle = '#1c1f24';
      ctx.fillText(lane.name.length > 14 ? `${lane.name.slice(0, 13)}…` : lane.name, 4, y + LANE_H / 2);
      lane.changes.forEach((change, j) => {
        const next = lane.changes[j + 1]?.at ?? data.end;
        const x1 = Math.max(LABEL_W, this.#axisToX(change.at));
        const x2 = Math.min(cssWidth - 8, this.#axisToX(Math.max(next, change.at + (data.byTime ? 0 : 1))));
        if (x2 < LABEL_W || x1 > cssWidth - 8) return;
        const h = (LANE_H - 3) * change.level;
        ctx.fillStyle = change.colour;
        ctx.fillRect(x1, y + (LANE_H - 3 - h) + 1, Math.max(1, x2 - x1), h);
      });
    });
    const px = this.#axisToX(this.#playhead);
    if (px >= LABEL_W) {
      ctx.fillStyle = '#1c1f24';
      ctx.fillRect(px - 1, 0, 2, cssHeight);
    }
  }
}

/**
 * The plots' series, folded from the event store in one pass: throughput (items received per
 * unit of virtual time), queue depth (items buffered) per buffered channel, per-item latency (an
 * item's chan-send to its chan-recv or chan-handoff) and processor utilisation (processors held
 * between proc-acquire and proc-release). Pure: no DOM, so tests can assert exact values.
 *
 * The x axis matches the timeline's: virtual nanoseconds, or event numbers when the run spends no
 * virtual time or the reader prefers events. Every series keeps at most `maxPoints` points.
 */
import { unreachable } from '../lib/unreachable';
import type { EventStore } from './events';

export interface XY {
  readonly x: number[];
  readonly y: number[];
}

export interface DepthSeries {
  /** Shared x for every channel (a step series: the value holds until the next x). */
  readonly x: number[];
  readonly channels: ReadonlyArray<{ readonly id: number; readonly name: string; readonly capacity: number; readonly y: number[] }>;
}

export interface PlotSeries {
  readonly byTime: boolean;
  /** The axis' end: the last event's time (or the event count), at least 1. */
  readonly end: number;
  /** x: bin starts; y: receives per second of virtual time (per event when not by time). */
  readonly throughput: XY & { readonly binWidth: number };
  readonly depth: DepthSeries;
  /** x: when the item was received; y: its latency in ns (in events when not by time). */
  readonly latency: XY;
  /** A step series of busy processors; `procs` is GOMAXPROCS (or more, if more were seen). */
  readonly utilisation: XY & { readonly procs: number };
}

export interface SeriesOptions {
  readonly maxPoints?: number;
  readonly bins?: number;
  /** At most this many channels get a depth series (the first defined). */
  readonly maxChannels?: number;
}

export function plotSeries(store: EventStore, gomaxprocs: number, preferTime: boolean, options: SeriesOptions = {}): PlotSeries {
  const maxPoints = Math.max(2, options.maxPoints ?? 1000);
  const bins = Math.max(1, Math.min(maxPoints, options.bins ?? 40));
  const maxChannels = options.maxChannels ?? 7;
  const byTime = preferTime && store.lastTime > 0;
  const end = Math.max(1, byTime ? store.lastTime : store.length);
  const binWidth = end / bins;
  const counts = new Array<number>(bins).fill(0);

  const sentAt = new Map<number, number>();
  const latency: XY = { x: [], y: [] };

  const channels: Array<{ id: number; name: string; capacity: number; y: number[]; items: Set<number> }> = [];
  const channelIndex = new Map<number, number>();
  const depthX: number[] = [0];

  const busy = new Map<number, number>();
  const util: XY = { x: [0], y: [0] };
  let procs = gomaxprocs;

  for (let seq = 0; seq < store.length; seq++) {
    const e = store.runEvent(seq);
    if (e === null) continue;
    const at = byTime ? store.time(seq) : seq;
    switch (e.type) {
      case 'obj-define':
        if (e.kind === 'channel' && e.arg > 0 && channels.length < maxChannels) {
          channelIndex.set(e.obj, channels.length);
          const y = depthX.map(() => 0);
          channels.push({ id: e.obj, name: e.name, capacity: e.arg, y, items: new Set() });
        }
        break;
      case 'chan-send':
        sentAt.set(e.item, at);
        break;
      case 'chan-buffer': {
        const ch = channels[channelIndex.get(e.obj) ?? -1];
        if (ch !== undefined) {
          ch.items.add(e.item);
          pushDepth(depthX, channels, at);
        }
        break;
      }
      case 'chan-recv':
      case 'chan-handoff': {
        if (e.type === 'chan-recv') {
          const ch = channels[channelIndex.get(e.obj) ?? -1];
          if (ch !== undefined && ch.items.delete(e.item)) pushDepth(depthX, channels, at);
        }
        const bin = Math.min(bins - 1, Math.floor(at / binWidth));
        counts[bin] = (counts[bin] ?? 0) + 1;
        const sent = sentAt.get(e.item);
        if (sent !== undefined) {
          sentAt.delete(e.item);
          latency.x.push(at);
          latency.y.push(at - sent);
        }
        break;
      }
      case 'proc-acquire':
        busy.set(e.proc, e.g);
        procs = Math.max(procs, e.proc + 1);
        pushStep(util, at, busy.size);
        break;
      case 'proc-release':
        if (busy.get(e.proc) === e.g) busy.delete(e.proc);
        pushStep(util, at, busy.size);
        break;
      case 'label-define':
      case 'go-create':
      case 'go-switch':
      case 'go-block':
      case 'go-unblock':
      case 'go-exit':
      case 'go-panic':
      case 'go-recover':
      case 'chan-recv-closed':
      case 'chan-close':
      case 'select-begin':
      case 'select-case':
      case 'select-chosen':
      case 'lock-acquire':
      case 'lock-release':
      case 'wait-group-add':
      case 'once-do':
      case 'cond-notify':
      case 'semaphore-change':
      case 'atomic-op':
      case 'var-access':
      case 'context-cancel':
      case 'timer-set':
      case 'timer-fire':
      case 'timer-stop':
      case 'log':
      case 'output':
      case 'intervention-applied':
      case 'diagnostic':
      case 'run-end':
        break; // nothing the plots show
      default:
        unreachable(e, 'event');
    }
  }
  // Step series run to the end of the axis.
  pushStep(util, end, busy.size, true);
  if (channels.length > 0) pushDepth(depthX, channels, end, true);

  const perUnit = byTime ? 1e9 / binWidth : 1 / binWidth;
  const throughput = { x: counts.map((_, i) => i * binWidth), y: counts.map((c) => c * perUnit), binWidth };
  const depth = downsample(depthX, channels.map((c) => c.y), maxPoints);
  const lat = downsample(latency.x, [latency.y], maxPoints);
  const ut = downsample(util.x, [util.y], maxPoints);
  return {
    byTime,
    end,
    throughput,
    depth: {
      x: depth.x,
      channels: channels.map((c, i) => ({ id: c.id, name: c.name, capacity: c.capacity, y: depth.ys[i] ?? [] })),
    },
    latency: { x: lat.x, y: lat.ys[0] ?? [] },
    utilisation: { x: ut.x, y: ut.ys[0] ?? [], procs },
  };
}

/** Appends a step; several changes at one x keep only the last value (the state at that instant). */
function pushStep(s: XY, at: number, value: number, force = false): void {
  const n = s.x.length;
  if (n > 0 && s.x[n - 1] === at) {
    s.y[n - 1] = value;
    if (n > 1 && s.y[n - 2] === value && !force) {
      s.x.pop();
      s.y.pop();
    }
    return;
  }
  if (n > 0 && s.y[n - 1] === value && !force) return;
  s.x.push(at);
  s.y.push(value);
}

function pushDepth(x: number[], channels: ReadonlyArray<{ y: number[]; items: Set<number> }>, at: number, force = false): void {
  const n = x.length;
  if (n > 0 && x[n - 1] === at) {
    for (const c of channels) c.y[n - 1] = c.items.size;
    if (n > 1 && !force && channels.every((c) => c.y[n - 2] === c.items.size)) {
      x.pop();
      for (const c of channels) c.y.pop();
    }
    return;
  }
  if (n > 0 && !force && channels.every((c) => c.y[n - 1] === c.items.size)) return;
  x.push(at);
  for (const c of channels) c.y.push(c.items.size);
}

/**
 * Keeps at most `max` points: consecutive points fall into equal-count buckets, each bucket keeps
 * its first x and, per series, its largest y (so peaks survive).
 */
export function downsample(x: readonly number[], ys: ReadonlyArray<readonly number[]>, max: number): { x: number[]; ys: number[][] } {
  if (x.length <= max) return { x: [...x], ys: ys.map((y) => [...y]) };
  const outX: number[] = [];
  const outYs: number[][] = ys.map(() => []);
  const size = x.length / max;
  for (let b = 0; b < max; b++) {
    const from = Math.floor(b * size);
    const to = b === max - 1 ? x.length : Math.floor((b + 1) * size);
    if (to <= from) continue;
    outX.push(x[from] ?? 0);
    ys.forEach((y, i) => {
      let top = -Infinity;
      for (let k = from; k < to; k++) top = Math.max(top, y[k] ?? 0);
      outYs[i]?.push(top);
    });
  }
  return { x: outX, ys: outYs };
}

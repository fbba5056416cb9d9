/**
 * The stage: an SVG picture of the world at the playhead. Coordinates are in stage units (1 unit
 * = 1 CSS pixel at scale 1); the SVG's viewBox maps them to the element's width.
 *
 *   processor row   P0 … Pn, the goroutine each one runs, the scheduler's current goroutine
 *   flow grid       goroutine columns (even ranks) and channel columns (odd ranks), data left → right
 *   sync band       mutexes, wait groups, contexts, timers, atomics below the grid
 *
 * Blocked goroutines get a dashed line to what they wait on. A render describes the picture as a
 * keyed tree (`lib/vdom.ts`) and patches the SVG in place: goroutines, channels and sync objects
 * keep their elements, only changed attributes and texts are written, and nothing is done at all
 * when the playhead and the layout are where they were. Keyboard focus on a goroutine survives.
 */
import { clip } from '../lib/svg';
import { type Mounted, type VNode, h, keyed, patch } from '../lib/vdom';
import type { Goroutine, SyncObject, World } from '../model/world';
import { formatTime } from './format';
import type { StageLayout } from './layout';
import { goName } from './narrate';
import { STATE_COLOUR, identityColour, stateIcon, visualState } from './palette';

const GO_W = 220;
const GO_H = 46;
const GO_GAP = 12;
const GO_COL = 250;
const SLOT = 26;
const MAX_SLOTS = 12;
const CH_H = 84;
const PROC_H = 40;
const BAND_W = 240;
const BAND_H = 48;
const MARGIN = 16;
const MAX_PER_COLUMN = 40;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function goroutineStatus(g: Goroutine, world: World): string {
  const on = (id: number) => world.objects.get(id)?.name ?? `object ${id}`;
  switch (g.state) {
    case 'running':
      return 'running';
    case 'working':
      return `running on P${g.proc}`;
    case 'runnable':
      return 'runnable';
    case 'done':
      return 'done';
    case 'panicked':
      return `panicked: ${g.panic ?? ''}`;
    case 'blocked':
      switch (g.reason) {
        case 'send':
          return `blocked: send on ${on(g.obj)}`;
        case 'receive':
          return `blocked: receive from ${on(g.obj)}`;
        case 'select':
          return `blocked: select on ${(g.select?.cases ?? []).map((c) => (c.obj === 0 ? 'nil' : on(c.obj))).join(', ')}`;
        case 'sleep':
          return 'sleeping';
        case 'io':
          return 'waiting on I/O';
        case 'processor':
          return 'waiting for a processor';
        case 'waitgroup':
          return `blocked: Wait on ${on(g.obj)}`;
        case 'rlock':
          return `blocked: read-lock ${on(g.obj)}`;
        default:
          return `blocked: ${g.reason ?? '?'} ${g.obj === 0 ? '' : on(g.obj)}`;
      }
  }
}

/** The tooltip: the status in a sentence, with the item in flight and the line. */
export function goroutineTitle(g: Goroutine, world: World): string {
  const parts = [`${g.name} (goroutine ${g.id}): ${goroutineStatus(g, world)}`];
  if (g.pendingItem >= 0) parts.push(`holding ${world.items.get(g.pendingItem)?.value ?? '?'} to send`);
  const text = world.labels.get(g.label) || (world.labelLines.has(g.label) ? `line ${world.labelLines.get(g.label)}` : '');
  if (g.holding >= 0 && g.state !== 'done') parts.push(`last received ${world.items.get(g.holding)?.value ?? '?'}`);
  if (g.label !== 0 && text !== '') parts.push(`at ${text}`);
  return parts.join(' · ');
}

export class StageView {
  readonly #root: SVGSVGElement;
  #drawnApplied = -1;
  #drawnLayout: StageLayout | null = null;
  #mounted: Mounted[] = [];
  readonly #rootAttrs = new Map<string, string>();

  constructor(root: SVGSVGElement) {
    this.#root = root;
  }

  render(world: World | null, layout: StageLayout | null): void {
    if (world === null || layout === null) {
      if (this.#drawnApplied !== -1 || this.#root.firstChild !== null) this.#root.replaceChildren();
      this.#mounted = [];
      this.#drawnApplied = -1;
      this.#drawnLayout = null;
      return;
    }
    if (world.applied === this.#drawnApplied && layout === this.#drawnLayout) return;
    this.#drawnApplied = world.applied;
    this.#drawnLayout = layout;
    const focused = (document.activeElement as Element | null)?.closest?.('[data-g]')?.getAttribute('data-g') ?? null;
    const picture = stagePicture(world, layout);
    this.#set('viewBox', `0 0 ${picture.width} ${picture.height}`, (v) => this.#root.setAttribute('viewBox', v));
    this.#set('maxWidth', `${picture.width * 1.15}px`, (v) => (this.#root.style.maxWidth = v));
    // Never shrink below 80%: a long chain (a prime sieve) scrolls sideways instead of going tiny.
    this.#set('minWidth', `${Math.round(picture.width * 0.8)}px`, (v) => (this.#root.style.minWidth = v));
    this.#set('aspectRatio', `${picture.width} / ${picture.height}`, (v) => (this.#root.style.aspectRatio = v));
    this.#mounted = patch(this.#root, this.#mounted, picture.children);
    if (focused !== null && (document.activeElement as Element | null)?.closest?.('[data-g]')?.getAttribute('data-g') !== focused) {
      const again = this.#root.querySelector<SVGGElement>(`[data-g="${focused}"]`);
      again?.focus({ preventScroll: true });
    }
  }

  #set(name: string, value: string, apply: (value: string) => void): void {
    if (this.#rootAttrs.get(name) === value) return;
    this.#rootAttrs.set(name, value);
    apply(value);
  }
}

/** The whole stage for one world: its size in stage units and the root's children. */
export function stagePicture(world: World, layout: StageLayout): { width: number; height: number; children: VNode[] } {
  const edges: VNode[] = [];
  const nodes: VNode[] = [];

  // Columns: only ranks in use, each as wide as its widest content.
  const ranks = [...new Set([...layout.goRank.values(), ...layout.chanRank.values()])].sort((a, b) => a - b);
  const colX = new Map<number, number>();
  let x = MARGIN;
  for (const rank of ranks) {
    colX.set(rank, x);
    const isChan = rank % 2 === 1;
    const width = isChan
      ? Math.max(...layout.chanOrder.filter((c) => layout.chanRank.get(c) === rank).map((c) => pipeWidth(world.objects.get(c))), 90) + 170
      : GO_COL;
    x += width;
  }
  const procCount = world.procs.length;
  const bandCount = layout.otherOrder.filter((id) => {
    const o = world.objects.get(id);
    return o !== undefined && showInBand(o);
  }).length;
  const width = Math.max(x + MARGIN - 40, (procCount + 1) * 150 + 2 * MARGIN, Math.min(bandCount, 4) * (BAND_W + 10) + 2 * MARGIN);

  // Processor row.
  let y = MARGIN;
  const procRow: VNode[] = [];
  world.procs.forEach((gid, i) => {
    const g = world.goroutines.get(gid);
    const bx = MARGIN + i * 150;
    const busy = g !== undefined;
    procRow.push(
      h('rect', { x: bx, y, width: 140, height: PROC_H - 8, rx: 6, class: busy ? 'proc busy' : 'proc' }),
      h(
        'text',
        { x: bx + 8, y: y + 21, class: 'proc-text' },
        clip(`P${i}: ${busy ? g.name : 'idle'}`, 20),
        busy && h('title', {}, `P${i} runs ${g.name} until ${formatTime(g.workUntil)}`),
      ),
    );
  });
  const current = world.goroutines.get(world.current);
  const sx = MARGIN + procCount * 150;
  procRow.push(h('text', { x: sx, y: y + 21, class: 'sched-text' }, clip(`scheduler → ${current?.name ?? '—'}`, 34)));
  if (world.procQueue.length > 0) {
    procRow.push(
      h('text', { x: sx, y: y + 36, class: 'queue-text' }, clip(`waiting for a P: ${world.procQueue.map((g) => goName(world, g)).join(', ')}`, 50)),
    );
  }
  nodes.push(h('g', { class: 'procs', 'data-testid': 'processors' }, ...procRow));
  y += PROC_H + 16;
  const gridTop = y;

  // Goroutines and channels, by column.
  const positions = new Map<string, Box>();
  const columnCounts = new Map<number, number>();
  let gridBottom = gridTop;
  // Slots are reserved for everything the run will create (so nothing moves later), but the
  // stage only grows to what exists at the playhead.
  const place = (rank: number, rowH: number, exists: boolean): number => {
    const n = columnCounts.get(rank) ?? 0;
    columnCounts.set(rank, n + 1);
    const top = gridTop + n * rowH;
    if (exists) gridBottom = Math.max(gridBottom, top + rowH);
    return top;
  };
  const overflow = new Map<number, number>();
  for (const id of layout.goOrder) {
    const rank = layout.goRank.get(id) ?? 0;
    const n = columnCounts.get(rank) ?? 0;
    if (n >= MAX_PER_COLUMN) {
      overflow.set(rank, (overflow.get(rank) ?? 0) + 1);
      continue;
    }
    const g = world.goroutines.get(id);
    const top = place(rank, GO_H + GO_GAP, g !== undefined);
    const box = { x: colX.get(rank) ?? MARGIN, y: top, w: GO_W, h: GO_H };
    positions.set(`g${id}`, box);
    if (g !== undefined) nodes.push(keyed(`g${id}`, goroutineToken(g, world, box)));
  }
  for (const id of layout.chanOrder) {
    const rank = layout.chanRank.get(id) ?? 1;
    const n = columnCounts.get(rank) ?? 0;
    if (n >= MAX_PER_COLUMN) {
      overflow.set(rank, (overflow.get(rank) ?? 0) + 1);
      continue;
    }
    const ch = world.objects.get(id);
    if (ch !== undefined && idleTimerChannel(ch, world)) continue;
    const top = place(rank, CH_H, ch !== undefined);
    const box = { x: (colX.get(rank) ?? MARGIN) + 20, y: top, w: pipeWidth(ch), h: CH_H - 20 };
    positions.set(`o${id}`, box);
    if (ch !== undefined) nodes.push(keyed(`o${id}`, channelPipe(ch, world, box)));
  }
  for (const [rank, more] of overflow) {
    nodes.push(keyed(`more${rank}`, h('text', { x: colX.get(rank) ?? MARGIN, y: gridBottom + 14, class: 'more-text' }, `+${more} more`)));
    gridBottom += 20;
  }

  // The sync band.
  y = gridBottom + 20;
  const bandTop = y;
  const band = layout.otherOrder.map((id) => world.objects.get(id)).filter((o): o is SyncObject => o !== undefined && showInBand(o));
  const perRow = Math.max(1, Math.floor((width - 2 * MARGIN + 10) / (BAND_W + 10)));
  band.slice(0, 48).forEach((o, i) => {
    const box = { x: MARGIN + (i % perRow) * (BAND_W + 10), y: y + Math.floor(i / perRow) * (BAND_H + 10), w: BAND_W, h: BAND_H };
    positions.set(`o${o.id}`, box);
    nodes.push(keyed(`s${o.id}`, syncBox(o, world, box)));
  });
  const bandRows = Math.ceil(Math.min(band.length, 48) / perRow);
  const height = y + bandRows * (BAND_H + 10) + MARGIN;

  // Edges from each blocked goroutine to what it waits on.
  for (const g of world.goroutines.values()) {
    if (g.state !== 'blocked') continue;
    const from = positions.get(`g${g.id}`);
    if (from === undefined) continue;
    const targets = g.reason === 'select' ? (g.select?.cases ?? []).map((c) => c.obj) : [g.obj];
    targets.forEach((target, i) => {
      const to = positions.get(`o${target}`);
      if (to !== undefined) edges.push(keyed(`${g.id}>${target}#${i}`, edge(from, to, g.reason === 'send', to.y >= bandTop)));
    });
  }
  return { width, height, children: [h('g', { class: 'edges' }, ...edges), h('g', { class: 'nodes' }, ...nodes)] };
}

function goroutineToken(g: Goroutine, world: World, box: Box): VNode {
  const state = visualState(g);
  const colour = STATE_COLOUR[state];
  const status = goroutineStatus(g, world);
  const title = goroutineTitle(g, world);
  const finding = world.diagnostics.find((d) => d.g === g.id);
  const pending = g.pendingItem >= 0 ? (world.items.get(g.pendingItem)?.value ?? '?') : null;
  return h(
    'g',
    {
      class: `goroutine state-${state}${finding === undefined ? '' : ' flagged'}`,
      'data-g': g.id,
      'data-testid': 'goroutine',
      'data-state': g.state,
      tabindex: 0,
      role: 'img',
      'aria-label': title,
      transform: `translate(${box.x} ${box.y})`,
    },
    h('title', {}, title),
    h('rect', { width: box.w, height: box.h, rx: 8, class: 'token', fill: tint(colour), stroke: colour }),
    h('rect', { width: 6, height: box.h, rx: 3, fill: identityColour(g.id) }),
    h('circle', { cx: 24, cy: box.h / 2, r: 13, fill: colour }),
    h('text', { x: 24, y: box.h / 2 + 5, class: `icon ${state === 'runnable' ? 'dark' : ''}`, 'text-anchor': 'middle' }, stateIcon(g)),
    h('text', { x: 44, y: 18, class: 'go-name' }, clip(g.name, 21)),
    h('text', { x: 44, y: 35, class: 'go-status' }, clip(status, 29)),
    finding !== undefined && h('text', { x: box.w - 8, y: 16, class: 'flag', 'text-anchor': 'end' }, `⚠ ${finding.kind}`),
    pending !== null && h('rect', { x: box.w + 3, y: 12, width: 34, height: 20, rx: 10, class: 'item pending' }),
    pending !== null && h('text', { x: box.w + 20, y: 26, class: 'item-text', 'text-anchor': 'middle' }, clip(pending, 4)),
  );
}

function pipeWidth(ch: SyncObject | undefined): number {
  if (ch === undefined || ch.arg === 0) return 90;
  return Math.min(ch.arg, MAX_SLOTS) * SLOT + 12;
}

function channelPipe(ch: SyncObject, world: World, box: Box): VNode {
  const capacity = ch.arg === 0 ? 'unbuffered' : `cap ${ch.arg}`;
  const used = ch.slots.filter((s) => s >= 0).length;
  const title = `channel ${ch.name}: ${capacity}, ${used} buffered${ch.closed ? ', closed' : ''}; waiting senders: ${names(ch.sendq, world)}; waiting receivers: ${names(ch.recvq, world)}`;
  const children: VNode[] = [
    h('title', {}, title),
    h('text', { x: 0, y: 12, class: 'chan-name' }, clip(ch.name, 24)),
    h('rect', { x: 0, y: 18, width: box.w, height: 32, rx: 6, class: 'pipe' }),
    h('text', { x: box.w + 10, y: 39, class: 'chan-cap' }, ch.closed ? `${capacity} · closed` : capacity),
  ];
  if (ch.arg === 0) children.push(h('text', { x: box.w / 2, y: 39, class: 'pipe-empty', 'text-anchor': 'middle' }, 'hand-off'));
  const shown = Math.min(ch.arg, MAX_SLOTS);
  for (let i = 0; i < shown; i++) {
    const item = ch.slots[i] ?? -1;
    const sx = 6 + i * SLOT;
    children.push(keyed(`slot${i}`, h('rect', { x: sx, y: 23, width: SLOT - 4, height: 22, rx: 4, class: item >= 0 ? 'slot full' : 'slot' })));
    if (item >= 0) {
      const value = world.items.get(item)?.value ?? '?';
      children.push(
        keyed(
          `item${i}`,
          h('text', { x: sx + (SLOT - 4) / 2, y: 38, class: 'slot-text', 'text-anchor': 'middle' }, clip(value, 3), h('title', {}, `item ${item}: ${value} (slot ${i})`)),
        ),
      );
    }
  }
  if (ch.arg > MAX_SLOTS) {
    const hidden = ch.slots.slice(MAX_SLOTS).filter((s) => s >= 0).length;
    children.push(keyed('more', h('text', { x: box.w + 10, y: 26, class: 'more-text' }, `+${hidden} more`)));
  }
  if (ch.closed) children.push(h('line', { x1: box.w + 2, y1: 16, x2: box.w + 2, y2: 52, class: 'closed-end' }));
  const queues: string[] = [];
  if (ch.sendq.length > 0) queues.push(`senders: ${names(ch.sendq, world)}`);
  if (ch.recvq.length > 0) queues.push(`receivers: ${names(ch.recvq, world)}`);
  if (queues.length > 0) children.push(keyed('queues', h('text', { x: 0, y: 64, class: 'queue-text' }, clip(queues.join(' · '), 40))));
  return h(
    'g',
    { class: `channel${ch.closed ? ' closed' : ''}`, 'data-testid': 'channel', 'data-obj': ch.id, transform: `translate(${box.x} ${box.y})` },
    ...children,
  );
}

/** A timer's channel with nothing in it and nobody waiting: clutter once the timer is spent. */
function idleTimerChannel(ch: SyncObject, world: World): boolean {
  const kind = world.objects.get(ch.parent)?.kind;
  if (kind !== 'timer' && kind !== 'ticker') return false;
  return ch.sendq.length === 0 && ch.recvq.length === 0 && ch.slots.every((s) => s < 0);
}

function showInBand(o: SyncObject): boolean {
  if (o.kind === 'timer' || o.kind === 'ticker') return o.firesAt >= 0;
  return true;
}

function syncBox(o: SyncObject, world: World, box: Box): VNode {
  const detail = syncDetail(o, world);
  return h(
    'g',
    { class: `sync kind-${o.kind}`, 'data-testid': 'sync-object', transform: `translate(${box.x} ${box.y})` },
    h('title', {}, `${o.kind} ${o.name}: ${detail}`),
    h('rect', { width: box.w, height: box.h, rx: 6, class: 'sync-box' }),
    h('text', { x: 8, y: 18, class: 'sync-name' }, clip(`${o.kind} ${o.name}`, 32)),
    h('text', { x: 8, y: 36, class: 'sync-detail' }, clip(detail, 38)),
  );
}

function syncDetail(o: SyncObject, world: World): string {
  const waiting = o.waiters.length > 0 ? ` · waiting: ${names(o.waiters, world)}` : '';
  switch (o.kind) {
    case 'mutex':
      return `${o.holder === 0 ? 'free' : `held by ${goName(world, o.holder)}`}${waiting}`;
    case 'rwmutex': {
      const readers = o.readers.length > 0 ? `readers: ${names(o.readers, world)}` : '';
      const writer = o.holder === 0 ? '' : `writer: ${goName(world, o.holder)}`;
      return `${[writer, readers].filter(Boolean).join(', ') || 'free'}${waiting}`;
    }
    case 'waitgroup':
      return `counter ${o.value}${waiting}`;
    case 'semaphore':
      return `held ${o.value}/${o.arg}${waiting}`;
    case 'context':
      return o.cancelled === null ? 'active' : `cancelled (${o.cancelled})`;
    case 'timer':
    case 'ticker':
      return o.firesAt >= 0 ? `fires at ${formatTime(o.firesAt)}` : o.fired > 0 ? `fired ${o.fired}×` : 'stopped';
    case 'once':
      return `${o.value === 1 ? 'done' : 'not yet run'}${waiting}`;
    case 'atomic':
    case 'variable':
      return `= ${o.value}`;
    default:
      return waiting.replace(/^ · /, '') || '—';
  }
}

function edge(from: Box, to: Box, sending: boolean, toBand: boolean): VNode {
  if (toBand) {
    // Down to the sync band: leave from the bottom edge, arrive at the top.
    const x1 = from.x + from.w * 0.6;
    const y1 = from.y + from.h;
    const x2 = to.x + to.w / 2;
    const y2 = to.y;
    const mid = (y1 + y2) / 2;
    return h('path', { d: `M ${x1} ${y1} C ${x1} ${mid}, ${x2} ${mid}, ${x2} ${y2}`, class: sending ? 'edge send' : 'edge' });
  }
  const fromRight = to.x >= from.x + from.w;
  const x1 = fromRight ? from.x + from.w : from.x;
  const y1 = from.y + from.h / 2;
  const x2 = to.x + to.w < from.x ? to.x + to.w : to.x >= from.x + from.w ? to.x : to.x + to.w / 2;
  const y2 = to.y + to.h / 2;
  const mid = (x1 + x2) / 2;
  return h('path', {
    d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`,
    class: sending ? 'edge send' : 'edge',
  });
}

function names(ids: readonly number[], world: World): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, 4).map((id) => goName(world, id));
  return ids.length > 4 ? `${shown.join(', ')} +${ids.length - 4}` : shown.join(', ');
}

const TINTS = new Map<string, string>();

/** A light background for a state colour, so dark text stays readable on it. */
function tint(hex: string): string {
  let light = TINTS.get(hex);
  if (light === undefined) TINTS.set(hex, (light = mixWithWhite(hex)));
  return light;
}

function mixWithWhite(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.82);
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

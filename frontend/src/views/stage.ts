/**
 * The stage: an SVG picture of the world at the playhead. Coordinates are in stage units; the
 * SVG's viewBox maps them onto its box, which is as wide as the page allows and no taller than the
 * frame's room, so the whole picture is in view (placement.ts decides where things go and wraps
 * long chains into further bands rather than letting them run off the edge; stageRoom.ts sizes the
 * box, and lets it scroll on a phone rather than draw a large run too small to read).
 *
 *   processor row   P0 … Pn, the goroutine each one shows (processors.ts), the scheduler's current goroutine
 *   flow bands      goroutine columns (even ranks) and channel columns (odd ranks), data left → right
 *   sync band       mutexes, wait groups, contexts, timers, atomics below
 *
 * Blocked goroutines get a dashed line to what they wait on. When goroutines wait for each other's
 * locks in a cycle (waitFor.ts), the cycle is drawn over that: its wait lines and a line from each
 * of its locks to the goroutine holding it, solid, red and with arrows, so the deadlock reads as
 * one closed loop. A render describes the picture as a
 * keyed tree (`lib/vdom.ts`) and patches the SVG in place: goroutines, channels and sync objects
 * keep their elements, only changed attributes and texts are written, and nothing is done at all
 * when the playhead, the layout and the frame are where they were. Keyboard focus on a goroutine
 * survives. Texts are elided to the room they have, with the whole text in the element's title.
 */
import { clip } from '../lib/svg';
import { unreachable } from '../lib/unreachable';
import { type Mounted, type VNode, h, keyed, patch } from '../lib/vdom';
import type { Goroutine, SyncObject, World } from '../model/world';
import { formatTime } from './format';
import { MONO_CH, NAME_CH, PILL_W, QUEUE_LINE, SMALL_CH, TOKEN_TEXT_X, channelAbout, channelStatus, fit, panicStatus, syncName, flagText, flagWidth, queueText, selectStatus, textWidth, wrapText } from './labels';
import type { StageLayout } from './layout';
import { goName } from './narrate';
import { STATE_COLOUR, identityColour, stateIcon, visualState } from './palette';
import { type Occupancy, occupancy, processorRow, seatStatus, shownState } from './processors';
import { type Fitted, StageRoom, type StageMode } from './stageRoom';
import { cycleSentence, waitCycles } from './waitFor';
import {
  BAND_H,
  CH_H,
  DEFAULT_FRAME,
  type Box,
  MAX_SLOTS,
  PIPE_H,
  PIPE_TOP,
  type Place,
  type Placement,
  type Route,
  SLOT,
  pipeWidth,
  placeStage,
  routeEdge,
} from './placement';

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
      return panicStatus(g.panic ?? '');
    case 'blocked':
      return blockedStatus(g, on);
  }
}

function blockedStatus(g: Goroutine, on: (id: number) => string): string {
  const reason = g.reason;
  switch (reason) {
    case 'send':
    case 'receive':
      return channelStatus(reason === 'send', on(g.obj));
    case 'select':
      return selectStatus((g.select?.cases ?? []).map((c) => (c.obj === 0 ? 'nil' : on(c.obj))));
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
    case 'lock':
    case 'cond':
    case 'semaphore':
    case 'once':
      return `blocked: ${reason} ${g.obj === 0 ? '' : on(g.obj)}`;
    case null:
      return 'blocked';
    default:
      return unreachable(reason, 'block reason');
  }
}

/** The tooltip: the status in a sentence, with the item in flight and the line. */
export function goroutineTitle(g: Goroutine, world: World, status = goroutineStatus(g, world)): string {
  const parts = [`${g.name} (goroutine ${g.id}): ${status}`];
  if (g.pendingItem >= 0) parts.push(`holding ${world.items.get(g.pendingItem)?.value ?? '?'} to send`);
  const text = world.labels.get(g.label) || (world.labelLines.has(g.label) ? `line ${world.labelLines.get(g.label)}` : '');
  if (g.holding >= 0 && g.state !== 'done') parts.push(`last received ${world.items.get(g.holding)?.value ?? '?'}`);
  if (g.label !== 0 && text !== '') parts.push(`at ${text}`);
  return parts.join(' · ');
}

export class StageView {
  readonly #root: SVGSVGElement;
  readonly #room: StageRoom;
  readonly #caption: HTMLElement | null;
  #drawnApplied = -1;
  #drawnLayout: StageLayout | null = null;
  #drawnFitted: Fitted | null = null;
  #mounted: Mounted[] = [];

  /**
   * `onResize` is called when the stage's room changed, so the page can draw again; `caption`, when
   * given, says in words which wait-for cycle the stage marks (hidden when there is none).
   */
  constructor(root: SVGSVGElement, onResize: () => void = () => {}, caption: HTMLElement | null = null) {
    this.#root = root;
    this.#room = new StageRoom(root, onResize);
    this.#caption = caption;
  }

  /** The window changed size: its height sets the room (the wrapper's width is observed). */
  resized(): void {
    this.#room.resized();
  }

  setMode(mode: StageMode): void {
    this.#room.setMode(mode);
  }

  render(world: World | null, layout: StageLayout | null): void {
    if (world === null || layout === null) {
      if (this.#drawnApplied !== -1 || this.#root.firstChild !== null) this.#root.replaceChildren();
      this.#mounted = [];
      this.#drawnApplied = -1;
      this.#drawnLayout = null;
      this.#drawnFitted = null;
      this.#setCaption('');
      return;
    }
    const fitted = this.#room.place(layout, world.procs.length);
    if (world.applied === this.#drawnApplied && layout === this.#drawnLayout && fitted === this.#drawnFitted) return;
    this.#drawnApplied = world.applied;
    this.#drawnLayout = layout;
    this.#drawnFitted = fitted;
    const focused = focusedGoroutine();
    const picture = stagePicture(world, layout, fitted.placement);
    this.#room.size(picture.width, picture.height, fitted);
    this.#mounted = patch(this.#root, this.#mounted, picture.children);
    this.#setCaption(picture.cycle);
    if (focused !== null && focusedGoroutine() !== focused) {
      const again = this.#root.querySelector<SVGGElement>(`[data-g="${focused}"]`);
      again?.focus({ preventScroll: true });
    }
  }

  #setCaption(text: string): void {
    const caption = this.#caption;
    if (caption === null || caption.textContent === text) return;
    caption.textContent = text;
    caption.hidden = text === '';
  }
}

/** The goroutine (its `data-g`) whose token, or something in it, has keyboard focus; null when none has. */
function focusedGoroutine(): string | null {
  return (document.activeElement as Element | null)?.closest?.('[data-g]')?.getAttribute('data-g') ?? null;
}

/** The whole stage for one world: its size in stage units and the root's children. */
export function stagePicture(
  world: World,
  layout: StageLayout,
  placement: Placement = placeStage(layout, DEFAULT_FRAME, world.procs.length),
): { width: number; height: number; children: VNode[]; cycle: string } {
  const edges: VNode[] = [];
  const nodes: VNode[] = [];
  const seats = occupancy(world);
  nodes.push(processorRow(world, placement, seats));

  // Goroutines and channels where the placement put them; timer channels and timers fill the
  // places reserved for them in order, as they come and go.
  const positions = new Map<string, Place>();
  for (const id of layout.goOrder) {
    const place = placement.places.get(`g${id}`);
    const g = world.goroutines.get(id);
    if (place === undefined || g === undefined) continue;
    positions.set(`g${id}`, place);
    nodes.push(keyed(`g${id}`, goroutineToken(g, world, seats, place.box)));
  }
  const timerUse = new Map<number, number>();
  for (const id of layout.chanOrder) {
    const ch = world.objects.get(id);
    if (ch === undefined) continue;
    let place = placement.places.get(`o${id}`);
    if (layout.timerOwned.has(id)) {
      if (idleTimerChannel(ch, world)) continue;
      const rank = layout.chanRank.get(id) ?? 1;
      const used = timerUse.get(rank) ?? 0;
      place = placement.timerChannelSlots.get(rank)?.[used];
      timerUse.set(rank, used + 1);
    }
    if (place === undefined) continue;
    positions.set(`o${id}`, place);
    nodes.push(keyed(`o${id}`, channelPipe(ch, world, place.box)));
  }
  for (const more of placement.overflow) {
    nodes.push(keyed(`more${more.x}`, h('text', { x: more.x, y: more.y, class: 'more-text' }, `+${more.count} more`)));
  }
  let timerSlot = 0;
  for (const id of layout.otherOrder) {
    const o = world.objects.get(id);
    if (o === undefined || !showInBand(o)) continue;
    const place = layout.timerOwned.has(id) ? placement.timerBandSlots[timerSlot++] : placement.places.get(`o${id}`);
    if (place === undefined) continue;
    positions.set(`o${id}`, place);
    nodes.push(keyed(`s${id}`, syncBox(o, world, place.box)));
  }

  // Edges from each blocked goroutine to what it waits on; those on a wait-for cycle marked, and
  // closed by edges from each lock of the cycle to its holder.
  const cycle = waitCycles(world);
  // The cycle's lines share corridors and lanes: each gets its own track, 4 units apart (within the
  // narrowest gap, the sync band's), so the loop can be followed line by line.
  const track = (i: number) => -6 + 4 * (i % 4);
  const onCycle = new Map(cycle.map((s, i) => [`${s.g}>${s.lock}`, track(2 * i)]));
  cycle.forEach((step, i) => {
    const lock = positions.get(`o${step.lock}`);
    const holder = positions.get(`g${step.holder}`);
    if (lock === undefined || holder === undefined) return;
    const route = routeEdge(holder, lock, placement, track(2 * i + 1));
    const title = `${goName(world, step.g)} waits for ${world.objects.get(step.lock)?.name ?? '?'}, held by ${goName(world, step.holder)}`;
    edges.push(keyed(`${step.holder}<${step.lock}`, heldEdge(step.lock, step.holder, route, title)));
  });
  for (const g of world.goroutines.values()) {
    if (g.state !== 'blocked') continue;
    const from = positions.get(`g${g.id}`);
    if (from === undefined) continue;
    const targets = g.reason === 'select' ? (g.select?.cases ?? []).map((c) => c.obj) : [g.obj];
    targets.forEach((target, i) => {
      const to = positions.get(`o${target}`);
      if (to === undefined) return;
      const cycleTrack = onCycle.get(`${g.id}>${target}`);
      const spread = cycleTrack ?? ((g.id % 3) - 1) * 4;
      edges.push(keyed(`${g.id}>${target}#${i}`, edge(g.id, target, routeEdge(from, to, placement, spread), g.reason === 'send', cycleTrack !== undefined)));
    });
  }
  // A flow band that goes on in the next one says so, as wrapped text would: a faint line from the
  // right along the upper edge of the lane between them, turning down into the next band's start.
  for (let b = 1; b < placement.flowBands; b++) {
    const y = (placement.laneYs[b] ?? 0) - 10;
    const top = placement.bandTops[b] ?? y;
    const d = `M ${placement.width - 14} ${y} H 20 Q 14 ${y}, 14 ${y + 6} V ${top + 8}`;
    edges.unshift(keyed(`wrap${b}`, h('path', { d, class: 'wrap', 'marker-end': 'url(#wrap-arrow)' }, h('title', {}, 'the flow goes on in the next row, again left to right'))));
  }
  const defs = h('defs', {}, h('marker', { id: 'cycle-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, h('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'cycle-arrow' })),
    h('marker', { id: 'wrap-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' }, h('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'wrap-arrow' })),
  );
  return {
    width: placement.width,
    height: placement.height,
    children: [defs, h('g', { class: 'edges' }, ...edges), h('g', { class: 'nodes' }, ...nodes)],
    cycle: cycleSentence(world, cycle),
  };
}

function goroutineToken(g: Goroutine, world: World, seats: Occupancy, box: Box): VNode {
  const shown = shownState(g, seats);
  const state = visualState(shown, g.reason);
  const colour = STATE_COLOUR[state];
  const status = seatStatus(g, seats, world) ?? goroutineStatus(g, world);
  const title = goroutineTitle(g, world, status);
  const finding = world.diagnostics.find((d) => d.g === g.id);
  const pending = g.pendingItem >= 0 ? (world.items.get(g.pendingItem)?.value ?? '?') : null;
  // The top line: the name, then (right-aligned) a finding and the item held to send.
  const flag = finding === undefined ? null : flagText(finding.kind);
  const flagW = finding === undefined ? 0 : flagWidth(finding.kind);
  const pillX = box.w - 8 - flagW - PILL_W;
  const nameRoom = (pending === null ? box.w - 8 - flagW : pillX - 4) - TOKEN_TEXT_X;
  // The status on one line, or on two when it is long (a select's cases, say).
  const statusLines = wrapText(status, box.w - TOKEN_TEXT_X - 8, 2, SMALL_CH);
  const nameY = statusLines.length > 1 ? 16 : 19;
  return h(
    'g',
    {
      class: `goroutine state-${state}${finding === undefined ? '' : ' flagged'}`,
      'data-g': g.id,
      'data-testid': 'goroutine',
      'data-state': shown,
      tabindex: 0,
      role: 'img',
      'aria-label': title,
      transform: `translate(${box.x} ${box.y})`,
    },
    h('title', {}, title),
    h('rect', { width: box.w, height: box.h, rx: 8, class: 'token', fill: tint(colour), stroke: colour }),
    h('rect', { width: 6, height: box.h, rx: 3, fill: identityColour(g.id) }),
    h('circle', { cx: 24, cy: box.h / 2, r: 13, fill: colour }),
    h('text', { x: 24, y: box.h / 2 + 5, class: `icon ${state === 'runnable' ? 'dark' : ''}`, 'text-anchor': 'middle' }, stateIcon(shown, g.reason)),
    h('text', { x: TOKEN_TEXT_X, y: nameY, class: 'go-name' }, fit(g.name, nameRoom, NAME_CH)),
    ...statusLines.map((line, i) => keyed(`status${i}`, h('text', { x: TOKEN_TEXT_X, y: statusLines.length > 1 ? 32 + i * 13.5 : 36, class: 'go-status' }, line))),
    flag !== null && h('text', { x: box.w - 8, y: nameY, class: 'flag', 'text-anchor': 'end' }, flag),
    pending !== null && h('rect', { x: pillX, y: nameY - 13, width: PILL_W, height: 17, rx: 8, class: 'item pending' }),
    pending !== null && h('text', { x: pillX + PILL_W / 2, y: nameY - 0.5, class: 'item-text', 'text-anchor': 'middle' }, clip(pending, 4)),
  );
}

function channelPipe(ch: SyncObject, world: World, box: Box): VNode {
  const capacity = ch.arg === 0 ? 'unbuffered' : `cap ${ch.arg}`;
  const used = ch.slots.filter((s) => s >= 0).length;
  const title = `channel ${ch.name}: ${capacity}, ${used} buffered${ch.closed ? ', closed' : ''}; waiting senders: ${names(ch.sendq, world)}; waiting receivers: ${names(ch.recvq, world)}`;
  const pipeW = pipeWidth(ch.arg);
  const hidden = ch.arg > MAX_SLOTS ? ch.slots.slice(MAX_SLOTS).filter((s) => s >= 0).length : 0;
  // The top line: the name (placement made room for it), then capacity, closed and slots out of
  // sight in the room left.
  const name = fit(ch.name, box.w, MONO_CH);
  const about = channelAbout(ch.arg, ch.closed, hidden);
  const aboutRoom = box.w - textWidth(name, MONO_CH);
  const aboutText = aboutRoom >= textWidth(' …', SMALL_CH) ? fit(about, aboutRoom, SMALL_CH) : '';
  const pipeMid = PIPE_TOP + PIPE_H / 2;
  const children: VNode[] = [
    h('title', {}, title),
    h('text', { x: 0, y: 12, class: 'chan-name' }, name, h('tspan', { class: 'chan-cap' }, aboutText)),
    h('rect', { x: 0, y: PIPE_TOP, width: pipeW, height: PIPE_H, rx: 6, class: 'pipe' }),
  ];
  if (ch.arg === 0) children.push(h('text', { x: pipeW / 2, y: pipeMid + 4, class: 'pipe-empty', 'text-anchor': 'middle' }, 'hand-off'));
  const shown = Math.min(ch.arg, MAX_SLOTS);
  for (let i = 0; i < shown; i++) {
    const item = ch.slots[i] ?? -1;
    const sx = 6 + i * SLOT;
    children.push(keyed(`slot${i}`, h('rect', { x: sx, y: PIPE_TOP + 5, width: SLOT - 4, height: PIPE_H - 10, rx: 4, class: item >= 0 ? 'slot full' : 'slot' })));
    if (item >= 0) {
      const value = world.items.get(item)?.value ?? '?';
      children.push(
        keyed(
          `item${i}`,
          h('text', { x: sx + (SLOT - 4) / 2, y: pipeMid + 4, class: 'slot-text', 'text-anchor': 'middle' }, clip(value, 3), h('title', {}, `item ${item}: ${value} (slot ${i})`)),
        ),
      );
    }
  }
  if (ch.closed) children.push(h('line', { x1: pipeW + 2, y1: PIPE_TOP - 2, x2: pipeW + 2, y2: PIPE_TOP + PIPE_H + 2, class: 'closed-end' }));
  const queues: string[] = [];
  if (ch.sendq.length > 0) queues.push(queueText('senders', ch.sendq.map((g) => goName(world, g))));
  if (ch.recvq.length > 0) queues.push(queueText('receivers', ch.recvq.map((g) => goName(world, g))));
  if (queues.length > 0) {
    // On the lines the placement gave the channel (a second one when a queue can be long).
    const lines = wrapText(queues.join(' · '), box.w, 1 + Math.round((box.h - CH_H) / QUEUE_LINE), SMALL_CH);
    lines.forEach((line, i) => {
      children.push(keyed(`queue${i}`, h('text', { x: 0, y: PIPE_TOP + PIPE_H + 14 + i * QUEUE_LINE, class: 'queue-text' }, line)));
    });
  }
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

function syncBox(o: SyncObject, world: World, box: Box): VNode {
  const detail = syncDetail(o, world);
  return h(
    'g',
    { class: `sync kind-${o.kind}`, 'data-testid': 'sync-object', 'data-obj': o.id, transform: `translate(${box.x} ${box.y})` },
    h('title', {}, `${o.kind} ${o.name}: ${detail}`),
    h('rect', { width: box.w, height: box.h, rx: 6, class: 'sync-box' }),
    h('text', { x: 8, y: 17, class: 'sync-name' }, fit(syncName(o.kind, o.name), box.w - 16, MONO_CH)),
    // On the lines the placement gave the band (a second one when a detail can be long).
    ...wrapText(detail, box.w - 16, 1 + Math.round((box.h - BAND_H) / QUEUE_LINE), SMALL_CH).map((line, i) =>
      keyed(`detail${i}`, h('text', { x: 8, y: 34 + i * QUEUE_LINE, class: 'sync-detail' }, line)),
    ),
  );
}

function showInBand(o: SyncObject): boolean {
  if (o.kind === 'timer' || o.kind === 'ticker') return o.firesAt >= 0;
  return true;
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
    case 'channel':
    case 'cond':
    case 'errgroup':
      return waiting.replace(/^ · /, '') || '—';
    default:
      return unreachable(o.kind, 'object kind');
  }
}

/** A wait edge along `points`, its corners rounded; on a wait-for cycle it ends in an arrow. */
function edge(g: number, target: number, route: Route, sending: boolean, cycle: boolean): VNode {
  const d = pathOf(route);
  const cls = `edge${sending ? ' send' : ''}${cycle ? ' cycle' : ''}`;
  return h('path', { d, class: cls, 'data-from': `g${g}`, 'data-to': `o${target}`, ...(cycle ? { 'marker-end': 'url(#cycle-arrow)' } : {}) });
}

/**
 * A lock on a wait-for cycle to the goroutine holding it: the route from the holder, walked back,
 * its ends moved off the anchors (up at the goroutine, down at the lock) so its arrow does not sit
 * on the start or the end of a wait edge.
 */
function heldEdge(lock: number, holder: number, route: Route, title: string): VNode {
  const points = route.points.map(([x, y]) => [x, y] as [number, number]);
  const n = points.length;
  for (const [i, dy] of [[0, -7], [1, -7], [n - 2, 7], [n - 1, 7]] as const) {
    const p = points[i];
    if (n >= 4 && p !== undefined) p[1] += dy;
  }
  const back: Route = { points: points.reverse(), direct: route.direct };
  return h(
    'path',
    { d: pathOf(back), class: 'edge held cycle', 'data-from': `o${lock}`, 'data-to': `g${holder}`, 'marker-end': 'url(#cycle-arrow)' },
    h('title', {}, title),
  );
}

function pathOf(route: Route): string {
  const [first, ...rest] = route.points;
  if (first === undefined) return '';
  let d = `M ${first[0]} ${first[1]}`;
  if (route.direct) {
    // Straight to a neighbouring column: one S-curve (and a straight piece to a pipe's end).
    const [x2, y2] = rest[0] ?? first;
    const mid = (first[0] + x2) / 2;
    d += ` C ${mid} ${first[1]}, ${mid} ${y2}, ${x2} ${y2}`;
    for (const [x, y] of rest.slice(1)) d += ` L ${x} ${y}`;
  } else {
    for (let i = 0; i < rest.length; i++) {
      const [x, y] = rest[i] ?? first;
      const next = rest[i + 1];
      const prev = i === 0 ? first : (rest[i - 1] ?? first);
      if (next === undefined) {
        d += ` L ${x} ${y}`;
        break;
      }
      const r = Math.min(6, Math.hypot(x - prev[0], y - prev[1]) / 2, Math.hypot(next[0] - x, next[1] - y) / 2);
      const inX = x - Math.sign(x - prev[0]) * r;
      const inY = y - Math.sign(y - prev[1]) * r;
      const outX = x + Math.sign(next[0] - x) * r;
      const outY = y + Math.sign(next[1] - y) * r;
      d += ` L ${inX} ${inY} Q ${x} ${y}, ${outX} ${outY}`;
    }
  }
  return d;
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

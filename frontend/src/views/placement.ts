/**
 * Where everything sits on the stage, in stage units, and the paths wait edges take between
 * things. Computed from the layout (the whole run so far) and the frame the stage is shown in, never
 * from the playhead, so nothing moves while the playhead does; the stage keeps it until either
 * changes.
 *
 *   processor row      P0 … Pn and the scheduler
 *   lane               free strip: edges run along it
 *   band 0             columns by rank, data flowing left → right
 *   lane
 *   band 1 …           the ranks that did not fit the frame's width continue here, again left → right
 *   lane
 *   sync band          mutexes, wait groups, contexts, timers, atomics
 *
 * Columns are separated by corridors and bands by lanes, and the margins left and right are free
 * too, so a wait edge that cannot go straight to a neighbouring column follows corridors, lanes and
 * margins and never runs through a token, a pipe or a label. A column taller than the frame allows
 * is split into sub-columns of the same rank.
 *
 * Columns are as wide as their names need (labels.ts measures them), up to a bound: a channel whose
 * wait queue would not fit on one line gets a second line for it instead.
 */
import { QUEUE_LINE, SMALL_CH, MONO_CH, TOKEN_TEXT_X, channelAbout, channelStatus, longestSyncDetail, panicStatus, queueText, selectStatus, syncName, textWidth, tokenWidth, wrapText } from './labels';
import type { StageLayout } from './layout';

/** The room the stage has on the page: CSS pixels, and the scale (pixels per unit) it would like. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

export const DEFAULT_FRAME: Frame = { width: 1000, height: 620, scale: 1 };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One placed thing: its box, and where wait edges reach it. */
export interface Place {
  readonly box: Box;
  /** Band index; the sync band is the last. */
  readonly band: number;
  /** Column index within the band (sync objects: their column in the sync grid). */
  readonly column: number;
  /** x of the corridors on either side. */
  readonly leftCorridor: number;
  readonly rightCorridor: number;
  /** Where an edge meets it: left and right ends, at height `anchorY`. */
  readonly leftX: number;
  readonly rightX: number;
  readonly anchorY: number;
  /** In the sync band (edges reach it from above, at its left end). */
  readonly sync: boolean;
}

export interface Placement {
  readonly width: number;
  readonly height: number;
  /** Goroutines by `g<id>`, channels and sync objects by `o<id>`. */
  readonly places: ReadonlyMap<string, Place>;
  /** Reserved places for timer-owned channels per rank, and for timers in the sync band, in order. */
  readonly timerChannelSlots: ReadonlyMap<number, readonly Place[]>;
  readonly timerBandSlots: readonly Place[];
  /** Things left out of a full column ("+n more"), with where to say so. */
  readonly overflow: ReadonlyArray<{ readonly x: number; readonly y: number; readonly count: number }>;
  /** Top of each band, and of the lane above it (the sync band last, when there is one). */
  readonly bandTops: readonly number[];
  readonly laneYs: readonly number[];
  /** Top left of each processor's box, P0 first, and where the scheduler's two lines go. */
  readonly procBoxes: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  readonly schedAt: { readonly x: number; readonly y: number; readonly w: number };
  /** How many bands hold goroutines and channels (the sync band, if any, comes after them). */
  readonly flowBands: number;
}

export const GO_W = 220;
const GO_MAX_W = 300;
export const GO_H = 50;
const GO_ROW = 62;
export const CH_H = 66;
const CH_ROW = 84;
/** Where a channel's pipe sits inside its box. */
export const PIPE_TOP = 18;
export const PIPE_H = 32;
export const SLOT = 26;
export const MAX_SLOTS = 12;
const CH_MIN_W = 170;
const CH_MAX_W = 300;
export const PROC_W = 140;
export const PROC_STEP = 150;
export const PROC_H = 40;
export const SCHED_W = 230;
/** The scheduler's two lines, when they go below the processors instead of beside them. */
const SCHED_H = 36;
export const BAND_W = 210;
const BAND_MAX_W = 300;
export const BAND_H = 44;
const BAND_GAP = 16;
const CORRIDOR = 44;
const LANE = 28;
const SIDE = 30;
const MARGIN = 12;
const MORE_H = 20;
const MAX_PER_RANK = 40;
/** Each further band costs this share of scale when candidates are compared (a straight flow reads best). */
const BAND_COST = 0.96;

export function pipeWidth(capacity: number): number {
  return capacity === 0 ? 90 : Math.min(capacity, MAX_SLOTS) * SLOT + 12;
}

interface Member {
  readonly key: string;
}

interface Column {
  readonly rank: number;
  readonly isChan: boolean;
  readonly w: number;
  /** Channel columns: the lines a wait queue may take. */
  readonly queueLines: number;
  readonly members: Member[];
  /** Timer-owned channels get these many rows at the bottom, filled at the playhead. */
  timerRows: number;
  more: number;
  x: number;
  band: number;
  index: number;
}

/**
 * The placement that shows the run largest in the frame: several column heights and band widths
 * (up to `maxBands` bands) are tried, and the one whose picture scales up the most (up to the
 * frame's preferred scale) wins, a little against each extra band.
 */
export function placeStage(layout: StageLayout, frame: Frame, procCount: number, maxBands = 5): Placement {
  const procs = procRows(frame, procCount);
  const prepared = prepare(layout);
  const wide = placeWith(prepared, procs, MAX_PER_RANK, Infinity, 4);
  let best = wide;
  let bestScore = -1;
  const flowW = wide.flowWidth;
  // A sync band of more columns than objects is the same band: those candidates are left out.
  const syncObjects = layout.otherOrder.length;
  const syncChoices = [1, 2, 4, 6, 8].filter((c, i, all) => i === 0 || (all[i - 1] ?? 0) < syncObjects);
  for (const rows of [MAX_PER_RANK, 10, 8, 6, 5, 4, 3]) {
    for (let bands = 1; bands <= maxBands; bands++) {
      for (const syncColumns of syncChoices) {
        const candidate =
          bands === 1 && rows === MAX_PER_RANK && syncColumns === 4
            ? wide
            : placeWith(prepared, procs, rows, bands === 1 ? Infinity : flowW / bands + GO_W, syncColumns);
        const fit = Math.min(frame.width / candidate.width, frame.height / candidate.height, frame.scale);
        const score = fit * BAND_COST ** (candidate.bandTops.length - 1);
        if (score > bestScore + 1e-9) {
          best = candidate;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

/** How the processor row is arranged: processors per row, and the scheduler's lines beside them or below. */
interface ProcRows {
  readonly count: number;
  readonly perRow: number;
  readonly schedBelow: boolean;
}

/** One row of processors is worth drawing the picture this much smaller than the frame would like. */
const ONE_ROW_FIT = 0.8;

/**
 * All processors in one row, the scheduler's lines beside them, unless that row alone would shrink
 * the picture below ONE_ROW_FIT of the frame's preferred scale; then as many to a row as the frame
 * shows at that scale, the scheduler's lines beside them when there is room (else below), the rows
 * balanced: a phone gets P0 P1 / P2 P3.
 */
export function procRows(frame: Frame, count: number): ProcRows {
  if (frame.width / (count * PROC_STEP + SCHED_W + 2 * MARGIN) >= ONE_ROW_FIT * frame.scale) return { count, perRow: count, schedBelow: false };
  const room = frame.width / frame.scale - 2 * MARGIN;
  const balanced = (perRow: number) => Math.ceil(count / Math.ceil(count / Math.max(1, Math.min(count, perRow))));
  const beside = Math.floor((room - SCHED_W) / PROC_STEP);
  if (beside >= 1) return { count, perRow: balanced(beside), schedBelow: false };
  return { count, perRow: balanced(Math.floor((room + PROC_STEP - PROC_W) / PROC_STEP)), schedBelow: true };
}

/**
 * What every candidate placement shares, worked out once per placeStage: the columns by rank with
 * their widths (measured from every name in them), and the sync band's objects and box size.
 */
interface Prepared {
  readonly layout: StageLayout;
  readonly syncIds: readonly number[];
  readonly timerIds: readonly number[];
  readonly syncCount: number;
  readonly syncW: number;
  readonly syncLines: number;
  readonly ranks: ReadonlyArray<{
    readonly rank: number;
    readonly isChan: boolean;
    readonly members: readonly Member[];
    /** Members plus the rows reserved for timer channels. */
    readonly rows: number;
    readonly more: number;
    readonly w: number;
    readonly queueLines: number;
  }>;
}

function prepare(layout: StageLayout): Prepared {
  const syncIds = layout.otherOrder.filter((id) => !layout.timerOwned.has(id));
  const timerIds = layout.otherOrder.filter((id) => layout.timerOwned.has(id) && !layout.chanRank.has(id));
  // Timers come and go; room is kept for as many as can be waited on at once.
  const timerWaiters = Math.max(1, [...layout.timerReceivers.values()].reduce((a, b) => a + b, 0));
  const timerBandCount = Math.min(timerIds.length, timerWaiters);
  const syncCount = Math.min(syncIds.length + timerBandCount, 48);

  const byRank = new Map<number, { go: Member[]; chans: Member[]; timers: number; more: number }>();
  const rankEntry = (rank: number) => {
    let e = byRank.get(rank);
    if (e === undefined) byRank.set(rank, (e = { go: [], chans: [], timers: 0, more: 0 }));
    return e;
  };
  for (const id of layout.goOrder) {
    const e = rankEntry(layout.goRank.get(id) ?? 0);
    if (e.go.length >= MAX_PER_RANK) e.more++;
    else e.go.push({ key: `g${id}` });
  }
  const timerChans = new Map<number, number>();
  for (const id of layout.chanOrder) {
    const rank = layout.chanRank.get(id) ?? 1;
    const e = rankEntry(rank);
    if (layout.timerOwned.has(id)) timerChans.set(rank, (timerChans.get(rank) ?? 0) + 1);
    else if (e.chans.length >= MAX_PER_RANK) e.more++;
    else e.chans.push({ key: `o${id}` });
  }
  for (const [rank, count] of timerChans) rankEntry(rank).timers = Math.min(count, Math.max(1, layout.timerReceivers.get(rank) ?? 0));
  const ranks = [...byRank.keys()]
    .sort((a, b) => a - b)
    .map((rank) => {
      const e = byRank.get(rank) ?? { go: [], chans: [], timers: 0, more: 0 };
      const isChan = rank % 2 === 1;
      const members = isChan ? e.chans : e.go;
      const { w, queueLines } = isChan ? channelColumnWidth(layout, rank) : { w: goColumnWidth(layout, rank), queueLines: 0 };
      return { rank, isChan, members, rows: members.length + (isChan ? e.timers : 0), more: e.more, w, queueLines };
    });

  const names = layout.names;
  const userNames = (id: number) => (names.users.get(id) ?? []).map((g) => names.goroutine.get(g) ?? '');
  const { w: syncW, lines: syncLines } = syncBandWidth(
    [...syncIds, ...timerIds].map((id) => syncName(names.kind.get(id), names.object.get(id) ?? '')),
    [...syncIds, ...timerIds].map((id) => longestSyncDetail(userNames(id))),
  );
  return { layout, syncIds, timerIds, syncCount, syncW, syncLines, ranks };
}

function placeWith(prepared: Prepared, procs: ProcRows, goRows: number, maxBandW: number, syncColumns = 4): Placement & { flowWidth: number } {
  const { layout, syncIds, syncCount, syncW, syncLines } = prepared;

  // Rows a column may have before it splits: what fits the frame's height next to the other parts.
  const maxChRows = Math.max(2, Math.floor((goRows * GO_ROW) / CH_ROW));

  // Columns by rank; a rank too tall for the frame becomes several sub-columns.
  const groups: Column[][] = [];
  for (const { rank, isChan, members, rows, more, w, queueLines } of prepared.ranks) {
    const maxRows = isChan ? maxChRows : goRows;
    const split = Math.max(1, Math.ceil(rows / maxRows));
    const perColumn = Math.ceil(rows / split);
    const group: Column[] = [];
    for (let i = 0; i < split; i++) {
      group.push({ rank, isChan, w, queueLines, members: members.slice(i * perColumn, (i + 1) * perColumn), timerRows: 0, more: 0, x: 0, band: 0, index: 0 });
    }
    const last = group[group.length - 1];
    if (last !== undefined) {
      // Timer rows go last, in the last sub-column (it has room: the split counted them).
      last.timerRows = isChan ? Math.max(0, rows - (split - 1) * perColumn - last.members.length) : 0;
      last.more = more;
    }
    groups.push(group);
  }

  // Bands: ranks left to right until the band is as wide as allowed.
  const bands: Column[][] = [[]];
  let x = SIDE;
  for (const group of groups) {
    const groupW = group.reduce((sum, c) => sum + c.w, 0) + (group.length - 1) * CORRIDOR;
    let band = bands[bands.length - 1] ?? [];
    if (band.length > 0 && x + groupW + SIDE > maxBandW) {
      bands.push((band = []));
      x = SIDE;
    }
    for (const column of group) {
      column.x = x;
      column.band = bands.length - 1;
      column.index = band.length;
      band.push(column);
      x += column.w + CORRIDOR;
    }
  }
  const chanRow = (c: Column) => CH_ROW + (c.queueLines - 1) * QUEUE_LINE;
  const columnHeight = (c: Column) =>
    (c.isChan ? (c.members.length + c.timerRows) * chanRow(c) : c.members.length * GO_ROW) + (c.more > 0 ? MORE_H : 0);
  const syncH = BAND_H + (syncLines - 1) * QUEUE_LINE;
  const procRowW = procs.perRow * PROC_STEP - (PROC_STEP - PROC_W);
  const procWidth = procs.schedBelow ? Math.max(procRowW, SCHED_W) : procs.perRow * PROC_STEP + SCHED_W;
  const flowWidth = Math.max(...bands.map((b) => b.reduce((right, c) => Math.max(right, c.x + c.w), 0) + SIDE));
  let width = Math.max(procWidth + 2 * MARGIN, flowWidth);
  width = Math.max(width, Math.min(syncCount, syncColumns) * (syncW + BAND_GAP) - BAND_GAP + 2 * SIDE);

  const places = new Map<string, Place>();
  const timerChannelSlots = new Map<number, Place[]>();
  const overflow: Array<{ x: number; y: number; count: number }> = [];
  const bandTops: number[] = [];
  const laneYs: number[] = [];
  const procTop = MARGIN;
  const procBoxes = Array.from({ length: procs.count }, (_, i) => ({ x: MARGIN + (i % procs.perRow) * PROC_STEP, y: procTop + Math.floor(i / procs.perRow) * PROC_H }));
  const procRowsH = Math.ceil(procs.count / procs.perRow) * PROC_H;
  const schedAt = procs.schedBelow
    ? { x: MARGIN, y: procTop + procRowsH - 8, w: width - 2 * MARGIN }
    : { x: MARGIN + procs.perRow * PROC_STEP, y: procTop, w: SCHED_W };
  let y = procTop + procRowsH + (procs.schedBelow ? SCHED_H : 0);
  bands.forEach((band, b) => {
    laneYs.push(y + LANE / 2);
    const top = y + LANE;
    bandTops.push(top);
    let bottom = top;
    for (const c of band) {
      const left = c.x - CORRIDOR / 2;
      const right = c.x + c.w + CORRIDOR / 2;
      let row = top;
      for (const m of c.members) {
        places.set(m.key, c.isChan ? chanPlace(c, b, row, left, right, layout.chanCap.get(Number(m.key.slice(1))) ?? 0) : goPlace(c, b, row, left, right));
        row += c.isChan ? chanRow(c) : GO_ROW;
      }
      for (let i = 0; i < c.timerRows; i++) {
        const list = timerChannelSlots.get(c.rank) ?? [];
        list.push(chanPlace(c, b, row, left, right, 1));
        timerChannelSlots.set(c.rank, list);
        row += chanRow(c);
      }
      if (c.more > 0) overflow.push({ x: c.x, y: row + 14, count: c.more });
      bottom = Math.max(bottom, top + columnHeight(c));
    }
    y = bottom;
  });

  // The sync band: a grid whose gaps are corridors.
  const timerBandSlots: Place[] = [];
  if (syncCount > 0) {
    laneYs.push(y + LANE / 2);
    const top = y + LANE;
    bandTops.push(top);
    const perRow = Math.max(1, Math.floor((width - 2 * SIDE + BAND_GAP) / (syncW + BAND_GAP)));
    const b = bands.length;
    const slot = (i: number): Place => {
      const bx = SIDE + (i % perRow) * (syncW + BAND_GAP);
      const by = top + Math.floor(i / perRow) * (syncH + BAND_GAP);
      return {
        box: { x: bx, y: by, w: syncW, h: syncH },
        band: b,
        column: i % perRow,
        leftCorridor: bx - BAND_GAP / 2,
        rightCorridor: bx + syncW + BAND_GAP / 2,
        leftX: bx,
        rightX: bx + syncW,
        anchorY: by + syncH / 2,
        sync: true,
      };
    };
    let i = 0;
    for (const id of syncIds.slice(0, syncCount)) places.set(`o${id}`, slot(i++));
    while (i < syncCount) timerBandSlots.push(slot(i++));
    y = top + Math.ceil(syncCount / perRow) * (syncH + BAND_GAP) - BAND_GAP;
  }
  return { width, height: y + MARGIN, places, timerChannelSlots, timerBandSlots, overflow, bandTops, laneYs, procBoxes, schedAt, flowWidth, flowBands: bands.length };
}

function goPlace(c: Column, band: number, y: number, left: number, right: number): Place {
  return { box: { x: c.x, y, w: c.w, h: GO_H }, band, column: c.index, leftCorridor: left, rightCorridor: right, leftX: c.x, rightX: c.x + c.w, anchorY: y + GO_H / 2, sync: false };
}

/**
 * A goroutine column: as wide as its widest token's top line needs, and wide enough for the
 * statuses naming channels (a send, a receive, its longest select) to read in full on two lines.
 */
function goColumnWidth(layout: StageLayout, rank: number): number {
  const names = layout.names;
  let w = GO_W;
  const statuses: string[] = [];
  for (const id of layout.goOrder) {
    if ((layout.goRank.get(id) ?? 0) !== rank) continue;
    w = Math.max(w, tokenWidth(names.goroutine.get(id) ?? '', names.findings.get(id) ?? [], names.sends.has(id)));
    const cases = names.selects.get(id);
    if (cases !== undefined) statuses.push(selectStatus(cases));
    const panic = names.panics.get(id);
    if (panic !== undefined) statuses.push(panicStatus(panic));
  }
  for (const [which, send] of [[names.senders, true], [names.receivers, false]] as const) {
    for (const [ch, gs] of which) {
      if (gs.some((g) => (layout.goRank.get(g) ?? 0) === rank)) statuses.push(channelStatus(send, names.object.get(ch) ?? ''));
    }
  }
  const fits = (width: number) => statuses.every((s) => !wrapText(s, width - TOKEN_TEXT_X - 8, 2, SMALL_CH).some((line) => line.endsWith('…')));
  while (w < GO_MAX_W && !fits(w)) w += 10;
  return Math.min(GO_MAX_W, w);
}

/** The sync band's boxes: wide enough for every name, and for every detail on one line or, when that would be too wide, on two. */
function syncBandWidth(nameLines: readonly string[], details: readonly string[]): { w: number; lines: number } {
  const w = Math.max(BAND_W, ...nameLines.map((n) => textWidth(n, MONO_CH) + 16));
  const detailW = Math.max(0, ...details.map((d) => textWidth(d, SMALL_CH) + 16));
  if (detailW <= BAND_MAX_W) return { w: Math.min(BAND_MAX_W, Math.max(w, detailW)), lines: 1 };
  let two = Math.min(BAND_MAX_W, w);
  while (two < BAND_MAX_W && details.some((d) => wrapText(d, two - 16, 2, SMALL_CH).some((line) => line.endsWith('…')))) two += 10;
  return { w: Math.min(BAND_MAX_W, two), lines: 2 };
}

/**
 * A channel column: room for each pipe, for each name with what follows it, and for the longest
 * wait queue each channel could show (its longest senders' or receivers' names), on one line or,
 * when that would make the column too wide, on two.
 */
function channelColumnWidth(layout: StageLayout, rank: number): { w: number; queueLines: number } {
  const names = layout.names;
  const goNames = (ids: readonly number[] | undefined) => (ids ?? []).map((g) => names.goroutine.get(g) ?? '').sort((a, b) => b.length - a.length);
  let w = CH_MIN_W;
  const queues: string[] = [];
  for (const id of layout.chanOrder) {
    if ((layout.chanRank.get(id) ?? 1) !== rank) continue;
    const capacity = layout.chanCap.get(id) ?? 0;
    const about = channelAbout(capacity, names.closed.has(id), Math.max(0, capacity - MAX_SLOTS));
    w = Math.max(w, pipeWidth(capacity), textWidth(names.object.get(id) ?? '', MONO_CH) + textWidth(about, SMALL_CH));
    for (const [which, ids] of [['senders', names.senders.get(id)], ['receivers', names.receivers.get(id)]] as const) {
      if (ids !== undefined && ids.length > 0) queues.push(queueText(which, goNames(ids)));
    }
  }
  const queueW = Math.max(0, ...queues.map((q) => textWidth(q, SMALL_CH)));
  if (queueW <= CH_MAX_W) return { w: Math.min(CH_MAX_W, Math.max(w, queueW)), queueLines: 1 };
  // Two lines: the narrowest width (from the names' own) at which every queue breaks in two whole lines.
  let two = Math.min(CH_MAX_W, w);
  while (two < CH_MAX_W && queues.some((q) => wrapText(q, two, 2, SMALL_CH).some((line) => line.endsWith('…')))) two += 10;
  return { w: Math.min(CH_MAX_W, two), queueLines: 2 };
}

function chanPlace(c: Column, band: number, y: number, left: number, right: number, capacity: number): Place {
  const pipeW = pipeWidth(capacity);
  return {
    box: { x: c.x, y, w: c.w, h: CH_H + (c.queueLines - 1) * QUEUE_LINE },
    band,
    column: c.index,
    leftCorridor: left,
    rightCorridor: right,
    leftX: c.x,
    rightX: c.x + Math.min(pipeW, c.w),
    anchorY: y + PIPE_TOP + PIPE_H / 2,
    sync: false,
  };
}

/**
 * The points of a wait edge from a goroutine to what it waits on: straight across when the two
 * are in neighbouring columns of one band, otherwise out into a corridor, along a lane (and down
 * the stage's margin when bands lie between), and in through the target's corridor. `spread` moves
 * edges that share corridors and lanes a few units apart.
 */
export interface Route {
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** Straight across to a neighbouring column: the first leg is drawn as one S-curve. */
  readonly direct: boolean;
}

export function routeEdge(from: Place, to: Place, placement: Placement, spread: number): Route {
  const fromCx = from.box.x + from.box.w / 2;
  const toCx = to.box.x + to.box.w / 2;
  const rightward = toCx >= fromCx;
  const sync = to.sync;
  if (!sync && from.band === to.band && Math.abs(from.column - to.column) === 1) {
    // Arriving from the right, the curve ends at the column's edge and a straight piece at the
    // pipe's height reaches the pipe's end: the curve stays out of the column's labels.
    const points: Array<readonly [number, number]> = rightward
      ? [
          [from.rightX, from.anchorY],
          [to.leftX, to.anchorY],
        ]
      : [
          [from.leftX, from.anchorY],
          [to.box.x + to.box.w, to.anchorY],
        ];
    if (!rightward && to.rightX < to.box.x + to.box.w) points.push([to.rightX, to.anchorY]);
    return { points, direct: true };
  }
  const startX = rightward || sync ? from.rightX : from.leftX;
  const c1 = (rightward || sync ? from.rightCorridor : from.leftCorridor) + spread;
  const fromLeftOfTarget = sync || fromCx < to.box.x;
  const endX = fromLeftOfTarget ? to.leftX : to.rightX;
  const c2 = (fromLeftOfTarget ? to.leftCorridor : to.rightCorridor) + spread;
  const lane = (band: number) => (placement.laneYs[band] ?? 0) + spread;
  const points: Array<readonly [number, number]> = [
    [startX, from.anchorY],
    [c1, from.anchorY],
  ];
  if (to.band === from.band) {
    points.push([c1, lane(from.band)], [c2, lane(from.band)]);
  } else {
    // The lane between the two bands when they are neighbours; else down (or up) the margin.
    const down = to.band > from.band;
    const leave = lane(down ? from.band + 1 : from.band);
    const arrive = lane(down ? to.band : to.band + 1);
    points.push([c1, leave]);
    if (leave !== arrive) {
      const margin = c2 + c1 > placement.width ? placement.width - SIDE / 3 : SIDE / 3;
      points.push([margin + spread, leave], [margin + spread, arrive]);
    }
    points.push([c2, arrive]);
  }
  points.push([c2, to.anchorY], [endX, to.anchorY]);
  return { points, direct: false };
}

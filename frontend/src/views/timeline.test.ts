import { describe, expect, it } from 'vitest';
import { EventStore } from '../model/events';
import { LIBRARY_RUNS, libraryCatalog, runName, storeOf } from '../model/fixtures/library';
import { ColumnScale, LANE_COLOURS, Lane, type TimelineData, TimelineBuilder, laneColumns, timelineData } from './lanes';
import { STATE_COLOUR } from './palette';


function changesOf(lane: Lane): Array<[number, string, number]> {
  const out: Array<[number, string, number]> = [];
  for (let j = 0; j < lane.length; j++) out.push([lane.at(j), LANE_COLOURS[lane.colour(j)] ?? '?', lane.level(j)]);
  return out;
}

function snapshot(data: TimelineData): unknown {
  return { end: data.end, byTime: data.byTime, lanes: data.lanes.map((l) => ({ name: l.name, kind: l.kind, changes: changesOf(l) })) };
}

/** Paints every change in order, one rectangle each, into an array of columns, a rectangle never covering a higher-ranked colour or level. */
function naiveColumns(lane: Lane, scale: ColumnScale, axisEnd: number, minSpan: number): Array<string | null> {
  const colour: Array<number | null> = new Array<number | null>(scale.columns).fill(null);
  const level = new Array<number>(scale.columns).fill(0);
  for (let j = 0; j < lane.length; j++) {
    const next = j + 1 < lane.length ? lane.at(j + 1) : Math.max(axisEnd, lane.at(j) + minSpan);
    const x1 = Math.floor(scale.x(lane.at(j)));
    const x2 = Math.max(x1 + 1, Math.ceil(scale.x(next)));
    for (let c = Math.max(0, x1); c < Math.min(scale.columns, x2); c++) {
      colour[c] = Math.max(colour[c] ?? 0, lane.colour(j));
      level[c] = Math.max(level[c] ?? 0, lane.level(j));
    }
  }
  return colour.map((c, i) => (c === null ? null : `${c}@${level[i]}`));
}

function aggregatedColumns(lane: Lane, scale: ColumnScale, axisEnd: number, minSpan: number, c0 = 0): Array<string | null> {
  const out: Array<string | null> = new Array<string | null>(scale.columns).fill(null);
  const runs = laneColumns(lane, scale, axisEnd, minSpan, c0);
  for (let r = 0; r < runs.start.length; r++) {
    for (let c = runs.start[r] ?? 0; c < (runs.end[r] ?? 0); c++) out[c] = `${runs.colour[r]}@${runs.level[r]}`;
  }
  return out;
}

/** xorshift32 (the seed scrambled first: small seeds start near 0), so a failure names its seed. */
function random(seed: number): () => number {
  let x = (Math.imul(seed, 0x9e3779b9) ^ 0x5bd1e995) >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < 4; i++) next();
  return next;
}

function randomLane(rand: () => number, kind: 'goroutine' | 'channel', n: number, dense: boolean): Lane {
  const lane = new Lane('x', kind);
  let at = Math.floor(rand() * 50);
  for (let j = 0; j < n; j++) {
    // Dense lanes: many changes per column, some at the same instant.
    at += dense ? (rand() < 0.3 ? 0 : Math.floor(rand() * 3)) : Math.floor(rand() * 400);
    lane.push(at, kind === 'channel' ? Math.floor(rand() * 5) / 4 : Math.floor(rand() * (LANE_COLOURS.length - 1)));
  }
  return lane;
}

describe('timeline data', () => {
  it('has a lane per goroutine coloured by state and a lane per buffered channel', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'buffered-channel');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const data = timelineData(store, 4, true);
    expect(data.byTime).toBe(true);
    expect(data.end).toBe(store.lastTime);
    expect(data.lanes.map((l) => `${l.kind}:${l.name}`)).toEqual(['goroutine:main', 'goroutine:producer', 'channel:ch']);
    const producer = changesOf(data.lanes[1] as Lane);
    expect(producer.some(([, colour]) => colour === STATE_COLOUR.blocked)).toBe(true);
    expect(producer.at(-1)?.[1]).toBe(STATE_COLOUR.done);
    const ch = changesOf(data.lanes[2] as Lane);
    expect(ch.some(([, , level]) => level > 0)).toBe(true);
    const byEvents = timelineData(store, 4, false);
    expect(byEvents.end).toBe(store.length);
  });

  it('builds the same lanes from batches as they stream in as from the whole run', () => {
    for (const run of LIBRARY_RUNS) {
      const whole = storeOf(run);
      const streamed = new EventStore(libraryCatalog());
      const builder = new TimelineBuilder(run.run.gomaxprocs, true);
      for (let from = 0; from < whole.length; from += 37) {
        const count = Math.min(37, whole.length - from);
        const seqs = Array.from({ length: count }, (_, i) => from + i);
        streamed.append({
          firstSeq: from,
          count,
          baseTime: streamed.lastTime,
          codes: Uint32Array.from(seqs, (s) => whole.code(s)),
          times: Float64Array.from(seqs, (s) => whole.time(s)),
          fields: seqs.map((s) => whole.fields(s)),
        });
        builder.update(streamed);
      }
      expect(snapshot(builder.update(streamed)), runName(run)).toEqual(snapshot(timelineData(whole, run.run.gomaxprocs, true)));
    }
  });

  it('returns the same object while nothing changed, and starts over after a truncation', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool');
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const builder = new TimelineBuilder(run.run.gomaxprocs, false);
    const first = builder.update(store);
    expect(builder.update(store)).toBe(first);
    store.truncate(Math.floor(store.length / 2));
    const again = builder.update(store);
    expect(again).not.toBe(first);
    expect(snapshot(again)).toEqual(snapshot(timelineData(store, run.run.gomaxprocs, false)));
  });
});

describe('lane columns', () => {
  it('give every column the highest-ranked colour and the highest level of the changes it holds', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      const kind = rand() < 0.5 ? 'goroutine' : 'channel';
      const lane = randomLane(rand, kind, 1 + Math.floor(rand() * 400), rand() < 0.5);
      const last = lane.at(lane.length - 1);
      const end = last + Math.floor(rand() * 100);
      const from = rand() < 0.4 ? 0 : Math.floor(rand() * last);
      const to = from + 1 + Math.floor(rand() * (end - from + 10));
      const scale = new ColumnScale(from, to, 1 + Math.floor(rand() * 300));
      const minSpan = rand() < 0.5 ? 0 : 1;
      expect(aggregatedColumns(lane, scale, end, minSpan), `seed=${seed}`).toEqual(naiveColumns(lane, scale, end, minSpan));
    }
  });

  it('match the naive painting for every library run, on both axes, zoomed out and in', () => {
    for (const run of LIBRARY_RUNS) {
      for (const byTime of [true, false]) {
        const data = timelineData(storeOf(run), run.run.gomaxprocs, byTime);
        const minSpan = data.byTime ? 0 : 1;
        for (const [from, to, columns] of [[0, data.end, 900], [data.end / 3, data.end / 2, 517], [0, data.end, 7]] as const) {
          const scale = new ColumnScale(from, to, columns);
          for (const lane of data.lanes) {
            expect(aggregatedColumns(lane, scale, data.end, minSpan), `${runName(run)} ${lane.name}`).toEqual(naiveColumns(lane, scale, data.end, minSpan));
          }
        }
      }
    }
  });

  it('show an instant of running inside a long wait, and a long wait around it', () => {
    const blocked = LANE_COLOURS.indexOf(STATE_COLOUR.blocked);
    const running = LANE_COLOURS.indexOf(STATE_COLOUR.running);
    const lane = new Lane('main', 'goroutine');
    lane.push(0, blocked);
    lane.push(503, running);
    lane.push(503, blocked);
    const columns = aggregatedColumns(lane, new ColumnScale(0, 1000, 10), 1000, 0);
    expect(columns).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => (c === 5 ? `${running}@1` : `${blocked}@1`)));
  });

  it('redraw from a column on gives the same columns as a full draw there', () => {
    const rand = random(7);
    const lane = randomLane(rand, 'channel', 5000, true);
    const scale = new ColumnScale(0, lane.at(lane.length - 1), 640);
    const full = aggregatedColumns(lane, scale, lane.at(lane.length - 1), 0);
    const tail = aggregatedColumns(lane, scale, lane.at(lane.length - 1), 0, 400);
    expect(tail.slice(400)).toEqual(full.slice(400));
    expect(tail.slice(0, 400).every((c) => c === null)).toBe(true);
  });

  it('cost a bounded number of runs per column however many changes the lane has', () => {
    const rand = random(11);
    const lane = randomLane(rand, 'goroutine', 200_000, true);
    const runs = laneColumns(lane, new ColumnScale(0, lane.at(lane.length - 1), 1000), lane.at(lane.length - 1), 0);
    expect(runs.start.length).toBeLessThanOrEqual(1000);
    expect(runs.end.at(-1)).toBe(1000);
  });

  it('find the highest value in any range of a lane', () => {
    const rand = random(3);
    const lane = randomLane(rand, 'channel', 1000, false);
    for (let t = 0; t < 2000; t++) {
      const lo = Math.floor(rand() * lane.length);
      const hi = lo + Math.floor(rand() * (lane.length - lo));
      let naive = 0;
      for (let j = lo; j <= hi; j++) naive = Math.max(naive, lane.value(j));
      expect(lane.maxValue(lo, hi), `${lo}..${hi}`).toBe(naive);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, type RecordedRun, runName, storeOf } from './fixtures/library';
import { downsample, plotSeries } from './series';
import { EVENT_CODES, type EventType } from './vocabulary.gen';

function recorded(scenario: string): RecordedRun {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === scenario);
  if (run === undefined) throw new Error(`no recorded ${scenario}`);
  return run;
}

/** A hand-built run: [event type, time, ...fields in schema order]. */
function handBuilt(events: ReadonlyArray<readonly [EventType, number, ...Array<number | string>]>): RecordedRun {
  return {
    run: { scenario: 'hand-built', params: {}, seed: 1, gomaxprocs: 2 },
    outcome: 'completed',
    events: events.map(([type, time, ...fields]) => [EVENT_CODES[type], time, ...fields]),
  };
}

describe('plot series', () => {
  it('unbuffered-handoff: one item per 2 ms, each waiting 2 ms for the slow receiver (the first none)', () => {
    const run = recorded('unbuffered-handoff');
    const s = plotSeries(storeOf(run), run.run.gomaxprocs, true, { bins: 5 });
    expect(s.byTime).toBe(true);
    expect(s.end).toBe(10_000_000);
    expect(s.throughput.binWidth).toBe(2_000_000);
    expect(s.throughput.x).toEqual([0, 2e6, 4e6, 6e6, 8e6]);
    // One handoff per 2 ms bin = 500 items per second of virtual time.
    expect(s.throughput.y).toEqual([500, 500, 500, 500, 500]);
    expect(s.latency.x).toEqual([0, 2e6, 4e6, 6e6, 8e6]);
    expect(s.latency.y).toEqual([0, 2e6, 2e6, 2e6, 2e6]);
    expect(s.depth.channels).toEqual([]);
    expect(s.utilisation.y).toEqual([0, 0]);
  });

  it('buffered-channel: the buffer of 3 fills from the fast producer and drains at the consumer pace', () => {
    const run = recorded('buffered-channel');
    const s = plotSeries(storeOf(run), run.run.gomaxprocs, true, { bins: 5 });
    expect(s.depth.channels.map((c) => [c.name, c.capacity])).toEqual([['ch', 3]]);
    expect(s.depth.x).toEqual([0, 2e6, 3e6, 5e6, 16e6, 19e6, 22e6, 25e6]);
    expect(s.depth.channels[0]?.y).toEqual([0, 1, 2, 3, 2, 1, 0, 0]);
    // Items wait longer and longer in the full buffer: 0, 2, 4, … ms, levelling at 11 ms.
    expect(s.latency.y).toEqual([0, 2e6, 4e6, 6e6, 8e6, 10e6, 11e6, 11e6]);
    expect(s.latency.x).toEqual([1e6, 4e6, 7e6, 10e6, 13e6, 16e6, 19e6, 22e6]);
    // Receives at 1,4 | 7 | 10,13 | 16,19 | 22 ms in 5 ms bins.
    expect(s.throughput.y).toEqual([400, 200, 400, 400, 200]);
  });

  it('worker-pool: three workers keep three processors busy until the last job', () => {
    const run = recorded('worker-pool');
    const s = plotSeries(storeOf(run), run.run.gomaxprocs, true);
    expect(s.utilisation.procs).toBe(4);
    expect(s.utilisation.x).toEqual([0, 6e6]);
    expect(s.utilisation.y).toEqual([3, 0]);
    const jobs = s.depth.channels.find((c) => c.name === 'jobs');
    expect(jobs?.y[0]).toBe(6);
    expect(Math.max(...(jobs?.y ?? []))).toBe(6);
    expect(s.latency.y).toHaveLength(18);
    expect(Math.max(...s.latency.y)).toBe(4e6);
  });

  it('hand-built: processor steps, simultaneous changes and the event axis', () => {
    const run = handBuilt([
      ['go-create', 0, 1, 0, 'main', 0],
      ['go-create', 0, 2, 1, 'w', 0],
      ['proc-acquire', 0, 1, 0, 10, 0],
      ['proc-acquire', 5, 2, 1, 5, 0],
      ['proc-release', 10, 2, 1],
      ['proc-release', 10, 1, 0],
      ['proc-acquire', 10, 1, 0, 10, 0],
      ['proc-release', 20, 1, 0],
    ]);
    const byTime = plotSeries(storeOf(run), 2, true);
    expect(byTime.utilisation.x).toEqual([0, 5, 10, 20]);
    expect(byTime.utilisation.y).toEqual([1, 2, 1, 0]);
    const byEvent = plotSeries(storeOf(run), 2, false);
    expect(byEvent.byTime).toBe(false);
    expect(byEvent.end).toBe(8);
    expect(byEvent.utilisation.x).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
    expect(byEvent.utilisation.y).toEqual([0, 1, 2, 1, 0, 1, 0, 0]);
  });

  it('keeps at most maxPoints points per series and keeps the peaks', () => {
    const run = recorded('prime-sieve');
    const s = plotSeries(storeOf(run), run.run.gomaxprocs, true, { maxPoints: 10, bins: 500 });
    const full = plotSeries(storeOf(run), run.run.gomaxprocs, true);
    expect(s.throughput.x.length).toBeLessThanOrEqual(10);
    expect(s.latency.x.length).toBeLessThanOrEqual(10);
    expect(s.depth.x.length).toBeLessThanOrEqual(10);
    expect(full.latency.x.length).toBeGreaterThan(10);
    expect(Math.max(...s.latency.y)).toBe(Math.max(...full.latency.y));
    expect(downsample([0, 1, 2, 3, 4, 5], [[1, 9, 2, 2, 7, 3]], 3)).toEqual({ x: [0, 2, 4], ys: [[9, 2, 7]] });
  });

  for (const run of LIBRARY_RUNS) {
    it(`${runName(run)}: throughput counts every receive once`, () => {
      const store = storeOf(run);
      const s = plotSeries(store, run.run.gomaxprocs, true);
      let receives = 0;
      for (let seq = 0; seq < store.length; seq++) {
        const type = store.runEvent(seq)?.type;
        if (type === 'chan-recv' || type === 'chan-handoff') receives++;
      }
      const perUnit = s.byTime ? 1e9 / s.throughput.binWidth : 1 / s.throughput.binWidth;
      const counted = s.throughput.y.reduce((a, y) => a + y / perUnit, 0);
      expect(Math.round(counted)).toBe(receives);
      expect(s.latency.y.every((y) => y >= 0)).toBe(true);
      expect(s.utilisation.y.every((y) => y >= 0 && y <= s.utilisation.procs)).toBe(true);
      for (const c of s.depth.channels) expect(c.y.every((y) => y >= 0 && y <= c.capacity)).toBe(true);
    });
  }
});

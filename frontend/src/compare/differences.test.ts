import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, type RecordedRun, storeOf } from '../model/fixtures/library';
import { EVENT_CODES, type EventType } from '../model/vocabulary.gen';
import { differences } from './differences';
import { runFacts } from './facts';

function recorded(scenario: string, fix?: boolean): RecordedRun {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === scenario && (fix === undefined || r.run.params['fix'] === fix));
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

const factsOf = (run: RecordedRun) => runFacts(storeOf(run));

describe('run facts', () => {
  it('buffered-channel: 8 items in 25 ms, the buffer of 3 full at its deepest', () => {
    const f = factsOf(recorded('buffered-channel'));
    expect(f.outcome).toBe('completed');
    expect(f.received).toBe(8);
    expect(f.duration).toBe(f.events > 0 ? storeOf(recorded('buffered-channel')).lastTime : 0);
    expect(f.throughput).toBeCloseTo(8 / (f.duration / 1e9));
    expect([...f.maxDepth]).toEqual([['ch', { depth: 3, capacity: 3 }]]);
  });

  it('counts blocked time on channels, not sleeps, and a goroutine blocked at the end until the end', () => {
    const f = factsOf(
      handBuilt([
        ['go-create', 0, 1, 0, 'main', 0],
        ['go-create', 0, 2, 1, 'sender', 0],
        ['obj-define', 0, 1, 0, 'ch', 0, 0, 1, 0],
        ['go-block', 0, 1, 1, 1, 0], // main waits to receive
        ['go-block', 0, 2, 7, 0, 0], // sender sleeps: not blocked
        ['go-unblock', 3_000_000, 2, 0],
        ['go-block', 3_000_000, 2, 0, 1, 0], // sender blocks on send until the end
        ['go-unblock', 5_000_000, 1, 0],
        ['go-exit', 5_000_000, 1],
        ['diagnostic', 5_000_000, 1, 2, 1, 0, 'goroutine sender leaked'],
      ]),
    );
    expect([...f.blocked]).toEqual([
      ['main', 5_000_000],
      ['sender', 2_000_000],
    ]);
    expect(f.diagnostics.get('leak')).toEqual({ count: 1, message: 'goroutine sender leaked' });
    expect(f.outcome).toBeNull();
  });
});

describe('the difference summary', () => {
  it('panic-recover against its fix: the panic is found only in the buggy run', () => {
    const rows = differences(factsOf(recorded('panic-recover', false)), factsOf(recorded('panic-recover', true)));
    expect(rows.find((r) => r.label === 'outcome')).toMatchObject({ left: 'panicked', right: 'completed', differs: true });
    expect(rows.find((r) => r.section === 'Findings')).toMatchObject({ label: 'panic', left: 'found', right: 'none', only: 'left' });
    expect(rows.find((r) => r.label === 'items received')).toMatchObject({ left: '2', right: '4', differs: true });
  });

  it('a run against itself differs nowhere', () => {
    const f = factsOf(recorded('worker-pool'));
    const rows = differences(f, f);
    expect(rows.filter((r) => r.differs)).toEqual([]);
    expect(rows.map((r) => r.section)).toEqual(expect.arrayContaining(['Run', 'Throughput', 'Queue depth', 'Blocked', 'Findings']));
    expect(rows.find((r) => r.section === 'Findings')).toMatchObject({ label: 'none' });
  });

  it('lines channels and goroutines up by name, a missing one shown as —', () => {
    const rows = differences(factsOf(recorded('buffered-channel')), factsOf(recorded('unbuffered-handoff')));
    expect(rows.find((r) => r.section === 'Queue depth')).toMatchObject({ label: 'ch', left: '3 of 3', right: '—', differs: true });
    const blocked = rows.filter((r) => r.section === 'Blocked').map((r) => r.label);
    expect(blocked).toEqual(expect.arrayContaining(['main']));
  });

  it('lists the goroutines whose blocked time differs most, and sums the rest', () => {
    const many = (extra: number): RecordedRun =>
      handBuilt([
        ...Array.from({ length: 12 }, (_, g) => [
          ['go-create', 0, g + 1, 0, `w${g}`, 0] as const,
          ['go-block', 0, g + 1, 1, 1, 0] as const,
        ]).flat(),
        ...Array.from({ length: 12 }, (_, g) => ['go-unblock', 1_000 * (g + 1) + (g === 11 ? extra : 0), g + 1, 0] as const),
      ]);
    const rows = differences(runFacts(storeOf(many(0))), runFacts(storeOf(many(50_000))));
    const blocked = rows.filter((r) => r.section === 'Blocked');
    expect(blocked).toHaveLength(9);
    expect(blocked[0]).toMatchObject({ label: 'w11', left: '12 µs', right: '62 µs', differs: true });
    expect(blocked.at(-1)?.label).toBe('4 more goroutines');
  });
});

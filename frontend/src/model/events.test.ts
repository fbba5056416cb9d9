import { describe, expect, it } from 'vitest';
import { EventStore, type FieldsBatch, type FieldValue } from './events';
import { type EventSpec, batchFrame, catalog, encodeEvents } from '../net/fixtures';
import { decodeBatch } from '../net/decoder';
import { EventCatalog } from './catalog';

/** go-create (code 0: g, parent, name), go-state (2: g, state), chan-send (3: g, obj, signed value). */
function batch(firstSeq: number, count: number, startTime: number): FieldsBatch {
  return {
    firstSeq,
    count,
    baseTime: startTime,
    codes: Uint32Array.from({ length: count }, (_, i) => [0, 2, 3][i % 3] ?? 0),
    times: Float64Array.from({ length: count }, (_, i) => startTime + i),
    fields: Array.from({ length: count }, (_, i) => fieldsFor(firstSeq + i, i % 3)),
  };
}

function fieldsFor(seq: number, kind: number): FieldValue[] {
  if (kind === 0) return [seq, 0, `g${seq}`];
  if (kind === 1) return [seq, seq % 4];
  return [seq, 7, -seq];
}

function concat(parts: readonly Uint8Array[]): number[] {
  return parts.flatMap((p) => [...p]);
}

describe('EventStore', () => {
  it('keeps every event across batches, growing past its first block', () => {
    const store = new EventStore(catalog());
    store.append(batch(0, 1000, 0));
    store.append(batch(1000, 1500, 2 ** 40));
    expect(store.length).toBe(2500);
    expect(store.event(1999)).toEqual({ seq: 1999, time: 2 ** 40 + 999, code: 0, fields: [1999, 0, 'g1999'] });
    expect(store.event(2000).fields).toEqual([2000, 0]);
    expect(store.event(2001).fields).toEqual([2001, 7, -2001]);
    expect(store.event(0).time).toBe(0);
    expect(store.lastTime).toBe(2 ** 40 + 1499);
    expect(() => store.event(2500)).toThrow(RangeError);
  });

  it('gives exact times however far apart they are within a block', () => {
    const store = new EventStore(catalog());
    const times = [0, 1, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32 + 7, 2 ** 52 + 3, 2 ** 53 - 1];
    store.append({ firstSeq: 0, count: times.length, baseTime: 0, codes: new Uint32Array(times.length).fill(2), times: Float64Array.from(times), fields: times.map(() => [1, 1]) });
    expect(times.map((_, i) => store.time(i))).toEqual(times);
  });

  it('stores exactly the bytes it was given, long strings, UTF-8 and events bigger than a chunk included', () => {
    const store = new EventStore(catalog());
    const big = 'x'.repeat(300_000);
    const events: EventSpec[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i === 1500) events.push([0, 1, i, 0, big]);
      else if (i % 7 === 0) events.push([0, 3, i, 1, `wörker ⇄ ${'y'.repeat(i % 300)}`]);
      else events.push([3, 0, i, 2, -i]);
    }
    // Three batches, split so that one ends right before the oversized event.
    let time = 0;
    for (const [from, to] of [[0, 1500], [1500, 2200], [2200, 3000]] as const) {
      const decoded = decodeBatch(batchFrame(from, time, events.slice(from, to)), catalog());
      store.append(decoded);
      time = store.lastTime;
    }
    expect(concat(store.encodings(3000))).toEqual([...encodeEvents(events)]);
    expect(concat(store.encodings(1501))).toEqual([...encodeEvents(events.slice(0, 1501))]);
    expect(concat(store.encodings(777))).toEqual([...encodeEvents(events.slice(0, 777))]);
    expect(store.encodedBytes).toBe(encodeEvents(events).length);
    expect(store.fields(1500)).toEqual([1500, 0, big]);
    expect(store.fields(1499)).toEqual([1499, 2, -1499]);
    expect(store.fields(1501)).toEqual([1501, 2, -1501]);
    expect(store.fields(2100)).toEqual([2100, 1, `wörker ⇄ ${'y'.repeat(2100 % 300)}`]);
    expect(store.time(2999)).toBe(events.reduce((sum, e) => sum + e[1], 0));
  });

  it('finds every event in any order of reads, across chunks, padding, big events and truncations (property)', () => {
    for (const seed of [1, 2, 3]) {
      let x = seed * 7919;
      const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const events: EventSpec[] = [];
      for (let i = 0; i < 6000; i++) {
        const r = random();
        if (r < 0.0005) events.push([0, 0, i, 0, 'z'.repeat(262_144 + Math.floor(random() * 50_000))]);
        else if (r < 0.2) events.push([0, 5, i, 1, `n${'é'.repeat(Math.floor(random() * 400))}`]);
        else events.push([3, Math.floor(random() * 3), i, 2, 1 - i]);
      }
      const store = new EventStore(catalog());
      let at = 0;
      let time = 0;
      while (at < events.length) {
        const to = Math.min(events.length, at + 1 + Math.floor(random() * 700));
        store.append(decodeBatch(batchFrame(at, time, events.slice(at, to)), catalog()));
        time = store.lastTime;
        at = to;
      }
      const expected = (seq: number) => (events[seq] as EventSpec).slice(2);
      const check = (seq: number) => {
        expect(store.fields(seq), `seq ${seq} (seed ${seed})`).toEqual(expected(seq));
        expect(store.code(seq), `seq ${seq} (seed ${seed})`).toBe((events[seq] as EventSpec)[0]);
      };
      for (let seq = events.length - 1; seq >= 0; seq -= 1 + Math.floor(random() * 3)) check(seq);
      for (let i = 0; i < 3000; i++) check(Math.floor(random() * events.length));
      const cut = Math.floor(random() * events.length);
      store.truncate(cut);
      expect(concat(store.encodings(cut)), `encodings after cut ${cut} (seed ${seed})`).toEqual([...encodeEvents(events.slice(0, cut))]);
      events.length = cut;
      for (let i = 0; i < 50; i++) events.push([3, 1, cut + i, 9, i]);
      store.append(decodeBatch(batchFrame(cut, store.lastTime, events.slice(cut)), catalog()));
      for (let i = 0; i < 2000; i++) check(Math.floor(random() * events.length));
      expect(concat(store.encodings(events.length))).toEqual([...encodeEvents(events)]);
    }
  });

  it('reads codes that take more than one byte', () => {
    const wide = EventCatalog.compile({ version: 1, events: [{ code: 300, name: 'far', fields: [{ name: 'n', type: 'u' }] }, { code: 2, name: 'near', fields: [] }] });
    const store = new EventStore(wide);
    store.append({ firstSeq: 0, count: 3, baseTime: 0, codes: Uint32Array.of(300, 2, 300), times: Float64Array.of(0, 1, 2), fields: [[129], [], [7]] });
    expect([store.code(0), store.code(1), store.code(2)]).toEqual([300, 2, 300]);
    expect(store.fields(0)).toEqual([129]);
    expect(store.fields(2)).toEqual([7]);
    expect(store.code(3)).toBe(0);
  });

  it('forgets events after a truncation and appends the new ones in their place', () => {
    const store = new EventStore(catalog());
    store.append(batch(0, 3000, 0));
    expect(store.fields(1234)).toEqual(fieldsFor(1234, 1234 % 3)); // remembered as the last one read
    store.truncate(1234);
    expect(store.length).toBe(1234);
    const fresh = new EventStore(catalog());
    fresh.append(batch(0, 1234, 0));
    expect(concat(store.encodings(1234))).toEqual(concat(fresh.encodings(1234)));
    store.append({ firstSeq: 1234, count: 1, baseTime: store.lastTime, codes: Uint32Array.of(0), times: Float64Array.of(5000), fields: [[9, 1, 'after']] });
    expect(store.event(1234)).toEqual({ seq: 1234, time: 5000, code: 0, fields: [9, 1, 'after'] });
    expect(store.event(1233).fields).toEqual(fieldsFor(1233, 1233 % 3));
    store.truncate(0);
    expect(store.length).toBe(0);
    expect(store.encodings(0)).toEqual([]);
  });

  it('refuses a batch that does not continue the store, and fields it cannot encode', () => {
    const store = new EventStore(catalog());
    store.append(batch(0, 2, 0));
    expect(() => store.append(batch(3, 1, 0))).toThrow(/starts at seq 3, store holds 2/);
    expect(() => new EventStore().append(batch(0, 1, 0))).toThrow(/no catalog/);
    const backwards = { ...batch(2, 1, 0), times: Float64Array.of(0) };
    store.append({ ...batch(2, 1, 0), times: Float64Array.of(10) });
    expect(() => store.append({ ...backwards, firstSeq: 3 })).toThrow(/event 3: time 0 ns is before the previous event's 10 ns/);
  });

  it('announces appends and clears, and clear starts a new generation', () => {
    const store = new EventStore(catalog());
    const versions: number[] = [];
    store.version.subscribe((v) => versions.push(v));
    store.append(batch(0, 2, 0));
    store.clear();
    expect(versions).toEqual([1, 2]);
    expect(store.length).toBe(0);
    expect(store.generation).toBe(1);
    expect(store.lastTime).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { EventStore, type EventBatch } from './events';

function batch(firstSeq: number, count: number, startTime: number): EventBatch {
  return {
    firstSeq,
    count,
    baseTime: startTime,
    codes: Uint32Array.from({ length: count }, (_, i) => i % 3),
    times: Float64Array.from({ length: count }, (_, i) => startTime + i),
    fields: Array.from({ length: count }, (_, i) => [firstSeq + i, `g${i}`]),
  };
}

describe('EventStore', () => {
  it('keeps every event across batches, growing past its initial capacity', () => {
    const store = new EventStore();
    store.append(batch(0, 1000, 0));
    store.append(batch(1000, 1500, 2 ** 40));
    expect(store.length).toBe(2500);
    expect(store.event(1999)).toEqual({ seq: 1999, time: 2 ** 40 + 999, code: 999 % 3, fields: [1999, 'g999'] });
    expect(store.event(0).time).toBe(0);
    expect(store.lastTime).toBe(2 ** 40 + 1499);
    expect(() => store.event(2500)).toThrow(RangeError);
  });

  it('refuses a batch that does not continue the store', () => {
    const store = new EventStore();
    store.append(batch(0, 2, 0));
    expect(() => store.append(batch(3, 1, 0))).toThrow(/starts at seq 3, store holds 2/);
  });

  it('announces appends and clears, and clear starts a new generation', () => {
    const store = new EventStore();
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

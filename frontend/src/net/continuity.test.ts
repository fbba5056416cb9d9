import { describe, expect, it } from 'vitest';
import { ProtocolError } from './protocol';
import { StreamContinuity } from './continuity';
import type { EventBatch } from '../model/events';

function batch(firstSeq: number, baseTime: number, times: number[]): EventBatch {
  return {
    firstSeq,
    count: times.length,
    baseTime,
    codes: new Uint32Array(times.length),
    times: Float64Array.from(times),
    fields: times.map(() => []),
  };
}

describe('StreamContinuity', () => {
  it('accepts batches that follow on exactly', () => {
    const stream = new StreamContinuity();
    stream.accept(batch(0, 0, [0, 5, 9]));
    stream.accept(batch(3, 9, [12]));
    stream.accept(batch(4, 12, []));
    stream.accept(batch(4, 12, [20]));
    expect(stream.received).toBe(5);
  });

  it('detects a gap (lost events) and leaves its count alone', () => {
    const stream = new StreamContinuity();
    stream.accept(batch(0, 0, [1, 2]));
    expect(() => stream.accept(batch(3, 2, [4]))).toThrow(new ProtocolError('lost events: expected seq 2, batch starts at 3'));
    expect(stream.received).toBe(2);
  });

  it('detects a repeated batch (duplicated events)', () => {
    const stream = new StreamContinuity();
    stream.accept(batch(0, 0, [1, 2]));
    expect(() => stream.accept(batch(1, 1, [2]))).toThrow(/duplicated events: expected seq 2, batch starts at 1/);
  });

  it('detects a base time that does not match the previous event', () => {
    const stream = new StreamContinuity();
    stream.accept(batch(0, 0, [100]));
    expect(() => stream.accept(batch(1, 90, [120]))).toThrow(/base time 90 ns, but the previous event was at 100 ns/);
  });
});

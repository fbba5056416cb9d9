import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, DecodeError } from './varint';

const roundTripU = (value: number) => new ByteReader(new ByteWriter().uvarint(value).bytes()).uvarint();
const roundTripI = (value: number) => new ByteReader(new ByteWriter().zigzag(value).bytes()).zigzag();

describe('uvarint', () => {
  it('encodes small values in one byte and 300 as ac 02 (LEB128)', () => {
    expect([...new ByteWriter().uvarint(0).bytes()]).toEqual([0x00]);
    expect([...new ByteWriter().uvarint(127).bytes()]).toEqual([0x7f]);
    expect([...new ByteWriter().uvarint(300).bytes()]).toEqual([0xac, 0x02]);
  });

  it('round-trips values across the 32-bit boundary up to 2^53 - 1', () => {
    const values = [
      0, 1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1,
      5_000_000_000_123, 2 ** 49, Number.MAX_SAFE_INTEGER,
    ];
    for (const value of values) expect(roundTripU(value)).toBe(value);
  });

  it('decodes 2^32 + 1 from its bytes without 32-bit wraparound', () => {
    // 2^32 + 1 = 0x1_0000_0001: groups 0000001, 0, 0, 0, 0010000
    const bytes = Uint8Array.of(0x81, 0x80, 0x80, 0x80, 0x10);
    expect(new ByteReader(bytes).uvarint()).toBe(2 ** 32 + 1);
  });

  it('rejects truncated, over-long and too-large varints', () => {
    expect(() => new ByteReader(Uint8Array.of(0x80)).uvarint()).toThrow(DecodeError);
    expect(() => new ByteReader(new Uint8Array(9).fill(0x80)).uvarint()).toThrow(/longer than/);
    // 2^53 exactly: seven zero groups, then 2^4 (0x10) in the eighth.
    const twoTo53 = Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10);
    expect(() => new ByteReader(twoTo53).uvarint()).toThrow(/exceeds 2\^53/);
  });
});

describe('zigzag varint', () => {
  it('maps 0, -1, 1, -2 to 0, 1, 2, 3', () => {
    expect([...new ByteWriter().zigzag(0).zigzag(-1).zigzag(1).zigzag(-2).bytes()]).toEqual([0, 1, 2, 3]);
  });

  it('round-trips negative and positive values beyond 32 bits', () => {
    // Zigzag doubles the magnitude, so ±2^52 is the widest range whose encoding stays below 2^53.
    const values = [0, -1, 1, -64, 64, -(2 ** 31), 2 ** 31, -(2 ** 40) - 7, 2 ** 40 + 7, 2 ** 52 - 1, -(2 ** 52)];
    for (const value of values) expect(roundTripI(value)).toBe(value);
  });
});

describe('strings', () => {
  it('round-trips UTF-8 with a byte-length prefix', () => {
    const bytes = new ByteWriter().string('µs → chan').string('').bytes();
    expect(bytes[0]).toBe(new TextEncoder().encode('µs → chan').length);
    const reader = new ByteReader(bytes);
    expect(reader.string()).toBe('µs → chan');
    expect(reader.string()).toBe('');
    expect(reader.remaining).toBe(0);
  });

  it('rejects a length that runs past the end and invalid UTF-8', () => {
    expect(() => new ByteReader(Uint8Array.of(5, 0x61)).string()).toThrow(/truncated string/);
    expect(() => new ByteReader(Uint8Array.of(1, 0xff)).string()).toThrow(/invalid UTF-8/);
  });
});

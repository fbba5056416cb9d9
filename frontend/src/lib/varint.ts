/**
 * The wire protocol's primitives (docs/protocol.md): unsigned LEB128 varints, zigzag varints and
 * strings (uvarint byte length, then UTF-8).
 *
 * Virtual times and counts can exceed 2^32, so nothing here uses `<<`/`|` on whole values (JS bit
 * operations truncate to 32 bits); each 7-bit group is multiplied in. Values up to 2^53 - 1 are
 * exact; anything larger is rejected rather than silently rounded.
 */

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

// 8 groups of 7 bits cover 2^56, enough for every safe integer; a longer varint is corrupt.
const MAX_VARINT_BYTES = 8;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** Reads primitives front to back from a byte array, throwing DecodeError on malformed input. */
export class ByteReader {
  #pos = 0;
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  get offset(): number {
    return this.#pos;
  }

  get remaining(): number {
    return this.#bytes.length - this.#pos;
  }

  u8(): number {
    const byte = this.#bytes[this.#pos];
    if (byte === undefined) throw new DecodeError(`unexpected end of data at byte ${this.#pos}`);
    this.#pos++;
    return byte;
  }

  uvarint(): number {
    const start = this.#pos;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = this.#bytes[this.#pos];
      if (byte === undefined) throw new DecodeError(`truncated varint at byte ${start}`);
      this.#pos++;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (!Number.isSafeInteger(value)) {
          throw new DecodeError(`varint at byte ${start} exceeds 2^53 - 1`);
        }
        return value;
      }
      scale *= 128;
    }
    throw new DecodeError(`varint at byte ${start} is longer than ${MAX_VARINT_BYTES} bytes`);
  }

  /** A zigzag varint: 0, -1, 1, -2, 2, ... encoded as 0, 1, 2, 3, 4, ... */
  zigzag(): number {
    const n = this.uvarint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  /** Checks a string (in bounds, valid UTF-8) and steps over it without making a JS string. */
  skipString(): void {
    const start = this.#pos;
    const bytes = this.#stringBytes(start);
    for (let i = 0; i < bytes.length; i++) {
      if ((bytes[i] ?? 0) >= 0x80) {
        decodeString(bytes, start);
        return;
      }
    }
  }

  string(): string {
    const start = this.#pos;
    return decodeString(this.#stringBytes(start), start);
  }

  /** A string's length and bytes, stepped over; `start` (where the length is) names it in errors. */
  #stringBytes(start: number): Uint8Array {
    const length = this.uvarint();
    if (length > this.remaining) throw new DecodeError(`truncated string at byte ${start}`);
    const bytes = this.#bytes.subarray(this.#pos, this.#pos + length);
    this.#pos += length;
    return bytes;
  }
}

function decodeString(bytes: Uint8Array, start: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DecodeError(`invalid UTF-8 in string at byte ${start}`);
  }
}

/**
 * Writes the same primitives. The client sends JSON only, so this serves tests that hand-build
 * batches (and keeps encoder and decoder side by side, where a mismatch is easy to spot).
 */
export class ByteWriter {
  readonly #bytes: number[] = [];

  u8(value: number): this {
    this.#bytes.push(value & 0xff);
    return this;
  }

  uvarint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`uvarint needs a non-negative safe integer, got ${value}`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes.push((rest % 0x80) + 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes.push(rest);
    return this;
  }

  zigzag(value: number): this {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`zigzag needs a safe integer, got ${value}`);
    }
    return this.uvarint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  string(value: string): this {
    const bytes = utf8Encoder.encode(value);
    this.uvarint(bytes.length);
    for (const byte of bytes) this.#bytes.push(byte);
    return this;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.#bytes.length;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.#bytes);
  }
}

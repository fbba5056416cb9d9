/**
 * A bounded reader of raw DEFLATE streams (RFC 1951), for the compact intervention lists in share
 * links. It stops at the first byte past `maxOutput`, and reports where the stream ended so that a
 * caller can reject bytes after it. Code tables follow zlib's rules (over-subscribed or incomplete
 * codes are invalid, except a lone one-bit code), so it accepts and rejects what the server's zlib does.
 */

export type InflateFailure = 'truncated' | 'invalid' | 'too-large';

export class InflateError extends Error {
  constructor(readonly kind: InflateFailure) {
    super(`inflate: ${kind}`);
  }
}

interface Huffman {
  readonly count: Int16Array; // codes of each length 0..15
  readonly symbol: Int16Array; // symbols ordered by code
  readonly max: number; // longest code length; 0: no codes at all
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Builds a canonical code; `left` > 0: incomplete, < 0: over-subscribed. */
function huffman(lengths: ArrayLike<number>): { table: Huffman; left: number } {
  const count = new Int16Array(16);
  for (let i = 0; i < lengths.length; i++) count[lengths[i] ?? 0]!++;
  let left = 1;
  let max = 0;
  for (let len = 1; len <= 15; len++) {
    left = left * 2 - count[len]!;
    if (left < 0) return { table: { count, symbol: new Int16Array(0), max: 15 }, left };
    if (count[len]! > 0) max = len;
  }
  const offs = new Int16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len]! + count[len]!;
  const symbol = new Int16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] ?? 0;
    if (len !== 0) symbol[offs[len]!++] = i;
  }
  return { table: { count, symbol, max }, left };
}

/**
 * zlib's rules: no lengths at all is allowed (using such a code is invalid); otherwise the code must
 * not be over-subscribed, and may be incomplete only as a single 1-bit literal/length or distance code.
 */
function checked(lengths: ArrayLike<number>, isCodeLengthCode: boolean): Huffman {
  const { table, left } = huffman(lengths);
  if (table.max > 0 && (left < 0 || (left > 0 && (isCodeLengthCode || table.max !== 1)))) {
    throw new InflateError('invalid');
  }
  return table;
}

let FIXED: { lit: Huffman; dist: Huffman } | null = null;

function fixedTables(): { lit: Huffman; dist: Huffman } {
  if (FIXED === null) {
    const lengths = new Array<number>(288);
    for (let i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    FIXED = { lit: huffman(lengths).table, dist: huffman(new Array<number>(32).fill(5)).table };
  }
  return FIXED;
}

/**
 * Inflates `input`; `consumed` is the number of bytes the stream used (its last byte may be only
 * partly used). Throws InflateError: `truncated` (the input ends inside the stream), `invalid`, or
 * `too-large` (more than `maxOutput` bytes).
 */
export function inflateRaw(input: Uint8Array, maxOutput: number): { output: Uint8Array; consumed: number } {
  let pos = 0;
  let bitBuf = 0;
  let bitCount = 0;
  const out = new Uint8Array(maxOutput);
  let n = 0;

  const bits = (need: number): number => {
    while (bitCount < need) {
      if (pos >= input.length) throw new InflateError('truncated');
      bitBuf |= input[pos++]! << bitCount;
      bitCount += 8;
    }
    const v = bitBuf & ((1 << need) - 1);
    bitBuf >>>= need;
    bitCount -= need;
    return v;
  };
  const push = (b: number): void => {
    if (n >= maxOutput) throw new InflateError('too-large');
    out[n++] = b;
  };
  // Reads as many bits as the code is long; an invalid code after as many bits as zlib reads for it.
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= Math.max(1, h.max); len++) {
      code |= bits(1);
      const count = h.count[len]!;
      if (code - count < first) return h.symbol[index + (code - first)]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid');
  };
  const codes = (lit: Huffman, dist: Huffman): void => {
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) push(sym);
      else if (sym === 256) return;
      else {
        const li = sym - 257;
        if (li >= 29) throw new InflateError('invalid');
        const len = LENGTH_BASE[li]! + bits(LENGTH_EXTRA[li]!);
        const ds = decode(dist);
        if (ds >= 30) throw new InflateError('invalid');
        const d = DIST_BASE[ds]! + bits(DIST_EXTRA[ds]!);
        if (d > n) throw new InflateError('invalid');
        for (let k = 0; k < len; k++) push(out[n - d]!);
      }
    }
  };

  let last = 0;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitBuf = 0; // to the byte boundary: what is left of the current byte is padding
      bitCount = 0;
      if (pos + 4 > input.length) throw new InflateError('truncated');
      const len = input[pos]! | (input[pos + 1]! << 8);
      const nlen = input[pos + 2]! | (input[pos + 3]! << 8);
      pos += 4;
      if (len !== (~nlen & 0xffff)) throw new InflateError('invalid');
      for (let k = 0; k < len; k++) {
        if (pos >= input.length) throw new InflateError('truncated');
        push(input[pos++]!);
      }
    } else if (type === 1) {
      const f = fixedTables();
      codes(f.lit, f.dist);
    } else if (type === 2) {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      if (nlen > 286 || ndist > 30) throw new InflateError('invalid');
      const clens = new Array<number>(19).fill(0);
      for (let i = 0; i < ncode; i++) clens[CODE_LENGTH_ORDER[i]!] = bits(3);
      const lencode = checked(clens, true);
      const lengths = new Array<number>(nlen + ndist).fill(0);
      for (let i = 0; i < nlen + ndist; ) {
        // zlib reads an empty code-length code as 1-bit zeros (then finds no end-of-block code).
        const sym = lencode.max === 0 ? bits(1) * 0 : decode(lencode);
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        let value = 0;
        let repeat: number;
        if (sym === 16) {
          if (i === 0) throw new InflateError('invalid');
          value = lengths[i - 1]!;
          repeat = 3 + bits(2);
        } else if (sym === 17) repeat = 3 + bits(3);
        else repeat = 11 + bits(7);
        if (i + repeat > nlen + ndist) throw new InflateError('invalid');
        while (repeat-- > 0) lengths[i++] = value;
      }
      if (lengths[256] === 0) throw new InflateError('invalid');
      const lit = checked(lengths.slice(0, nlen), false);
      const dist = checked(lengths.slice(nlen), false);
      codes(lit, dist);
    } else {
      throw new InflateError('invalid');
    }
  } while (last === 0);
  return { output: out.subarray(0, n), consumed: pos };
}

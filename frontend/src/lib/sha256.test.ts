import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from './sha256';

const text = (s: string) => new TextEncoder().encode(s);

describe('Sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(new Sha256().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new Sha256().update(text('abc')).hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(new Sha256().update(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).hex()).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives the same digest however the input is cut into pieces', () => {
    const seed = 7;
    let x = seed;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4099]) {
      const bytes = Uint8Array.from({ length }, () => next() & 0xff);
      const expected = createHash('sha256').update(bytes).digest('hex');
      const hash = new Sha256();
      for (let at = 0; at < length; ) {
        const take = Math.min(length - at, next() % 97);
        hash.update(bytes.subarray(at, at + take));
        at += take;
      }
      expect(hash.hex(), `length ${length} (seed ${seed})`).toBe(expected);
    }
  });

  it('refuses input after it finished', () => {
    const hash = new Sha256();
    hash.hex();
    expect(() => hash.update(text('late'))).toThrow(/already finished/);
  });
});

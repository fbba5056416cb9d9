import { expect, it } from 'vitest';
import { DigestCollector } from './digest';

it('hashes the concatenation of the chunks it was given (SHA-256 of "abc")', () => {
  const digest = new DigestCollector();
  digest.add(new TextEncoder().encode('a'));
  digest.add(new TextEncoder().encode('bc'));
  expect(digest.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

it('hashes an empty run to the SHA-256 of nothing', () => {
  expect(new DigestCollector().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

it('starts a resumed run from the bytes the page already holds, in one piece or several', () => {
  const whole = new DigestCollector(new TextEncoder().encode('ab'));
  whole.add(new TextEncoder().encode('c'));
  const parts = new DigestCollector([new TextEncoder().encode('a'), new TextEncoder().encode('b')]);
  parts.add(new TextEncoder().encode('c'));
  expect(whole.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(parts.hex()).toBe(whole.hex());
});

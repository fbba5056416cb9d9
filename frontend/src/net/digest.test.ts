import { expect, it } from 'vitest';
import { DigestCollector } from './digest';

it('hashes the concatenation of the chunks it was given (SHA-256 of "abc")', async () => {
  const digest = new DigestCollector();
  digest.add(new TextEncoder().encode('a'));
  digest.add(new TextEncoder().encode('bc'));
  expect(await digest.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

it('hashes an empty run to the SHA-256 of nothing', async () => {
  expect(await new DigestCollector().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

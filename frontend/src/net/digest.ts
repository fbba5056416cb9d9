/**
 * Recomputes the run's digest: SHA-256 over the events' encodings, without batch headers
 * (docs/protocol.md). Matching the server's digest proves the page saw every byte the engine
 * produced, in order, which the event count alone cannot.
 */
export class DigestCollector {
  /** A resumed run's digest covers the events the page already holds: start with their bytes. */
  constructor(prefix?: Uint8Array) {
    if (prefix !== undefined && prefix.length > 0) this.add(prefix);
  }

  readonly #chunks: Uint8Array[] = [];
  #length = 0;

  add(eventBytes: Uint8Array): void {
    this.#chunks.push(eventBytes);
    this.#length += eventBytes.length;
  }

  /** Lower-case hex SHA-256, or null where Web Crypto is unavailable (plain http off localhost). */
  async hex(): Promise<string | null> {
    const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
    if (subtle === undefined) return null;
    const all = new Uint8Array(this.#length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    const hash = new Uint8Array(await subtle.digest('SHA-256', all));
    return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
}

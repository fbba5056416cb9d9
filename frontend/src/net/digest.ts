/**
 * Recomputes the run's digest: SHA-256 over the events' encodings, without batch headers
 * (docs/protocol.md). Matching the server's digest proves the page saw every byte the engine
 * produced, in order, which the event count alone cannot. The hash runs as batches arrive, so
 * nothing is kept for it.
 */
import { Sha256 } from '../lib/sha256';

export class DigestCollector {
  readonly #hash = new Sha256();

  /** A resumed run's digest covers the events the page already holds: start with their bytes. */
  constructor(prefix?: Uint8Array | Iterable<Uint8Array>) {
    if (prefix === undefined) return;
    if (prefix instanceof Uint8Array) this.add(prefix);
    else for (const part of prefix) this.add(part);
  }

  add(eventBytes: Uint8Array): void {
    this.#hash.update(eventBytes);
  }

  /** Lower-case hex SHA-256 of everything added; nothing can be added after. */
  hex(): string {
    return this.#hash.hex();
  }
}

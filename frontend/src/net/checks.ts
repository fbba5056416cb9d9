/**
 * The client's stream checks as plain functions returning a problem description (or null), so
 * each can be tested without a socket.
 */
import type { EventBatch } from '../model/events';
import type { StreamContinuity } from './continuity';
import type { DigestCollector } from './digest';
import type { EndMessage } from './protocol';
import { ProtocolError } from './protocol';

/** Accepts the batch into `continuity`, or says why it does not follow on. */
export function continuityError(continuity: StreamContinuity, batch: EventBatch): string | null {
  try {
    continuity.accept(batch);
    return null;
  } catch (error) {
    if (error instanceof ProtocolError) return error.message;
    throw error;
  }
}

/** Compares the server's closing count and digest with what actually arrived. */
export function verifyEnd(end: EndMessage, received: number, digest: DigestCollector): string | null {
  if (end.events !== received) {
    return `server reported ${end.events} events, but ${received} arrived`;
  }
  const ours = digest.hex();
  if (ours !== end.digest.toLowerCase()) {
    return `digest mismatch: server ${end.digest.slice(0, 8)}, received events hash to ${ours.slice(0, 8)}`;
  }
  return null;
}

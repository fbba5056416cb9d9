/**
 * Decodes a binary event batch (docs/protocol.md, "Event batch"). The decoder knows only the
 * frame layout and the three field encodings; which fields an event has comes from the run's
 * EventCatalog, so it needs no change when the server adds event types.
 *
 * It checks every field (varints in range, enum indexes within their tables, strings within the
 * frame and valid UTF-8) but keeps
 * only the columns and where each event starts: the EventStore keeps the encodings themselves and
 * decodes fields when they are read.
 */
import type { EventCatalog, FieldSpec } from '../model/catalog';
import type { EncodedBatch } from '../model/events';
import { ByteReader, DecodeError } from '../lib/varint';
import { FRAME_EVENT_BATCH } from './protocol';

export interface DecodedBatch extends EncodedBatch {
  readonly codes: Uint32Array;
  readonly times: Float64Array;
  /** The events' encodings as received (the frame minus its header): the digest's input. */
  readonly eventBytes: Uint8Array;
  /** offsets[i] is where event i starts in eventBytes; offsets[count] is its length. */
  readonly offsets: Uint32Array;
}

// Every event takes at least two bytes (code and dt), which bounds a believable event count.
const MIN_EVENT_BYTES = 2;

export function decodeBatch(frame: Uint8Array, catalog: EventCatalog): DecodedBatch {
  const reader = new ByteReader(frame);
  const kind = reader.u8();
  if (kind !== FRAME_EVENT_BATCH) {
    throw new DecodeError(`unknown binary frame kind 0x${kind.toString(16).padStart(2, '0')}`);
  }
  const firstSeq = reader.uvarint();
  const count = reader.uvarint();
  const baseTime = reader.uvarint();
  const eventsStart = reader.offset;
  if (count * MIN_EVENT_BYTES > reader.remaining) {
    throw new DecodeError(`batch at seq ${firstSeq} claims ${count} events in ${reader.remaining} bytes`);
  }

  const codes = new Uint32Array(count);
  const times = new Float64Array(count);
  const offsets = new Uint32Array(count + 1);
  let time = baseTime;
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    offsets[i] = reader.offset - eventsStart;
    try {
      const code = reader.uvarint();
      const event = catalog.kind(code);
      if (event === undefined) throw new DecodeError(`unknown event code ${code}`);
      time += reader.uvarint();
      if (!Number.isSafeInteger(time)) throw new DecodeError('virtual time exceeds 2^53 - 1 ns');
      codes[i] = code;
      times[i] = time;
      checkFields(reader, event.fields);
    } catch (error) {
      // Say which event broke: byte offsets alone are useless to someone reading the status.
      if (error instanceof DecodeError) throw new DecodeError(`event ${seq}: ${error.message}`);
      throw error;
    }
  }
  if (reader.remaining !== 0) {
    throw new DecodeError(`batch at seq ${firstSeq} has ${reader.remaining} bytes after its ${count} events`);
  }
  offsets[count] = reader.offset - eventsStart;
  return { firstSeq, count, baseTime, codes, times, eventBytes: frame.subarray(eventsStart), offsets };
}

function checkFields(reader: ByteReader, specs: readonly FieldSpec[]): void {
  for (let f = 0; f < specs.length; f++) {
    const spec = specs[f] as FieldSpec;
    try {
      if (spec.type === 's') reader.skipString();
      else {
        const value = reader.uvarint();
        // The folds read enum fields as their names: an index past the table would be no name at all.
        if (spec.enumValues !== null && value >= spec.enumValues.length) {
          throw new DecodeError(`${value} is past the ${spec.enumValues.length} values of its enum`);
        }
      }
    } catch (error) {
      if (error instanceof DecodeError) throw new DecodeError(`field ${spec.name}: ${error.message}`);
      throw error;
    }
  }
}

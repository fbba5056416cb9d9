import { describe, expect, it } from 'vitest';
import { DecodeError } from '../lib/varint';
import { EventCatalog } from '../model/catalog';
import { EventStore } from '../model/events';
import { type DecodedBatch, decodeBatch } from './decoder';
import { batchFrame, catalog, encodeEvents } from './fixtures';

/** The batch's field values as the store decodes them from the kept encodings. */
function fieldsOf(batch: DecodedBatch, cat: EventCatalog) {
  const store = new EventStore(cat);
  store.append(batch);
  return Array.from({ length: batch.count }, (_, i) => store.fields(batch.firstSeq + i));
}

describe('decodeBatch', () => {
  it('decodes a hand-built batch with strings, enums, signed values and large times', () => {
    const big = 2 ** 32 + 5; // virtual time past 32 bits
    const frame = batchFrame(0, 0, [
      [0, 0, 1, 0, 'main'],
      [1, 10, 7, 0, 'jobs ⇄ results'],
      [0, 1_500, 2, 1, 'worker'],
      [2, big, 2, 2],
      [3, 250, 1, 7, -42],
      [40, 1, 2, 1],
    ]);
    const batch = decodeBatch(frame, catalog());

    expect(batch.firstSeq).toBe(0);
    expect(batch.count).toBe(6);
    expect(batch.baseTime).toBe(0);
    expect([...batch.codes]).toEqual([0, 1, 0, 2, 3, 40]);
    expect([...batch.times]).toEqual([0, 10, 1_510, 1_510 + big, 1_760 + big, 1_761 + big]);
    const fields = fieldsOf(batch, catalog());
    expect(fields).toEqual([
      [1, 0, 'main'],
      [7, 0, 'jobs ⇄ results'],
      [2, 1, 'worker'],
      [2, 2],
      [1, 7, -42],
      [2, 1],
    ]);
    // The enum field holds an index; the catalog maps it to the schema's string.
    expect(catalog().kind(2)?.fields[1]?.enumValues?.[fields[3]?.[1] as number]).toBe('blocked');
  });

  it('adds times to the batch base time and keeps the events bytes for the digest', () => {
    const events = [[2, 5, 1, 1], [2, 7, 1, 0]] as const;
    const batch = decodeBatch(batchFrame(10, 1_000_000, events), catalog());
    expect(batch.firstSeq).toBe(10);
    expect([...batch.times]).toEqual([1_000_005, 1_000_012]);
    expect([...batch.eventBytes]).toEqual([...encodeEvents(events)]);
  });

  it('follows whatever schema it is given rather than a built-in list', () => {
    const custom = EventCatalog.compile({
      version: 1,
      events: [{ code: 9, name: 'select-case', fields: [{ name: 'case', type: 'i' }, { name: 'label', type: 's' }] }],
    });
    const frame = Uint8Array.of(0x01, 0, 1, 0, 9, 3, 0x03, 2, 0x6f, 0x6b);
    const batch = decodeBatch(frame, custom);
    expect(fieldsOf(batch, custom)[0]).toEqual([-2, 'ok']);
    expect(batch.times[0]).toBe(3);
  });

  it('rejects unknown frame kinds, unknown codes, truncation and trailing bytes', () => {
    const cat = catalog();
    expect(() => decodeBatch(Uint8Array.of(0x02, 0, 0, 0), cat)).toThrow(/frame kind 0x02/);
    expect(() => decodeBatch(Uint8Array.of(0x01, 0, 1, 0, 99, 0), cat)).toThrow(/event 0: unknown event code 99/);
    const whole = batchFrame(0, 0, [[0, 0, 1, 0, 'main']]);
    expect(() => decodeBatch(whole.subarray(0, whole.length - 2), cat)).toThrow(/event 0: field name: truncated string/);
    const padded = Uint8Array.of(...whole, 0);
    expect(() => decodeBatch(padded, cat)).toThrow(/1 bytes after its 1 events/);
    expect(() => decodeBatch(Uint8Array.of(0x01, 0, 200, 0, 2, 0), cat)).toThrow(DecodeError);
    // go-create's name as the two bytes of a broken UTF-8 sequence.
    expect(() => decodeBatch(Uint8Array.of(0x01, 0, 1, 0, 0, 0, 1, 0, 2, 0xc3, 0x28), cat)).toThrow(/event 0: field name: invalid UTF-8/);
  });
  it('rejects an enum index past its table, naming the event and the field', () => {
    // Event 1 is obj-define, whose kind indexes objKind (chan, mutex, waitgroup): 3 is none of them.
    const frame = batchFrame(0, 0, [
      [0, 0, 1, 0, 'main'],
      [1, 1, 7, 3, 'jobs'],
    ]);
    expect(() => decodeBatch(frame, catalog())).toThrow(new DecodeError('event 1: field kind: 3 is past the 3 values of its enum'));
  });
});

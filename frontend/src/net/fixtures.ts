/**
 * Test fixtures: a small schema in the server's format and a schema-driven encoder that builds
 * binary batches by hand, the mirror image of decoder.ts. Used only by tests (so never bundled).
 */
import { EventCatalog, type Schema } from '../model/catalog';
import type { FieldValue } from '../model/events';
import { ByteWriter } from '../lib/varint';
import { FRAME_EVENT_BATCH } from './protocol';

export const SCHEMA: Schema = {
  version: 1,
  events: [
    {
      code: 0,
      name: 'go-create',
      fields: [
        { name: 'g', type: 'u' },
        { name: 'parent', type: 'u' },
        { name: 'name', type: 's' },
      ],
    },
    {
      code: 1,
      name: 'obj-define',
      fields: [
        { name: 'obj', type: 'u' },
        { name: 'kind', type: 'u', enum: 'objKind' },
        { name: 'name', type: 's' },
      ],
    },
    {
      code: 2,
      name: 'go-state',
      fields: [
        { name: 'g', type: 'u' },
        { name: 'state', type: 'u', enum: 'state' },
      ],
    },
    {
      code: 3,
      name: 'chan-send',
      fields: [
        { name: 'g', type: 'u' },
        { name: 'obj', type: 'u' },
        { name: 'value', type: 'i' },
      ],
    },
    // A sparse code, as the server may leave gaps between families of events.
    {
      code: 40,
      name: 'go-unblock',
      fields: [
        { name: 'g', type: 'u' },
        { name: 'by', type: 'u' },
      ],
    },
  ],
  enums: {
    state: ['runnable', 'running', 'blocked', 'done'],
    objKind: ['chan', 'mutex', 'waitgroup'],
  },
};

export const catalog = (): EventCatalog => EventCatalog.compile(SCHEMA);

/** An event to encode: code, dt (ns since the previous event), then its field values. */
export type EventSpec = readonly [code: number, dt: number, ...fields: FieldValue[]];

/** The events' encodings alone (code, dt, fields): what the digest covers. */
export function encodeEvents(events: readonly EventSpec[], schema: Schema = SCHEMA): Uint8Array<ArrayBuffer> {
  const w = new ByteWriter();
  for (const [code, dt, ...values] of events) {
    const kind = schema.events.find((e) => e.code === code);
    if (kind === undefined) throw new Error(`fixture uses unknown code ${code}`);
    w.uvarint(code).uvarint(dt);
    kind.fields.forEach((field, i) => {
      const value = values[i];
      if (field.type === 's') w.string(String(value));
      else if (field.type === 'i') w.zigzag(Number(value));
      else w.uvarint(Number(value));
    });
  }
  return w.bytes();
}

/** A whole binary frame: kind, first seq, count, base time, then the events. */
export function batchFrame(firstSeq: number, baseTime: number, events: readonly EventSpec[], schema: Schema = SCHEMA): Uint8Array<ArrayBuffer> {
  const header = new ByteWriter().u8(FRAME_EVENT_BATCH).uvarint(firstSeq).uvarint(events.length).uvarint(baseTime).bytes();
  const body = encodeEvents(events, schema);
  const frame = new Uint8Array(header.length + body.length);
  frame.set(header);
  frame.set(body, header.length);
  return frame;
}

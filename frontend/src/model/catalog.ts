/**
 * A schema compiled for decoding: the server's (sent in `meta`) or the page's own (vocabulary.ts).
 * The batch decoder and the event log work from it alone, so an event type the page does not know
 * is still checked, stored and listed; the folds read events as the page's typed vocabulary
 * (vocabulary.gen.ts), which a run's schema must speak.
 */

/** Field encodings: `u` uvarint, `i` zigzag varint, `s` length-prefixed UTF-8 string. */
export type FieldType = 'u' | 'i' | 's';

/** The schema exactly as it arrives in `meta` (docs/protocol.md). */
export interface Schema {
  readonly version: number;
  readonly events: ReadonlyArray<{
    readonly code: number;
    readonly name: string;
    readonly fields: ReadonlyArray<{ readonly name: string; readonly type: FieldType; readonly enum?: string }>;
  }>;
  readonly enums?: Readonly<Record<string, readonly string[]>>;
}

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** For an enum field, the strings its `u` value indexes into; otherwise null. */
  readonly enumValues: readonly string[] | null;
}

export interface EventKind {
  readonly code: number;
  readonly name: string;
  readonly fields: readonly FieldSpec[];
}

export class SchemaError extends Error {
  override readonly name = 'SchemaError';
}

export const SCHEMA_VERSION = 1;
// Codes index a plain array on the decoder's hot path; a code this large would be a server bug.
const MAX_CODE = 0xffff;
const FIELD_TYPES: ReadonlySet<string> = new Set<FieldType>(['u', 'i', 's']);

export class EventCatalog {
  readonly #byCode: ReadonlyArray<EventKind | undefined>;
  readonly #byName: ReadonlyMap<string, EventKind>;

  private constructor(kinds: readonly EventKind[]) {
    const byCode: Array<EventKind | undefined> = [];
    for (const kind of kinds) byCode[kind.code] = kind;
    this.#byCode = byCode;
    this.#byName = new Map(kinds.map((kind) => [kind.name, kind]));
  }

  /** Validates a schema received as JSON and compiles it; throws SchemaError if it is malformed. */
  static compile(json: unknown): EventCatalog {
    const schema = json as Schema;
    if (typeof schema !== 'object' || schema === null) throw new SchemaError('schema is not an object');
    if (schema.version !== SCHEMA_VERSION) {
      throw new SchemaError(`unsupported schema version ${String(schema.version)}`);
    }
    if (!Array.isArray(schema.events as unknown)) throw new SchemaError('schema.events is not a list');
    const enums = schema.enums ?? {};
    const seenCodes = new Set<number>();
    const kinds = schema.events.map((event, i): EventKind => {
      const where = `schema.events[${i}]`;
      if (!Number.isInteger(event.code) || event.code < 0 || event.code > MAX_CODE) {
        throw new SchemaError(`${where}.code is not a small non-negative integer`);
      }
      if (seenCodes.has(event.code)) throw new SchemaError(`${where}: code ${event.code} is defined twice`);
      seenCodes.add(event.code);
      if (typeof event.name !== 'string') throw new SchemaError(`${where}.name is not a string`);
      if (!Array.isArray(event.fields as unknown)) throw new SchemaError(`${where}.fields is not a list`);
      const fields = event.fields.map((field, j): FieldSpec => {
        const at = `${where}.fields[${j}]`;
        if (typeof field.name !== 'string') throw new SchemaError(`${at}.name is not a string`);
        if (!FIELD_TYPES.has(field.type)) throw new SchemaError(`${at}.type "${String(field.type)}" is unknown`);
        if (field.enum === undefined) return { name: field.name, type: field.type, enumValues: null };
        const values = enums[field.enum];
        if (!Array.isArray(values)) throw new SchemaError(`${at} names enum "${field.enum}", which is not defined`);
        if (field.type !== 'u') throw new SchemaError(`${at} is an enum, so its type must be "u"`);
        return { name: field.name, type: field.type, enumValues: values };
      });
      return { code: event.code, name: event.name, fields };
    });
    return new EventCatalog(kinds);
  }

  kind(code: number): EventKind | undefined {
    return this.#byCode[code];
  }

  byName(name: string): EventKind | undefined {
    return this.#byName.get(name);
  }
}

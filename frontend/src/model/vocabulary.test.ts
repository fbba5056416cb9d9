import { describe, expect, it } from 'vitest';
import { EventCatalog, type Schema } from './catalog';
import { LIBRARY_RUNS, LIBRARY_SCHEMA, runName, storeOf } from './fixtures/library';
import { vocabularyCatalog, vocabularyProblem } from './vocabulary';
import { BLOCK_REASONS, EVENT_CODES, EVENT_TYPES, OBJ_KINDS, SCHEMA, readEvent } from './vocabulary.gen';

/** SCHEMA as plain, changeable JSON. */
function schemaCopy(): { version: number; events: Array<{ code: number; name: string; fields: Array<{ name: string; type: string; enum?: string }> }>; enums: Record<string, string[]> } {
  return JSON.parse(JSON.stringify(SCHEMA)) as ReturnType<typeof schemaCopy>;
}

const problemOf = (schema: unknown) => vocabularyProblem(EventCatalog.compile(schema));

describe('the event vocabulary', () => {
  it('is what the server sent when the fixture runs were recorded (re-record them after a change)', () => {
    expect(LIBRARY_SCHEMA).toEqual(SCHEMA);
  });

  it('numbers the types by code, both ways', () => {
    expect(SCHEMA.events.map((e) => e.name)).toEqual([...EVENT_TYPES]);
    EVENT_TYPES.forEach((type, code) => expect(EVENT_CODES[type]).toBe(code));
    expect(SCHEMA.enums['block-reason']).toEqual([...BLOCK_REASONS]);
    expect(SCHEMA.enums['obj-kind']).toEqual([...OBJ_KINDS]);
  });

  it('reads every event of every recorded run as a typed event of its code', () => {
    for (const run of LIBRARY_RUNS) {
      const store = storeOf(run);
      for (let seq = 0; seq < store.length; seq++) {
        const e = store.runEvent(seq);
        expect(e?.type, `${runName(run)} event ${seq}`).toBe(EVENT_TYPES[store.code(seq)]);
      }
    }
  });

  it('gives each field its value: numbers, strings, booleans and enum names', () => {
    expect(readEvent(EVENT_CODES['go-block'], [3, 1, 7, 12])).toEqual({ type: 'go-block', g: 3, reason: 'receive', obj: 7, label: 12 });
    expect(readEvent(EVENT_CODES['select-case'], [3, 0, 1, 7, 0])).toEqual({ type: 'select-case', g: 3, index: 0, send: true, obj: 7, label: 0 });
    expect(readEvent(EVENT_CODES['wait-group-add'], [3, 7, -1, 0, 4])).toEqual({ type: 'wait-group-add', g: 3, obj: 7, delta: -1, counter: 0, label: 4 });
    expect(readEvent(EVENT_CODES['diagnostic'], [0, 2, 0, 9, 'all goroutines are asleep'])).toEqual({
      type: 'diagnostic',
      kind: 'deadlock',
      g: 2,
      obj: 0,
      label: 9,
      message: 'all goroutines are asleep',
    });
    expect(readEvent(EVENT_TYPES.length, [1])).toBeNull();
  });

  it('is spoken by a schema equal to its own, and by one that appends types', () => {
    expect(vocabularyProblem(vocabularyCatalog())).toBeNull();
    const newer = schemaCopy();
    newer.events.push({ code: newer.events.length, name: 'go-yield', fields: [{ name: 'g', type: 'u' }] });
    expect(problemOf(newer)).toBeNull();
  });

  it('is not spoken by a schema that renumbers, drops, retypes or adds a field, or changes an enum', () => {
    const renamed = schemaCopy();
    (renamed.events[4] as { name: string }).name = 'go-park';
    expect(problemOf(renamed)).toBe('event code 4 is go-park on the server, go-block here');

    const dropped = schemaCopy();
    dropped.events.pop();
    expect(problemOf(dropped)).toBe('the server has no event with code 36 (output)');

    const retyped = schemaCopy();
    const field = retyped.events[19]?.fields[1] as { type: string };
    field.type = 'u';
    expect(problemOf(retyped)).toBe('select-chosen has fields g:u, index:u on the server, g:u, index:i here');

    const reordered = schemaCopy();
    reordered.enums['block-reason']?.reverse();
    expect(problemOf(reordered)).toMatch(/^go-block has fields g:u, reason:io\|once\|processor/);

    const grown = schemaCopy();
    grown.events[3]?.fields.push({ name: 'why', type: 's' });
    expect(problemOf(grown as unknown as Schema)).toBe('go-switch has fields g:u, why:s on the server, g:u here');
  });
});

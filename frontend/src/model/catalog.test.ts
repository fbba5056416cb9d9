import { describe, expect, it } from 'vitest';
import { EventCatalog, SchemaError } from './catalog';
import { SCHEMA } from '../net/fixtures';

describe('EventCatalog', () => {
  it('looks event kinds up by code and by name, with enum strings attached', () => {
    const catalog = EventCatalog.compile(SCHEMA);
    expect(catalog.kind(40)?.name).toBe('go-unblock');
    expect(catalog.kind(39)).toBeUndefined();
    const state = catalog.byName('go-state')?.fields[1];
    expect(state).toEqual({ name: 'state', type: 'u', enumValues: ['runnable', 'running', 'blocked', 'done'] });
  });

  it('rejects schemas the decoder could not follow', () => {
    const one = (fields: unknown[], enums = {}) => ({ version: 1, events: [{ code: 0, name: 'e', fields }], enums });
    expect(() => EventCatalog.compile({ version: 2, events: [] })).toThrow(/unsupported schema version 2/);
    expect(() => EventCatalog.compile(one([{ name: 'f', type: 'x' }]))).toThrow(SchemaError);
    expect(() => EventCatalog.compile(one([{ name: 'f', type: 'u', enum: 'nope' }]))).toThrow(/enum "nope", which is not defined/);
    expect(() => EventCatalog.compile(one([{ name: 'f', type: 's', enum: 'k' }], { k: ['a'] }))).toThrow(/must be "u"/);
    const twice = { version: 1, events: [{ code: 1, name: 'a', fields: [] }, { code: 1, name: 'b', fields: [] }] };
    expect(() => EventCatalog.compile(twice)).toThrow(/code 1 is defined twice/);
  });
});

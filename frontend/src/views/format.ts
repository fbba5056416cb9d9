/**
 * Turns stored events into text for the event log: human-readable virtual times, enum strings
 * instead of indexes, and goroutine and object names instead of bare ids.
 */
import type { EventCatalog, FieldSpec } from '../model/catalog';
import type { FieldValue, StoredEvent } from '../model/events';
import type { NameTable } from '../model/names';

/** Fields that hold a goroutine id, named by `go-create`. */
const GOROUTINE_FIELDS: ReadonlySet<string> = new Set(['g', 'parent', 'by', 'target']);
/** Fields that hold an object id (channel, mutex, ...), named by `obj-define`. */
const OBJECT_FIELDS: ReadonlySet<string> = new Set(['obj']);

const UNITS: ReadonlyArray<readonly [scale: number, unit: string]> = [
  [1e3, 'µs'],
  [1e6, 'ms'],
  [1e9, 's'],
];

/** Virtual nanoseconds as `850 ns`, `1.5 µs`, `12.25 ms`, `3 s` (at most three decimals). */
export function formatTime(ns: number): string {
  if (ns < 1e3) return `${ns} ns`;
  for (const [scale, unit] of UNITS) {
    const rounded = Math.round((ns / scale) * 1e3) / 1e3;
    // Choose the unit after rounding, so 999_999_999 ns reads `1 s`, not `1000 ms`.
    if (rounded < 1e3 || unit === 's') return `${trimDecimals(rounded.toFixed(3))} ${unit}`;
  }
  return `${ns} ns`; // unreachable: the last unit always returns
}

function trimDecimals(fixed: string): string {
  return fixed.replace(/\.?0+$/, '');
}

export interface FieldText {
  readonly name: string;
  readonly value: string;
  /** What the value stands for when it was replaced by a name, e.g. `goroutine 7`. */
  readonly title?: string;
}

export interface EventText {
  readonly seq: string;
  readonly time: string;
  readonly name: string;
  readonly fields: readonly FieldText[];
}

export function formatEvent(event: StoredEvent, catalog: EventCatalog, names: NameTable | null): EventText {
  const kind = catalog.kind(event.code);
  const specs = kind?.fields ?? [];
  return {
    seq: String(event.seq),
    time: formatTime(event.time),
    name: kind?.name ?? `event#${event.code}`,
    fields: event.fields.map((value, i) =>
      formatField(specs[i] ?? { name: `#${i}`, type: 'u', enumValues: null }, value, event.seq, names),
    ),
  };
}

/** One line of plain text for a row, the same words the DOM row shows. */
export function eventLine(text: EventText): string {
  return [text.seq, text.time, text.name, ...text.fields.map((f) => `${f.name}=${f.value}`)].join(' ');
}

function formatField(spec: FieldSpec, value: FieldValue, seq: number, names: NameTable | null): FieldText {
  const field = { name: spec.name };
  if (typeof value === 'string') return { ...field, value: quoteIfNeeded(value) };
  if (spec.enumValues !== null) return { ...field, value: spec.enumValues[value] ?? `?${value}` };
  if (names !== null && GOROUTINE_FIELDS.has(spec.name)) {
    const name = names.goroutine(value, seq);
    if (name !== undefined) return { ...field, value: quoteIfNeeded(name), title: `goroutine ${value}` };
  }
  if (names !== null && OBJECT_FIELDS.has(spec.name)) {
    const name = names.object(value, seq);
    if (name !== undefined) return { ...field, value: quoteIfNeeded(name), title: `object ${value}` };
  }
  return { ...field, value: String(value) };
}

/** Quotes a string only when `name=value` would otherwise be ambiguous or invisible. */
export function quoteIfNeeded(text: string): string {
  return text === '' || /[\s="\\\p{Cc}]/u.test(text) ? JSON.stringify(text) : text;
}

import { describe, expect, it } from 'vitest';
import { NameTable } from '../model/names';
import { catalog } from '../net/fixtures';
import { eventLine, formatEvent, formatTime, quoteIfNeeded } from './format';

describe('formatTime', () => {
  it('picks ns, µs, ms or s and drops trailing zeros', () => {
    expect(formatTime(0)).toBe('0 ns');
    expect(formatTime(999)).toBe('999 ns');
    expect(formatTime(1_000)).toBe('1 µs');
    expect(formatTime(1_500)).toBe('1.5 µs');
    expect(formatTime(12_250_000)).toBe('12.25 ms');
    expect(formatTime(3_000_000_000)).toBe('3 s');
    expect(formatTime(1_234_567)).toBe('1.235 ms');
  });

  it('chooses the unit after rounding and keeps seconds for long runs', () => {
    expect(formatTime(999_999)).toBe('999.999 µs');
    expect(formatTime(9_999_999)).toBe('10 ms');
    expect(formatTime(999_999_999)).toBe('1 s');
    expect(formatTime(2 ** 40)).toBe('1099.512 s');
  });
});

describe('formatEvent', () => {
  const cat = catalog();
  const names = new NameTable();
  const events = [
    { seq: 0, time: 0, code: 0, fields: [1, 0, 'main'] },
    { seq: 1, time: 10, code: 0, fields: [2, 1, 'worker 1'] },
    { seq: 2, time: 12, code: 1, fields: [7, 0, 'results'] },
    { seq: 3, time: 1_500, code: 3, fields: [2, 7, -3] },
    { seq: 4, time: 1_600, code: 2, fields: [2, 2] },
    { seq: 5, time: 2_000_000, code: 40, fields: [2, 1] },
    { seq: 6, time: 2_000_001, code: 40, fields: [9, 5] },
  ];
  names.fold(0, { type: 'go-create', g: 1, parent: 0, name: 'main', label: 0 });
  names.fold(1, { type: 'go-create', g: 2, parent: 1, name: 'worker 1', label: 0 });
  names.fold(2, { type: 'obj-define', obj: 7, kind: 'channel', name: 'results', arg: 0, parent: 0, g: 1, label: 0 });
  const line = (i: number) => eventLine(formatEvent(events[i] as (typeof events)[number], cat, names));

  it('names goroutines and objects defined by earlier events', () => {
    expect(line(0)).toBe('0 0 ns go-create g=1 parent=0 name=main');
    expect(line(1)).toBe('1 10 ns go-create g=2 parent=main name="worker 1"');
    expect(line(3)).toBe('3 1.5 µs chan-send g="worker 1" obj=results value=-3');
    expect(line(5)).toBe('5 2 ms go-unblock g="worker 1" by=main');
  });

  it('leaves unknown ids as numbers and shows enum strings', () => {
    expect(line(4)).toBe('4 1.6 µs go-state g="worker 1" state=blocked');
    expect(line(6)).toBe('6 2 ms go-unblock g=9 by=5');
    expect(line(2)).toBe('2 12 ns obj-define obj=7 kind=chan name=results');
  });

  it('says which id a name stands for', () => {
    const text = formatEvent(events[5] as (typeof events)[number], cat, names);
    expect(text.fields).toEqual([
      { name: 'g', value: '"worker 1"', title: 'goroutine 2' },
      { name: 'by', value: 'main', title: 'goroutine 1' },
    ]);
  });

  it('copes with an enum index out of range and an event code the catalog lacks', () => {
    expect(eventLine(formatEvent({ seq: 9, time: 0, code: 2, fields: [3, 17] }, cat, null))).toBe('9 0 ns go-state g=3 state=?17');
    expect(eventLine(formatEvent({ seq: 9, time: 0, code: 77, fields: [5] }, cat, null))).toBe('9 0 ns event#77 #0=5');
  });
});

it('quotes strings only when name=value would be ambiguous', () => {
  expect(quoteIfNeeded('ch')).toBe('ch');
  expect(quoteIfNeeded('')).toBe('""');
  expect(quoteIfNeeded('a b')).toBe('"a b"');
  expect(quoteIfNeeded('k=v')).toBe('"k=v"');
  expect(quoteIfNeeded('line\nbreak')).toBe('"line\\nbreak"');
});

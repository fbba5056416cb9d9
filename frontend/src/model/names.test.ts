import { expect, it } from 'vitest';
import { NameTable } from './names';
import { EVENT_CODES } from './vocabulary.gen';

it('learns goroutine and object names from go-create and obj-define, from the next event on', () => {
  const names = new NameTable();
  names.fold(0, { type: 'go-create', g: 1, parent: 0, name: 'main', label: 0 });
  names.fold(1, { type: 'obj-define', obj: 7, kind: 'channel', name: 'results', arg: 0, parent: 0, g: 1, label: 0 });
  names.fold(2, { type: 'go-create', g: 1, parent: 0, name: 'impostor', label: 0 }); // a second definition does not rename
  names.fold(3, { type: 'go-exit', g: 1 });
  names.fold(4, null);
  expect(names.goroutine(1, 0)).toBeUndefined(); // the defining event itself shows the id
  expect(names.goroutine(1, 1)).toBe('main');
  expect(names.goroutine(1, 5)).toBe('main');
  expect(names.object(7, 2)).toBe('results');
  expect(names.object(1, 5)).toBeUndefined(); // goroutine and object ids are separate spaces
  expect(names.goroutine(2, 5)).toBeUndefined();
});

it('says which codes name something, so only those are decoded', () => {
  const names = new NameTable();
  const naming = Object.values(EVENT_CODES).filter((code) => names.names(code));
  expect(naming).toEqual([EVENT_CODES['go-create'], EVENT_CODES['obj-define']]);
});

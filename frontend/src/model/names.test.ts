import { expect, it } from 'vitest';
import { NameTable } from './names';
import { catalog } from '../net/fixtures';

it('learns goroutine and object names from go-create and obj-define, from the next event on', () => {
  const names = new NameTable(catalog());
  names.fold(0, 0, [1, 0, 'main']);
  names.fold(1, 1, [7, 0, 'results']);
  names.fold(2, 0, [1, 0, 'impostor']); // a second definition does not rename
  expect(names.goroutine(1, 0)).toBeUndefined(); // the defining event itself shows the id
  expect(names.goroutine(1, 1)).toBe('main');
  expect(names.goroutine(1, 5)).toBe('main');
  expect(names.object(7, 2)).toBe('results');
  expect(names.object(1, 5)).toBeUndefined(); // goroutine and object ids are separate spaces
  expect(names.goroutine(2, 5)).toBeUndefined();
});

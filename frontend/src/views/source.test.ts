import { expect, it } from 'vitest';
import { chipLabel, lineOfLabel } from './source';

it('maps a label to the first line starting with it, else the first line containing it', () => {
  const lines = ['func main() {', '\tch := make(chan int)', '\tgo func() { ch <- 1 }()', '\tch <- 2', '}'];
  expect(lineOfLabel(lines, 'ch <- 2')).toBe(3);
  expect(lineOfLabel(lines, 'ch <- 1')).toBe(2);
  expect(lineOfLabel(lines, 'nowhere')).toBe(-1);
});

it('labels a gutter chip with the number a goroutine name ends with, else its initial', () => {
  expect(chipLabel('worker-1')).toBe('1');
  expect(chipLabel('filter-13')).toBe('13');
  expect(chipLabel('main')).toBe('m');
  expect(chipLabel('job-12345')).toBe('…45');
});

import { expect, it } from 'vitest';
import { lineOfLabel } from './source';

it('maps a label to the first line starting with it, else the first line containing it', () => {
  const lines = ['func main() {', '\tch := make(chan int)', '\tgo func() { ch <- 1 }()', '\tch <- 2', '}'];
  expect(lineOfLabel(lines, 'ch <- 2')).toBe(3);
  expect(lineOfLabel(lines, 'ch <- 1')).toBe(2);
  expect(lineOfLabel(lines, 'nowhere')).toBe(-1);
});

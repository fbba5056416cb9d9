import { expect, it } from 'vitest';
import { frameScheduler } from './frame';

it('renders once for many invalidations within a frame', () => {
  const queued: Array<() => void> = [];
  let renders = 0;
  const invalidate = frameScheduler(() => renders++, (callback) => queued.push(callback));
  invalidate();
  invalidate();
  invalidate();
  expect(queued).toHaveLength(1);
  queued.shift()?.();
  expect(renders).toBe(1);
  invalidate();
  expect(queued).toHaveLength(1);
});

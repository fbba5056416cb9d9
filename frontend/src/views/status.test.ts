import { expect, it } from 'vitest';
import { statusText } from './status';

it('words each phase the way the end-to-end tests expect', () => {
  expect(statusText({ phase: 'connecting' })).toBe('connecting…');
  expect(statusText({ phase: 'running' })).toBe('running…');
  const digest = '0123abcd'.repeat(8);
  expect(statusText({ phase: 'done', events: 1234, digest, outcome: 'ok', endTime: 9 })).toBe('done: 1234 events · digest 0123abcd');
  expect(statusText({ phase: 'error', message: 'unknown scenario "x"' })).toBe('error: unknown scenario "x"');
});

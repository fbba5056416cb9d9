import { expect, it } from 'vitest';
import { summaryText } from './summary';

it('counts events, says when only the latest rows are shown, and how the run ended', () => {
  expect(summaryText(1, null)).toBe('1 event');
  expect(summaryText(12, { outcome: 'deadlock', endTime: 1_500 })).toBe('12 events · ended at 1.5 µs · outcome: deadlock');
  expect(summaryText(250_000, null)).toBe('250,000 events · showing the latest 2,000');
});

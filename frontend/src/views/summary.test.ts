import { expect, it } from 'vitest';
import { summaryText } from './summary';

it('counts events, says when only the latest rows are shown, when the run ended and its digest, not how', () => {
  expect(summaryText(1, null)).toBe('1 event');
  expect(summaryText(12, { digest: '0123abcd'.repeat(8), endTime: 1_500 })).toBe('12 events · ended at 1.5 µs · digest 0123abcd');
  expect(summaryText(250_000, null)).toBe('250,000 events · showing the latest 2,000');
});

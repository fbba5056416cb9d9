import { expect, it } from 'vitest';
import { readRunRequest } from './controls';

it('builds a run request from the form, with four logical processors', () => {
  expect(readRunRequest(' unbuffered-handoff ', '1')).toEqual({ scenario: 'unbuffered-handoff', params: {}, seed: 1, gomaxprocs: 4 });
  expect(readRunRequest('x', '-7')).toMatchObject({ seed: -7 });
});

it('refuses an empty scenario and a seed that is not a whole number', () => {
  expect(readRunRequest('  ', '1')).toEqual({ problem: 'choose a scenario' });
  expect(readRunRequest('x', '1.5')).toEqual({ problem: 'the seed must be a whole number' });
  expect(readRunRequest('x', '')).toEqual({ problem: 'the seed must be a whole number' });
  expect(readRunRequest('x', '99999999999999999999')).toEqual({ problem: 'the seed must be a whole number' });
});

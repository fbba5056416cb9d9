import { expect, it } from 'vitest';
import { controlOf } from './rest';

it('maps a problem path from the server to the control that shows it', () => {
  expect(controlOf('run.params.workers')).toBe('workers');
  expect(controlOf('params.jobTime')).toBe('jobTime');
  expect(controlOf('run.gomaxprocs')).toBe('procs');
  expect(controlOf('run.seed')).toBe('seed');
});

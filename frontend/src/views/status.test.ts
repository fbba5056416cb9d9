import { describe, expect, it } from 'vitest';
import type { RunStatus } from '../model/run';
import type { Outcome } from '../model/vocabulary.gen';
import { playbackText, statusText } from './status';

const digest = '0123abcd'.repeat(8);
const done = (events: number, outcome: Outcome): RunStatus => ({ phase: 'done', events, digest, outcome, endTime: 9 });

describe('the header', () => {
  it('says how far the run is, keeping the words end-to-end tests wait for', () => {
    expect(statusText({ phase: 'connecting' })).toBe('Run: starting…');
    expect(statusText({ phase: 'running' })).toBe('Run: simulating…');
    expect(statusText({ phase: 'running' }, 1024)).toBe('Run: simulating… 1,024 events so far');
    expect(statusText(done(1234, 'completed'))).toBe('Run done: 1,234 events simulated');
    expect(statusText(done(1234, 'completed'))).toContain('done:');
    expect(statusText({ phase: 'error', message: 'unknown scenario "x"' })).toBe('error: unknown scenario "x"');
  });

  it('says how far the playback is, apart from the run: a finished run played to event 23 says both', () => {
    const status = done(179, 'deadlocked');
    expect(statusText(status)).toBe('Run done: 179 events simulated');
    expect(playbackText({ position: 24, total: 179, time: 1_500_000, playing: false, status })).toBe('Playback: paused at event 23 of 179 · 1.5 ms');
    expect(playbackText({ position: 24, total: 179, time: 1_500_000, playing: true, status })).toBe('Playback: playing event 23 of 179 · 1.5 ms');
    expect(playbackText({ position: 0, total: 179, time: 0, playing: false, status })).toBe('Playback: at the start, before event 0');
  });

  it('tells how the run ended only when the playback gets to the end', () => {
    const status = done(38, 'deadlocked');
    for (let position = 0; position < 38; position++) {
      expect(playbackText({ position, total: 38, time: 0, playing: true, status })).not.toContain('deadlock');
    }
    expect(playbackText({ position: 38, total: 38, time: 5_000_000, playing: false, status })).toBe('Playback: at the end, event 37 of 38 · 5 ms · the program deadlocked');
    expect(playbackText({ position: 5, total: 5, time: 0, playing: false, status: done(5, 'completed') })).toContain('the program finished');
  });

  it('while the run streams in, counts what has arrived and says when the playback caught up with it', () => {
    const status: RunStatus = { phase: 'running' };
    expect(playbackText({ position: 10, total: 2048, time: 0, playing: true, status })).toBe('Playback: playing event 9 of 2,048 so far · 0 ns');
    expect(playbackText({ position: 2048, total: 2048, time: 0, playing: true, status })).toBe('Playback: caught up with the run at event 2,047 of 2,048 so far · 0 ns');
    expect(playbackText({ position: 0, total: 0, time: 0, playing: false, status })).toBe('');
  });
});

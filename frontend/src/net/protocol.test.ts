import { describe, expect, it } from 'vitest';
import { parseServerMessage } from './protocol';

describe('parseServerMessage', () => {
  it('reads an end message with its diagnostics', () => {
    const end = parseServerMessage(
      JSON.stringify({
        type: 'end',
        runId: 'r1',
        events: 12,
        digest: 'ab'.repeat(32),
        endTime: 5_000_000_000,
        outcome: 'deadlocked',
        diagnostics: [{ kind: 'deadlock', message: 'all goroutines are asleep' }],
      }),
    );
    expect(end).toEqual({
      type: 'end',
      runId: 'r1',
      events: 12,
      digest: 'ab'.repeat(32),
      endTime: 5_000_000_000,
      outcome: 'deadlocked',
      diagnostics: [{ kind: 'deadlock', message: 'all goroutines are asleep' }],
    });
  });

  it('reads an error message, keeping the optional path', () => {
    expect(parseServerMessage('{"type":"error","code":"bad-request","message":"unknown scenario","path":"run.scenario"}')).toEqual({
      type: 'error',
      code: 'bad-request',
      message: 'unknown scenario',
      path: 'run.scenario',
    });
    expect(parseServerMessage('{"type":"error","code":"busy"}')).toEqual({ type: 'error', code: 'busy', message: 'busy' });
  });

  it('reads outcomes and diagnostic kinds in the event vocabulary, and rejects others', () => {
    const end = (outcome: string, kind: string) =>
      JSON.stringify({ type: 'end', events: 1, digest: 'x', endTime: 0, outcome, diagnostics: [{ kind, message: 'm' }] });
    expect(() => parseServerMessage(end('exploded', 'leak'))).toThrow('"end" message: outcome "exploded" is not one of completed, panicked, deadlocked, limit-reached, cancelled');
    expect(() => parseServerMessage(end('completed', 'gremlin'))).toThrow('"end" message: kind "gremlin" is not one of deadlock, leak, race, lock-order, panic, limit');
  });

  it('ignores message types it does not know and rejects malformed ones', () => {
    expect(parseServerMessage('{"type":"progress","pct":50}')).toEqual({ type: 'unknown', name: 'progress' });
    expect(() => parseServerMessage('not json')).toThrow(/not JSON/);
    expect(() => parseServerMessage('[1]')).toThrow(/not a JSON object/);
    expect(() => parseServerMessage('{"type":"end","events":-1,"digest":"x","endTime":0}')).toThrow(/events is not a non-negative integer/);
  });
});

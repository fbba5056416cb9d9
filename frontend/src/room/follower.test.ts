import { describe, expect, it } from 'vitest';
import { PageStore } from '../app/pageStore';
import type { ScenarioSummary } from '../app/params';
import type { SocketEvents } from '../net/socket';
import { applyMoment, follow, positionAt } from './follower';
import { ManualTimers } from './manualTimers';
import { type Moment, RoomClient } from './roomClient';

const moment = (link: string, extra: Partial<Moment> = {}): Moment => ({
  link,
  playing: false,
  speed: 1,
  compare: null,
  rev: 2,
  sinceUpdateMs: 0,
  receivedAt: 1000,
  ...extra,
});

const CATALOG: ScenarioSummary[] = [
  {
    id: 'worker-pool',
    title: 'Worker pool',
    category: 'Patterns',
    summary: '',
    pitfall: false,
    params: [{ name: 'workers', type: 'int', default: 3, min: 1, max: 10 }],
  },
  { id: 'unbuffered-handoff', title: 'Unbuffered handoff', category: 'Basics', summary: '', pitfall: false, params: [] },
];

function store(): PageStore {
  const s = new PageStore({ autoplay: () => true });
  s.catalog.set(CATALOG);
  return s;
}

describe('following the teacher', () => {
  it('a paused room shows the event its link names', () => {
    expect(positionAt(moment('?t=40'), 40, 99_999)).toBe(41);
    expect(positionAt(moment('?'), null, 99_999)).toBe(0);
  });

  it('a playing room has moved on by speed × 6 events a second since it was written', () => {
    // 500 ms before the frame left the server, 1,500 ms since it arrived: 2 s at 5× is 60 events.
    const m = moment('?t=40', { playing: true, speed: 5, sinceUpdateMs: 500, receivedAt: 1000 });
    expect(positionAt(m, 40, 2500)).toBe(41 + 60);
  });

  it('applies the teacher\'s run, playhead and playback, keeping the page\'s own modes', () => {
    const s = store();
    s.present.set(true);
    expect(applyMoment(s, moment('?v=1&s=worker-pool&workers=4&seed=42&t=20', { speed: 2 }), 1000, 'unbuffered-handoff')).toBe('new-run');
    expect(s.run.inputs.get()).toMatchObject({ scenario: 'worker-pool', seed: 42, params: { workers: 4 } });
    expect(s.run.player.position.get()).toBe(21);
    expect(s.run.player.playing.get()).toBe(false);
    expect(s.run.player.speed.get()).toBe(2);
    expect(s.present.get()).toBe(true);

    const inputs = s.run.inputs.get();
    expect(applyMoment(s, moment('?v=1&s=worker-pool&workers=4&seed=42&t=30', { playing: true }), 1000, 'unbuffered-handoff')).toBe('same-run');
    expect(s.run.inputs.get()).toBe(inputs);
    expect(s.run.player.position.get()).toBe(31);
    expect(s.run.player.playing.get()).toBe(true);
  });

  it('a teacher\'s compare link opens compare mode on the same step of the one clock, and a plain one leaves it', () => {
    const s = store();
    applyMoment(s, moment('?v=1&s=worker-pool&seed=42&t=20'), 1000, 'unbuffered-handoff');
    const a = s.run.inputs.get();
    expect(applyMoment(s, moment('?v=1&s=worker-pool&seed=42&b.s=worker-pool&b.workers=7&b.seed=42&t=35', { speed: 2 }), 1000, 'unbuffered-handoff')).toBe('new-run');
    expect(s.comparing()).toBe(true);
    expect(s.run.inputs.get()).toBe(a);
    expect(s.compare.inputs.get()).toMatchObject({ scenario: 'worker-pool', seed: 42, params: { workers: 7 } });
    expect(s.compare.player.position.get()).toBe(36);
    expect(s.compare.player.playing.get()).toBe(false);
    expect(s.compare.player.speed.get()).toBe(2);
    // The page's own run keeps its playhead: the one clock is what the class shares.
    expect(s.run.player.position.get()).toBe(21);

    // A playing room's clock has moved on since it was written, as a single run's playhead does.
    applyMoment(s, moment('?v=1&s=worker-pool&seed=42&b.s=worker-pool&b.workers=7&b.seed=42&t=35', { playing: true, speed: 1, sinceUpdateMs: 1000 }), 1000, 'unbuffered-handoff');
    expect(s.compare.player.position.get()).toBe(36 + 6);
    expect(s.compare.player.playing.get()).toBe(true);

    expect(applyMoment(s, moment('?v=1&s=worker-pool&seed=42&t=50'), 1000, 'unbuffered-handoff')).toBe('new-run');
    expect(s.comparing()).toBe(false);
    expect(s.run.player.position.get()).toBe(51);
  });

  it('a room playing from the start of a new run starts at its beginning', () => {
    const s = store();
    applyMoment(s, moment('?v=1&s=worker-pool&t=50'), 1000, 'unbuffered-handoff');
    applyMoment(s, moment('?v=1&s=unbuffered-handoff', { playing: true }), 1000, 'unbuffered-handoff');
    expect(s.run.player.position.get()).toBe(0);
    expect(s.run.player.playing.get()).toBe(true);
  });
});

describe('a student who changes the run', () => {
  it('is exploring on their own: the room is told, and the teacher\'s next moment is not applied', () => {
    const s = store();
    const sent: Record<string, unknown>[] = [];
    let server: SocketEvents | null = null;
    const client = new RoomClient({ role: 'student' }, {
      url: 'ws://x',
      timers: new ManualTimers(),
      open: (_url, events) => {
        server = events;
        return { send: (text) => sent.push(JSON.parse(text) as Record<string, unknown>), close: () => undefined };
      },
    });
    follow(s, client, () => 1000, 'unbuffered-handoff');
    client.connect();
    const say = (frame: unknown) => (server as SocketEvents | null)?.text(JSON.stringify(frame));
    (server as SocketEvents | null)?.open();
    const state = (rev: number) => ({ rev, playing: false, speed: 1, compare: null, updatedAt: 0 });
    say({ type: 'welcome', v: 1, role: 'student', member: 'm1', detached: false, now: 0,
      room: { code: 'K7Q-2MX', link: '?v=1&s=worker-pool&t=9', state: state(1), question: null, members: 1, detached: 0 } });
    expect(s.run.player.position.get()).toBe(10);

    const inputs = s.run.inputs.get();
    if (inputs === null) throw new Error('the room\'s run was not applied');
    s.run.inputs.set({ ...inputs, seed: 5 });
    expect(sent.at(-1)).toEqual({ type: 'detach' });
    say({ type: 'member', member: 'm1', detached: true });
    say({ type: 'state', link: '?v=1&s=worker-pool&t=30', state: state(2), now: 0 });
    expect(s.run.inputs.get()?.seed).toBe(5);

    // Back to class: the room's latest moment, not the one the student left.
    client.setDetached(false);
    say({ type: 'member', member: 'm1', detached: false });
    expect(s.run.inputs.get()?.seed).toBe(1);
    expect(s.run.player.position.get()).toBe(31);
  });

  it('leaving the teacher\'s compare mode is exploring on their own; back to class opens it again', () => {
    const s = store();
    const sent: Record<string, unknown>[] = [];
    let server: SocketEvents | null = null;
    const client = new RoomClient({ role: 'student' }, {
      url: 'ws://x',
      timers: new ManualTimers(),
      open: (_url, events) => {
        server = events;
        return { send: (text) => sent.push(JSON.parse(text) as Record<string, unknown>), close: () => undefined };
      },
    });
    follow(s, client, () => 1000, 'unbuffered-handoff');
    client.connect();
    const say = (frame: unknown) => (server as SocketEvents | null)?.text(JSON.stringify(frame));
    (server as SocketEvents | null)?.open();
    const state = (rev: number) => ({ rev, playing: false, speed: 1, compare: null, updatedAt: 0 });
    const pair = '?v=1&s=worker-pool&b.s=worker-pool&b.workers=7';
    say({ type: 'welcome', v: 1, role: 'student', member: 'm1', detached: false, now: 0,
      room: { code: 'K7Q-2MX', link: `${pair}&t=9`, state: state(1), question: null, members: 1, detached: 0 } });
    expect(s.comparing()).toBe(true);
    expect(s.compare.player.position.get()).toBe(10);
    expect(sent.filter((m) => m['type'] === 'detach')).toEqual([]);

    s.compareWith(null);
    expect(sent.at(-1)).toEqual({ type: 'detach' });
    say({ type: 'member', member: 'm1', detached: true });
    say({ type: 'state', link: `${pair}&t=30`, state: state(2), now: 0 });
    expect(s.comparing()).toBe(false);

    client.setDetached(false);
    say({ type: 'member', member: 'm1', detached: false });
    expect(s.comparing()).toBe(true);
    expect(s.compare.player.position.get()).toBe(31);
  });
});

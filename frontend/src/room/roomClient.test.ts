import { describe, expect, it } from 'vitest';
import type { SocketEvents } from '../net/socket';
import { ManualTimers } from './manualTimers';
import { type JoinAs, RoomClient } from './roomClient';

const ROOM = {
  code: 'K7Q-2MX',
  link: '?v=1&s=worker-pool&seed=42',
  state: { rev: 1, playing: false, speed: 1, compare: null, updatedAt: 1000 },
  question: null,
  members: 0,
  detached: 0,
};

/** A fake server end: the page's sockets in order, what each was sent, and ways to answer. */
class FakeServer {
  readonly sockets: { events: SocketEvents; sent: Record<string, unknown>[]; closed: boolean }[] = [];

  readonly open = (_url: string, events: SocketEvents) => {
    const socket = { events, sent: [] as Record<string, unknown>[], closed: false };
    this.sockets.push(socket);
    return { send: (text: string) => socket.sent.push(JSON.parse(text) as Record<string, unknown>), close: () => (socket.closed = true) };
  };

  get last() {
    const socket = this.sockets.at(-1);
    if (socket === undefined) throw new Error('no socket was opened');
    return socket;
  }

  say(frame: Record<string, unknown>): void {
    this.last.events.text(JSON.stringify(frame));
  }

  welcome(extra: Record<string, unknown> = {}, room: Record<string, unknown> = {}): void {
    this.last.events.open();
    this.say({ type: 'welcome', v: 1, room: { ...ROOM, ...room }, now: 1500, ...extra });
  }
}


function client(join: JoinAs, remembered: [string, boolean][] = []) {
  const server = new FakeServer();
  const timers = new ManualTimers();
  const room = new RoomClient(join, { url: 'ws://x/ws/rooms/K7Q-2MX', open: server.open, timers, remember: (m, d) => remembered.push([m, d]) });
  room.connect();
  return { server, timers, room };
}

describe('RoomClient', () => {
  it('joins as a student, becomes live on welcome and remembers its member id', () => {
    const remembered: [string, boolean][] = [];
    const { server, room } = client({ role: 'student' }, remembered);
    expect(room.view.get().connection.phase).toBe('connecting');
    server.welcome({ role: 'student', member: 'm1', detached: false });
    expect(server.last.sent[0]).toEqual({ type: 'join', v: 1, role: 'student', detached: false });
    expect(room.view.get().connection.phase).toBe('live');
    expect(room.view.get().room?.code).toBe('K7Q-2MX');
    expect(remembered).toEqual([['m1', false]]);
    expect(room.moment.get()).toMatchObject({ link: ROOM.link, playing: false, rev: 1, sinceUpdateMs: 500 });
  });

  it('a teacher joins with its key and hears the live counts', () => {
    const { server, room } = client({ role: 'teacher', key: 'secret' });
    const question = { id: 'q2', prompt: 'Will this deadlock?', kind: 'choice', options: ['yes', 'no'], revealed: false };
    server.welcome({ role: 'teacher', answers: { question: 'q2', counts: [1, 0], answered: 1 } }, { question });
    expect(server.last.sent[0]).toEqual({ type: 'join', v: 1, role: 'teacher', key: 'secret' });
    expect(room.view.get().tally?.counts).toEqual([1, 0]);
    server.say({ type: 'answers', question: 'q2', counts: [1, 2], answered: 3 });
    expect(room.view.get().tally?.answered).toBe(3);
    server.say({ type: 'answers', question: 'q1', counts: [9, 9], answered: 18 });
    expect(room.view.get().tally?.answered).toBe(3);
  });

  it('follows every state frame, and a new question clears the previous answer', () => {
    const { server, timers, room } = client({ role: 'student' });
    server.welcome({ role: 'student', member: 'm1' });
    timers.clock = 4000;
    server.say({ type: 'state', link: '?v=1&s=worker-pool&seed=42&t=30', state: { ...ROOM.state, rev: 2, playing: true, speed: 2, updatedAt: 2000 }, now: 2100 });
    expect(room.moment.get()).toMatchObject({ link: '?v=1&s=worker-pool&seed=42&t=30', playing: true, speed: 2, rev: 2, sinceUpdateMs: 100, receivedAt: 4000 });
    expect(room.view.get().room?.link).toBe('?v=1&s=worker-pool&seed=42&t=30');

    const q = { id: 'q3', prompt: 'Which?', kind: 'choice', options: ['a', 'b'], revealed: false };
    server.say({ type: 'question', rev: 3, question: q });
    expect(room.answer('q3', 1)).toBe(true);
    expect(server.last.sent.at(-1)).toEqual({ type: 'answer', question: 'q3', option: 1 });
    server.say({ type: 'answered', question: 'q3', option: 1 });
    expect(room.view.get().myAnswer).toEqual({ question: 'q3', option: 1 });
    server.say({ type: 'question', rev: 4, question: { ...q, revealed: true, counts: [0, 1], answered: 1 } });
    expect(room.view.get().myAnswer).toEqual({ question: 'q3', option: 1 });
    expect(room.view.get().room?.question?.counts).toEqual([0, 1]);
    server.say({ type: 'question', rev: 5, question: null });
    expect(room.view.get().myAnswer).toBeNull();
  });

  it('detaches and comes back, and reconnects as the same member, still detached', () => {
    const remembered: [string, boolean][] = [];
    const { server, timers, room } = client({ role: 'student' }, remembered);
    server.welcome({ role: 'student', member: 'm1' });
    room.setDetached(true);
    expect(server.last.sent.at(-1)).toEqual({ type: 'detach' });
    server.say({ type: 'member', member: 'm1', detached: true });
    expect(room.view.get().detached).toBe(true);
    expect(remembered.at(-1)).toEqual(['m1', true]);

    server.last.events.closed(1006, '');
    expect(room.view.get().connection).toEqual({ phase: 'reconnecting', attempt: 1, pauseMs: 500 });
    expect(room.setDetached(false)).toBe(false);
    timers.fire(500);
    expect(server.sockets).toHaveLength(2);
    server.welcome({ role: 'student', member: 'm1', detached: true });
    expect(server.last.sent[0]).toEqual({ type: 'join', v: 1, role: 'student', member: 'm1', detached: true });
    expect(room.view.get().connection.phase).toBe('live');
  });

  it('pauses longer after each failed reconnect, up to ten seconds, and reads the room afresh', () => {
    const { server, timers, room } = client({ role: 'student' });
    server.welcome({ role: 'student', member: 'm1' });
    const pauses: number[] = [];
    for (let i = 0; i < 7; i++) {
      server.last.events.closed(i === 0 ? 1012 : 1006, '');
      const connection = room.view.get().connection;
      if (connection.phase !== 'reconnecting') throw new Error(`not reconnecting: ${connection.phase}`);
      pauses.push(connection.pauseMs);
      timers.fire(connection.pauseMs);
    }
    expect(pauses).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000]);
    server.welcome({ role: 'student', member: 'm1' }, { link: '?v=1&s=worker-pool&seed=42&t=99', state: { ...ROOM.state, rev: 9 } });
    expect(room.moment.get()?.link).toBe('?v=1&s=worker-pool&seed=42&t=99');
    server.last.events.closed(1001, '');
    expect(room.view.get().connection).toMatchObject({ attempt: 1, pauseMs: 500 });
  });

  it('keeps the connection alive with a ping every 30 seconds', () => {
    const { server, timers } = client({ role: 'student' });
    server.welcome({ role: 'student', member: 'm1' });
    timers.fire(30_000);
    timers.fire(30_000);
    expect(server.last.sent.filter((m) => m['type'] === 'ping')).toHaveLength(2);
  });

  it.each([
    [[{ type: 'error', code: 'not-found', message: 'no room K7Q-2MX' }], 4404, 'not-found'],
    [[{ type: 'error', code: 'room-full', message: 'full' }], 1008, 'full'],
    [[{ type: 'error', code: 'rate-limited', message: 'slow down' }], 4429, 'rate-limited'],
    [[{ type: 'closed', reason: 'closed by the teacher' }], 4404, 'closed'],
  ])('ends without reconnecting when the room refuses or goes away: %j then %i', (frames, code, reason) => {
    const { server, timers, room } = client({ role: 'student' });
    server.last.events.open();
    if (frames[0]?.type === 'closed') server.welcome({ role: 'student', member: 'm1' });
    for (const frame of frames) server.say(frame);
    server.last.events.closed(code, '');
    expect(room.view.get().connection).toMatchObject({ phase: 'ended', reason });
    expect(timers.pending.filter((t) => t.ms !== 30_000)).toEqual([]);
    expect(server.sockets).toHaveLength(1);
  });

  it('a wrong teacher key ends the room for this page at once', () => {
    const { server, room } = client({ role: 'teacher', key: 'wrong' });
    server.last.events.open();
    server.say({ type: 'error', code: 'forbidden', message: 'that is not this room\'s teacher key' });
    expect(room.view.get().connection).toMatchObject({ phase: 'ended', reason: 'forbidden' });
    expect(server.last.closed).toBe(true);
  });

  it('a refusal of a command is shown and the connection stays live; malformed frames are ignored', () => {
    const { server, room } = client({ role: 'teacher', key: 'k' });
    server.welcome({ role: 'teacher' });
    room.ask({ prompt: 'Will this deadlock?', kind: 'choice', options: ['yes', 'no'] });
    server.say({ type: 'error', code: 'question-open', message: 'a question is open: reveal and close it first' });
    server.last.events.text('{"type":"state","link":5}');
    server.last.events.text('not json');
    expect(room.view.get()).toMatchObject({ connection: { phase: 'live' }, refusal: 'a question is open: reveal and close it first' });
    expect(room.view.get().room?.link).toBe(ROOM.link);
  });

  it('retries a join the store could not answer', () => {
    const { server, timers, room } = client({ role: 'student' });
    server.last.events.open();
    server.say({ type: 'error', code: 'store-unavailable', message: 'the room store cannot be reached' });
    expect(server.last.closed).toBe(true);
    server.last.events.closed(1000, '');
    expect(room.view.get().connection.phase).toBe('reconnecting');
    timers.fire(500);
    expect(server.sockets).toHaveLength(2);
  });
});

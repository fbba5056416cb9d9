import { describe, expect, it } from 'vitest';
import { PageStore } from '../app/pageStore';
import type { ScenarioSummary } from '../app/params';
import type { SocketEvents } from '../net/socket';
import { ManualTimers } from './manualTimers';
import { RoomClient } from './roomClient';
import { MIN_GAP_MS, PLAYING_RESYNC_MS, drive } from './teacher';

const CATALOG: ScenarioSummary[] = [
  { id: 'worker-pool', title: 'Worker pool', category: 'Patterns', summary: '', pitfall: false, params: [{ name: 'workers', type: 'int', default: 3, min: 1, max: 10 }] },
];


function lesson(roomLink: string) {
  const store = new PageStore({ autoplay: () => true });
  store.catalog.set(CATALOG);
  store.applyState({ scenario: 'worker-pool', params: {}, seed: 1, procs: 4, interventions: [], t: 5, present: true, embed: false });
  const timers = new ManualTimers();
  const sent: Record<string, unknown>[] = [];
  let events: SocketEvents | null = null;
  const client = new RoomClient({ role: 'teacher', key: 'k' }, {
    url: 'ws://x',
    timers,
    open: (_url, e) => {
      events = e;
      return { send: (text) => sent.push(JSON.parse(text) as Record<string, unknown>), close: () => undefined };
    },
  });
  drive(store, client, timers, 'worker-pool');
  client.connect();
  const server = events as SocketEvents | null;
  if (server === null) throw new Error('no socket');
  server.open();
  server.text(JSON.stringify({
    type: 'welcome', v: 1, role: 'teacher', now: 0,
    room: { code: 'K7Q-2MX', link: roomLink, state: { rev: 4, playing: false, speed: 1, compare: null, updatedAt: 0 }, question: null, members: 3, detached: 0 },
  }));
  const states = () => sent.filter((m) => m['type'] === 'state');
  return { store, timers, states };
}

describe('the teacher drives the room', () => {
  it('after a reload the teacher takes the room\'s state over and sends nothing back', () => {
    const { store, states } = lesson('?v=1&s=worker-pool&workers=4&seed=9&t=77');
    expect(store.run.inputs.get()).toMatchObject({ seed: 9, params: { workers: 4 } });
    expect(store.run.player.position.get()).toBe(78);
    expect(store.present.get()).toBe(true);
    expect(states()).toEqual([]);
  });

  it('sends a seek, a run change and playback, at most one state per gap, the last one always', () => {
    const { store, timers, states } = lesson('?v=1&s=worker-pool&t=5');
    const player = store.run.player;
    player.seek(11, 1000);
    expect(states()).toEqual([{ type: 'state', link: '?v=1&s=worker-pool&t=10', playing: false, speed: 1 }]);
    player.seek(12, 1000);
    player.seek(13, 1000);
    expect(states()).toHaveLength(1);
    timers.advance(MIN_GAP_MS);
    expect(states()).toHaveLength(2);
    expect(states()[1]).toMatchObject({ link: '?v=1&s=worker-pool&t=12' });

    timers.advance(1000);
    player.speed.set(5);
    player.playing.set(true);
    timers.advance(MIN_GAP_MS);
    expect(states().at(-1)).toEqual({ type: 'state', link: '?v=1&s=worker-pool&t=12', playing: true, speed: 5 });
    // While it plays, the playhead's own progress is not sent; a resync is, every few seconds.
    const before = states().length;
    player.seek(40, 1000);
    player.seek(41, 1000);
    timers.advance(MIN_GAP_MS);
    expect(states()).toHaveLength(before);
    timers.advance(PLAYING_RESYNC_MS);
    expect(states()).toHaveLength(before + 1);
    expect(states().at(-1)).toMatchObject({ link: '?v=1&s=worker-pool&t=40', playing: true });

    timers.advance(1000);
    store.run.inputs.set({ ...store.run.inputs.get()!, seed: 3 });
    expect(states().at(-1)).toMatchObject({ link: expect.stringContaining('seed=3') as unknown });
  });

  it('in compare mode sends both runs and the one clock, and leaving it leaves it for the class', () => {
    const { store, timers, states } = lesson('?v=1&s=worker-pool&t=5');
    const a = store.run.inputs.get()!;
    store.compareWith({ ...a, params: { workers: 7 } });
    store.compare.player.playing.set(false);
    store.compare.player.seek(31, 1000);
    timers.advance(MIN_GAP_MS);
    const link = new URLSearchParams(String(states().at(-1)?.['link']));
    expect(link.get('b.workers')).toBe('7');
    expect(link.get('t')).toBe('30');
    expect(states().at(-1)).toMatchObject({ playing: false, speed: 1 });

    // The one clock's speed and playback are the room's, not the page's own run's.
    timers.advance(1000);
    store.compare.player.speed.set(3);
    expect(states().at(-1)).toMatchObject({ playing: false, speed: 3 });

    timers.advance(1000);
    store.compareWith(null);
    timers.advance(MIN_GAP_MS);
    expect(String(states().at(-1)?.['link'])).not.toContain('b.');
  });
});

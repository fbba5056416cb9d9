/**
 * The teacher's page driving a room: whatever changes the run on the teacher's screen (a control, a
 * link, a key, an intervention, entering or leaving compare mode) is sent as the room's state — the
 * canonical link with the playhead, playing and speed. In compare mode the link carries both runs
 * (run B under `b.`) and the playhead, playing and speed are the one clock's, so the class compares
 * the same pair at the same step. A playing room is not sent every frame (followers advance it
 * themselves from `updatedAt`); it is sent when playback starts, stops or changes speed, when the
 * teacher seeks, and every few seconds while it plays so followers stay in step with a teacher whose
 * run streamed slower than the clock. Sends are at most one per `MIN_GAP_MS` (the last change always goes out).
 */
import { encodeLink } from '../app/link';
import type { PageStore } from '../app/pageStore';
import type { StateChange } from './messages';
import type { RoomClient, Timers } from './roomClient';
import { applyMoment } from './follower';
import { roomSnippets } from './roomLink';
import { fetchSnippet } from '../editor/snippetApi';

export const MIN_GAP_MS = 120;
export const PLAYING_RESYNC_MS = 5_000;

/** The room state the teacher's store stands for now, or null before a run is chosen. */
export function stateOf(store: PageStore): StateChange | null {
  if (store.run.inputs.get() === null) return null;
  const player = store.clock().player;
  const position = player.position.get();
  const link = encodeLink(
    { ...store.linkState(), t: position > 0 ? position - 1 : null, present: false, embed: false },
    store.paramSpecs(),
    store.compareParamSpecs(),
  );
  return { link, playing: player.playing.get(), speed: player.speed.get() };
}

export interface Driver {
  stop(): void;
}

/**
 * Sends the store's changes to the room. On the first `welcome` after the page opened (a reload) the
 * teacher takes the room's state over first, so the lesson goes on where it was; on a later one (a
 * reconnect) the teacher's screen is sent, since it is what the teacher was looking at meanwhile.
 */
export function drive(
  store: PageStore,
  client: RoomClient,
  timers: Timers,
  fallbackScenario: string,
  fetchText: (id: string) => Promise<string | null> = fetchSnippet,
): Driver {
  let adopted = false;
  // A room whose program is a snippet is taken over once its text has come.
  const snippets = roomSnippets(fetchText, () => {
    if (!adopted && client.view.get().connection.phase === 'live') welcomed();
  });
  let lastSent: StateChange | null = null;
  let lastSentAt = -Infinity;
  let pending: unknown = null;
  let resync: unknown = null;

  function changed(a: StateChange | null, b: StateChange | null): boolean {
    if (a === null || b === null) return a !== b;
    if (a.playing !== b.playing || a.speed !== b.speed) return true;
    // While playing the playhead moves by itself: only the run (the link without `t`) counts.
    return a.playing ? withoutT(a.link) !== withoutT(b.link) : a.link !== b.link;
  }

  function publish(force = false): void {
    if (!adopted || client.view.get().connection.phase !== 'live') return;
    const state = stateOf(store);
    if (state === null || (!force && !changed(state, lastSent))) return;
    const wait = lastSentAt + MIN_GAP_MS - timers.now();
    if (wait > 0) {
      pending ??= timers.setTimeout(() => {
        pending = null;
        publish(force);
      }, wait);
      return;
    }
    if (client.setState(state)) {
      lastSent = state;
      lastSentAt = timers.now();
    }
    scheduleResync();
  }

  function scheduleResync(): void {
    if (resync !== null) timers.clearTimeout(resync);
    resync = null;
    if (!store.clock().player.playing.get()) return;
    resync = timers.setTimeout(() => {
      resync = null;
      publish(true);
    }, PLAYING_RESYNC_MS);
  }

  function welcomed(): void {
    const moment = client.moment.get();
    if (!adopted && moment !== null && store.catalog.get().length > 0) {
      if (applyMoment(store, moment, timers.now(), fallbackScenario, snippets) === 'waiting') return;
      lastSent = stateOf(store);
      adopted = true;
    } else if (adopted) {
      lastSent = null;
      publish();
    }
  }

  const stops = [
    client.view.subscribe((view, previous) => {
      if (view.connection.phase === 'live' && previous.connection.phase !== 'live') welcomed();
    }),
    store.catalog.subscribe(() => {
      if (!adopted && client.view.get().connection.phase === 'live') welcomed();
    }),
    store.run.inputs.subscribe(() => publish()),
    store.compare.inputs.subscribe(() => publish()),
    ...[store.run.player, store.compare.player].flatMap((player) => [
      player.playing.subscribe(() => publish()),
      player.speed.subscribe(() => publish()),
      player.position.subscribe(() => publish()),
    ]),
  ];
  if (client.view.get().connection.phase === 'live') welcomed();

  return {
    stop: () => {
      stops.forEach((stop) => stop());
      if (pending !== null) timers.clearTimeout(pending);
      if (resync !== null) timers.clearTimeout(resync);
    },
  };
}

function withoutT(link: string): string {
  const q = new URLSearchParams(link);
  q.delete('t');
  return q.toString();
}

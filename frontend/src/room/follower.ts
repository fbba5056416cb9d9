/**
 * A student's page following the teacher: every moment the room client hears is applied to the
 * page's store (`applyState`), so the run, its knobs and the playhead change the way a link or a
 * control changes them. A teacher's compare mode (both runs in the link, run B under `b.`) opens
 * compare mode here on the same step of the one clock, and leaving it leaves it here. The same run
 * only moves its playhead; a playing room is shown where it is now, not where it was when the teacher
 * last changed something. While the student explores on their own, moments are kept but not
 * applied; "Back to class" applies the latest one as it is now.
 */
import type { PageStore } from '../app/pageStore';
import { EVENTS_PER_SECOND } from '../app/player';
import { fetchSnippet } from '../editor/snippetApi';
import type { Moment, RoomClient } from './roomClient';
import { type SnippetText, readRoomLink, roomSnippets } from './roomLink';

/** Where a room's playhead is `now` (the page's clock): events applied, as `Player.position` counts. */
export function positionAt(moment: Moment, t: number | null, now: number): number {
  const base = t === null ? 0 : t + 1;
  if (!moment.playing) return base;
  const elapsedMs = moment.sinceUpdateMs + Math.max(0, now - moment.receivedAt);
  return base + Math.floor((elapsedMs / 1000) * moment.speed * EVENTS_PER_SECOND);
}

/**
 * Applies `moment` to the store as it is at `now`. The page's own modes (presenter, embed) stay
 * the page's: each screen chooses its own. Answers whether the moment's run is the one already on
 * screen, or `waiting` (nothing applied) while the snippet its program is saved as is fetched. Needs
 * the catalog (a link is read against it).
 */
export function applyMoment(
  store: PageStore,
  moment: Moment,
  now: number,
  fallbackScenario: string,
  snippetText: SnippetText = () => undefined,
): 'same-run' | 'new-run' | 'waiting' {
  const read = readRoomLink(moment.link, store.catalog.get(), fallbackScenario, snippetText);
  if ('waitingFor' in read) return 'waiting';
  const { state } = read;
  const position = positionAt(moment, state.t, now);
  const applied = store.applyState({ ...state, t: position > 0 ? position - 1 : null, present: store.present.get(), embed: store.embed.get() });
  // The moment's playing and speed are those of whatever is on screen: the run, or the one clock.
  const player = store.clock().player;
  player.speed.set(moment.speed);
  if (position === 0) player.seek(0, Number.MAX_SAFE_INTEGER);
  player.playing.set(moment.playing);
  return applied;
}

export interface Follower {
  /** Back to class: the live moment, as it is now. */
  rejoin(): void;
  stop(): void;
}

/**
 * Keeps the store on the teacher's moment while the member is attached. A student who changes the
 * run on their own (another scenario, a knob, an intervention) is exploring: the room is told so.
 */
export function follow(
  store: PageStore,
  client: RoomClient,
  now: () => number,
  fallbackScenario: string,
  fetchText: (id: string) => Promise<string | null> = fetchSnippet,
): Follower {
  let applying = false;
  const snippets = roomSnippets(fetchText, () => apply());

  function explored(): void {
    if (applying) return;
    const view = client.view.get();
    if (!view.detached && view.connection.phase === 'live') client.setDetached(true);
  }

  function apply(): void {
    const moment = client.moment.get();
    const view = client.view.get();
    if (moment === null || view.detached || store.catalog.get().length === 0) return;
    applying = true;
    try {
      applyMoment(store, moment, now(), fallbackScenario, snippets);
    } finally {
      applying = false;
    }
  }

  const stops = [
    client.moment.subscribe(apply),
    client.view.subscribe((view, previous) => {
      if (previous.detached && !view.detached) apply();
    }),
    store.catalog.subscribe(apply),
    store.run.inputs.subscribe((inputs, previous) => {
      if (previous !== null && inputs !== null) explored();
    }),
    // Entering or leaving compare mode, or changing run B in its pane, is exploring too.
    store.compare.inputs.subscribe(() => {
      if (store.run.inputs.get() !== null) explored();
    }),
  ];
  apply();

  return {
    // The room answers `member` (attached), and the view's change applies the live moment.
    rejoin: () => void client.setDetached(false),
    stop: () => stops.forEach((stop) => stop()),
  };
}

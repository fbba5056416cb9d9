/**
 * Classroom rooms in the page: "Room" in the header starts a room for the run on screen (the page
 * becomes the teacher's, at `/r/{code}`) or joins one by its code; a page opened at `/r/{code}` (the
 * link, the QR code, a typed code, a reload) joins that room — as its teacher when this tab holds the
 * room's key (seats.ts), else as a student. The teacher's store drives the room (teacher.ts), a
 * student's follows it (follower.ts); both read and write the page's one store, nothing else.
 */
import { decodeLink } from '../app/link';
import type { PageStore } from '../app/pageStore';
import type { RunModel } from '../model/run';
import type { World } from '../model/world';
import { openWebSocket } from '../net/socket';
import type { Banner } from '../page/banner';
import { createRoom } from './api';
import { goroutineChoice } from './choices';
import { codeInPath, readCode, roomPageUrl, roomSocketUrl } from './code';
import { follow } from './follower';
import { projectorCard } from './projector';
import { questionPanel } from './questions';
import { roomBar } from './roomBar';
import { RoomClient, type Timers } from './roomClient';
import { roomDialog } from './roomDialog';
import { seatStore } from './seats';
import { drive, stateOf } from './teacher';
import './room.css';

export interface ClassroomParts {
  readonly store: PageStore;
  readonly model: RunModel;
  readonly banner: Banner;
  readonly fallbackScenario: string;
  readonly roomButton: HTMLButtonElement;
  readonly dialog: HTMLElement;
  readonly bar: HTMLElement;
  readonly projector: HTMLElement;
  /** In compare mode: run A's world at the one clock's step (null before it is admitted). */
  readonly comparedWorld: () => World | null;
}

export interface Classroom {
  /** The room this page is at (`/r/{code}`), or null for the plain playground. */
  readonly code: string | null;
  /** Joins the page's room, once the catalog is in (links are read against it). */
  start(): void;
}

const timers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

export function classroom(parts: ClassroomParts): Classroom {
  const { store, model, banner } = parts;
  const seats = seatStore(globalThis.sessionStorage ?? null);
  let code = codeInPath(location.pathname);
  let client: RoomClient | null = null;
  /** Leaves the room this page is in (a teacher may start another): its socket, and its hold on the store. */
  let leave = (): void => undefined;

  if (code === null && location.pathname.startsWith('/r/')) {
    const typed = decodeURIComponent(location.pathname.slice(3));
    const read = readCode(typed);
    banner.show(`“${typed}” is not a room code: ${'problem' in read ? read.problem : 'unknown'}. Showing the playground instead.`);
  }

  const dialog = roomDialog({
    container: parts.dialog,
    opener: parts.roomButton,
    start: startRoom,
    join: (typed) => location.assign(`/r/${typed}`),
  });
  parts.roomButton.addEventListener('click', () => dialog.show());

  async function startRoom(): Promise<string | null> {
    const state = stateOf(store);
    if (state === null) return 'Choose a run first.';
    const answer = await createRoom(state.link);
    if ('problem' in answer) return answer.problem;
    const created = answer.room.code;
    seats.write(created, { teacherKey: answer.room.teacherKey });
    leave();
    history.pushState(null, '', `/r/${created}${location.search}`);
    code = created;
    enter(created, true);
    return null;
  }

  function enter(roomCode: string, fresh: boolean): void {
    const seat = seats.read(roomCode);
    const teacher = seat.teacherKey !== undefined;
    document.title = `Room ${roomCode} · Chanscope`;
    parts.roomButton.textContent = 'Room';
    const room = new RoomClient(
      teacher ? { role: 'teacher', key: seat.teacherKey } : { role: 'student', member: seat.member, detached: seat.detached },
      {
        url: roomSocketUrl(roomCode, location),
        open: openWebSocket,
        timers,
        remember: (member, detached) => seats.write(roomCode, { member, detached }),
      },
    );
    client = room;
    const url = roomPageUrl(roomCode, location.origin);
    const projector = teacher ? projectorCard(parts.projector, roomCode, url, () => parts.roomButton.focus()) : null;
    const student = teacher ? null : follow(store, room, timers.now, parts.fallbackScenario);
    const driver = teacher ? drive(store, room, timers, parts.fallbackScenario) : null;
    leave = () => {
      student?.stop();
      driver?.stop();
      room.dispose();
    };
    const bar = roomBar({
      client: room,
      code: roomCode,
      container: parts.bar,
      showProjector: () => projector?.show(),
      copyRoomLink: (button) => copy(url, button),
      rejoin: () => student?.rejoin(),
      comparing: () => store.comparing(),
      // The pinned run is B, a copy of the run on screen; the teacher's compare mode drives the class (teacher.ts).
      pinCompare: (pinIt) => {
        const inputs = store.run.inputs.get();
        if (!pinIt) store.compareWith(null);
        else if (inputs !== null) store.compareWith({ ...inputs });
      },
    });
    const questions = questionPanel({
      client: room,
      container: bar.questions,
      goroutines: () => {
        // Two runs on one clock: the question is about run A at the clock's step (the page's own run is stopped).
        if (store.comparing()) {
          const choice = goroutineChoice(parts.comparedWorld());
          return 'problem' in choice ? { problem: `in run A, ${choice.problem}` } : { ...choice, about: 'run A, on the left' };
        }
        const position = Math.min(store.run.player.position.get(), model.events.length);
        return goroutineChoice(model.history?.at(position) ?? null);
      },
      setPlaying: (playing) => store.clock().player.playing.set(playing),
    });
    const render = () => {
      bar.render(room.view.get());
      questions(room.view.get());
    };
    room.view.subscribe(render);
    store.compare.inputs.subscribe(render);
    // A room that never said which run (an unknown code) leaves the playground's default run on screen.
    room.view.subscribe((view) => {
      if (view.connection.phase === 'ended' && store.run.inputs.get() === null) {
        store.applyState(decodeLink('', store.catalog.get(), parts.fallbackScenario).state);
      }
    });
    render();
    room.connect();
    if (fresh) projector?.show();
  }

  return {
    get code() {
      return code;
    },
    start: () => {
      if (code !== null && client === null) enter(code, false);
    },
  };
}

function copy(url: string, button: HTMLButtonElement): void {
  const done = (ok: boolean) => (button.textContent = ok ? 'Copied ✓' : url);
  if (navigator.clipboard === undefined) done(false);
  else void navigator.clipboard.writeText(url).then(() => done(true), () => done(false));
  setTimeout(() => (button.textContent = 'Copy room link'), 2500);
}

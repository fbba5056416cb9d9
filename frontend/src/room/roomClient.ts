/**
 * One member's connection to a room, as a state machine over the room socket:
 *
 *   connecting ──welcome──► live ──socket lost──► reconnecting ──(pause)──► connecting …
 *        │                   │
 *        └── not-found, closed, room-full, rate-limited, forbidden ──► ended (never reconnects)
 *
 * Every (re)connection sends `join` again — a student with its member id and detached flag, a
 * teacher with its key — and `welcome` replaces everything the page knew about the room, so after
 * any failure the room state is read afresh (the server's store is the truth, docs/protocol.md
 * "Reconnecting"). Pauses grow 0.5 s, 1 s, 2 s … up to 10 s, and a class keeps trying for as long
 * as the page is open. No DOM here: the socket, the timers and the clock are passed in, so tests
 * drive it in Node. One file, a little over 300 lines: the states, every frame's transition and the
 * close codes' meanings read together, as one machine.
 */
import { Atom } from '../lib/atom';
import type { OpenSocket, Socket } from '../net/socket';
import { type AskQuestion, type Question, type Role, type RoomSnapshot, type ServerFrame, type StateChange, type Tally, readFrame } from './messages';

export const PING_INTERVAL_MS = 30_000;
export const MAX_PAUSE_MS = 10_000;

export type EndReason = 'not-found' | 'closed' | 'full' | 'rate-limited' | 'forbidden';

export type Connection =
  | { readonly phase: 'connecting' }
  | { readonly phase: 'live' }
  | { readonly phase: 'reconnecting'; readonly attempt: number; readonly pauseMs: number }
  | { readonly phase: 'ended'; readonly reason: EndReason; readonly message: string };

/** The teacher's link state as last heard, with when it was heard (for a playing room's playhead). */
export interface Moment {
  readonly link: string;
  readonly playing: boolean;
  readonly speed: number;
  readonly compare: string | null;
  readonly rev: number;
  /** Server ms from `updatedAt` to the frame's `now`: how long the room had been playing on. */
  readonly sinceUpdateMs: number;
  /** The page's clock (`Clock.now`) when the frame arrived. */
  readonly receivedAt: number;
}

export interface RoomView {
  readonly connection: Connection;
  readonly room: RoomSnapshot | null;
  /** Teachers: the live counts of the open question (before the reveal). */
  readonly tally: Tally | null;
  /** Students: the option this member chose for the open question. */
  readonly myAnswer: { readonly question: string; readonly option: number } | null;
  readonly detached: boolean;
  /** The last refusal of something this page sent (`question-open`, `rate-limited`, …), or null. */
  readonly refusal: string | null;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface JoinAs {
  readonly role: Role;
  /** The teacher key (teachers only). */
  readonly key?: string | undefined;
  /** A student's member id from an earlier `welcome`, to come back as the same member. */
  readonly member?: string | undefined;
  readonly detached?: boolean | undefined;
}

export interface RoomClientOptions {
  readonly url: string;
  readonly open: OpenSocket;
  readonly timers: Timers;
  /** Called with a student's member id and detached flag whenever they change, to keep across reloads. */
  readonly remember?: (member: string, detached: boolean) => void;
}

export class RoomClient {
  readonly view: Atom<RoomView>;
  /** The teacher's moment: set by `welcome` and every `state`, whatever the member does with it. */
  readonly moment = new Atom<Moment | null>(null);
  readonly #options: RoomClientOptions;
  readonly #join: { -readonly [K in keyof JoinAs]: JoinAs[K] };
  #socket: Socket | null = null;
  #attempt = 0;
  #timer: unknown = null;
  #ping: unknown = null;
  /** The error code the server answered `join` with, to name why it then closed the socket. */
  #joinError: { code: string; message: string } | null = null;

  constructor(join: JoinAs, options: RoomClientOptions) {
    this.#join = { ...join };
    this.#options = options;
    this.view = new Atom<RoomView>({
      connection: { phase: 'connecting' },
      room: null,
      tally: null,
      myAnswer: null,
      detached: join.detached ?? false,
      refusal: null,
    });
  }

  get role(): Role {
    return this.#join.role;
  }

  connect(): void {
    this.#patch({ connection: { phase: 'connecting' } });
    this.#joinError = null;
    let joined = false;
    const socket = this.#options.open(this.#options.url, {
      open: () => socket === this.#socket && this.#send({ type: 'join', v: 1, ...this.#joinFields() }),
      text: (text) => {
        if (socket !== this.#socket) return;
        const frame = readFrame(text);
        if (frame === null) return;
        if (frame.type === 'welcome') joined = true;
        this.#receive(frame, joined);
      },
      binary: () => undefined,
      error: () => undefined,
      closed: (code) => socket === this.#socket && this.#closed(code),
    });
    this.#socket = socket;
  }

  /** Leaves the room for good (the page is going away). */
  dispose(): void {
    this.#stopTimers();
    const socket = this.#socket;
    this.#socket = null;
    socket?.close();
  }

  setState(change: StateChange): boolean {
    return this.#command({ type: 'state', ...change });
  }

  ask(question: AskQuestion): boolean {
    return this.#command({ type: 'ask', ...question });
  }

  reveal(question: string): boolean {
    return this.#command({ type: 'reveal', question });
  }

  closeQuestion(question: string): boolean {
    return this.#command({ type: 'close-question', question });
  }

  closeRoom(): boolean {
    return this.#command({ type: 'close-room' });
  }

  answer(question: string, option: number): boolean {
    return this.#command({ type: 'answer', question, option });
  }

  /** Explore on my own (true) or back to class (false). */
  setDetached(detached: boolean): boolean {
    return this.#command({ type: detached ? 'detach' : 'attach' });
  }

  #joinFields(): Record<string, unknown> {
    const j = this.#join;
    if (j.role === 'teacher') return { role: 'teacher', key: j.key };
    const fields: Record<string, unknown> = { role: 'student', detached: this.view.get().detached };
    if (j.member !== undefined) fields['member'] = j.member;
    return fields;
  }

  #command(message: Record<string, unknown>): boolean {
    if (this.view.get().connection.phase !== 'live') return false;
    this.#patch({ refusal: null });
    this.#send(message);
    return true;
  }

  #send(message: Record<string, unknown>): void {
    this.#socket?.send(JSON.stringify(message));
  }

  #receive(frame: ServerFrame, joined: boolean): void {
    const view = this.view.get();
    switch (frame.type) {
      case 'welcome': {
        this.#attempt = 0;
        if (frame.member !== undefined) this.#join.member = frame.member;
        const detached = frame.detached ?? false;
        if (frame.member !== undefined) this.#options.remember?.(frame.member, detached);
        const mine = view.myAnswer !== null && view.myAnswer.question === frame.room.question?.id ? view.myAnswer : null;
        // The moment first: whoever reacts to going live reads the room's state.
        this.#heard(frame.room.link, frame.room.state, frame.now);
        this.#patch({ connection: { phase: 'live' }, room: frame.room, tally: frame.answers ?? null, myAnswer: mine, detached, refusal: null });
        this.#schedulePing();
        return;
      }
      case 'state':
        if (view.room !== null) this.#patch({ room: { ...view.room, link: frame.link, state: frame.state } });
        this.#heard(frame.link, frame.state, frame.now);
        return;
      case 'question': {
        if (view.room === null) return;
        const same = frame.question !== null && frame.question.id === view.room.question?.id;
        this.#patch({
          room: { ...view.room, question: frame.question },
          tally: same ? view.tally : null,
          myAnswer: same ? view.myAnswer : null,
        });
        return;
      }
      case 'answers':
        if (frame.question === view.room?.question?.id) this.#patch({ tally: frame });
        return;
      case 'presence':
        if (view.room !== null) this.#patch({ room: { ...view.room, members: frame.members, detached: frame.detached } });
        return;
      case 'answered':
        this.#patch({ myAnswer: { question: frame.question, option: frame.option } });
        return;
      case 'member':
        this.#join.member = frame.member;
        this.#options.remember?.(frame.member, frame.detached);
        this.#patch({ detached: frame.detached });
        return;
      case 'closed':
        this.#end('closed', this.#join.role === 'teacher' ? 'You ended this room; the run stays on every screen.' : 'The teacher ended this room; the run stays on your screen.');
        return;
      case 'error':
        if (!joined) this.#refusedJoin(frame.code, frame.message);
        else this.#patch({ refusal: frame.message });
        return;
      case 'pong':
        return;
    }
  }

  #heard(link: string, state: RoomSnapshot['state'], now: number): void {
    this.moment.set({
      link,
      playing: state.playing,
      speed: state.speed,
      compare: state.compare,
      rev: state.rev,
      sinceUpdateMs: Math.max(0, now - state.updatedAt),
      receivedAt: this.#options.timers.now(),
    });
  }

  /** `join` was refused: some refusals end the room for this page, the rest are retried. */
  #refusedJoin(code: string, message: string): void {
    this.#joinError = { code, message };
    if (code === 'forbidden') this.#end('forbidden', 'This page\'s teacher key does not open this room, so it cannot drive it.');
    else if (code === 'store-unavailable') this.#socket?.close();
  }

  #closed(code: number): void {
    this.#stopTimers();
    this.#socket = null;
    if (this.view.get().connection.phase === 'ended') return;
    const refused = this.#joinError?.code;
    if (code === 4404) {
      this.#end('not-found', 'There is no room with this code: it may have expired, been closed, or been mistyped.');
    } else if (code === 4429 || refused === 'rate-limited') {
      this.#end('rate-limited', 'Too many attempts to join rooms from this network; wait a minute, then reload.');
    } else if (refused === 'room-full') {
      this.#end('full', 'This room is full: it has as many students as it can take.');
    } else {
      this.#attempt++;
      const pauseMs = Math.min(MAX_PAUSE_MS, 500 * 2 ** (this.#attempt - 1));
      this.#patch({ connection: { phase: 'reconnecting', attempt: this.#attempt, pauseMs } });
      this.#timer = this.#options.timers.setTimeout(() => {
        this.#timer = null;
        this.connect();
      }, pauseMs);
    }
  }

  #end(reason: EndReason, message: string): void {
    this.#stopTimers();
    this.#patch({ connection: { phase: 'ended', reason, message } });
    const socket = this.#socket;
    this.#socket = null;
    socket?.close();
  }

  #schedulePing(): void {
    const timers = this.#options.timers;
    if (this.#ping !== null) timers.clearTimeout(this.#ping);
    this.#ping = timers.setTimeout(() => {
      this.#ping = null;
      if (this.view.get().connection.phase !== 'live') return;
      this.#send({ type: 'ping' });
      this.#schedulePing();
    }, PING_INTERVAL_MS);
  }

  #stopTimers(): void {
    const timers = this.#options.timers;
    if (this.#timer !== null) timers.clearTimeout(this.#timer);
    if (this.#ping !== null) timers.clearTimeout(this.#ping);
    this.#timer = null;
    this.#ping = null;
  }

  #patch(change: Partial<RoomView>): void {
    this.view.set({ ...this.view.get(), ...change });
  }
}

export type { Question };

/**
 * The room socket's frames (docs/protocol.md, "WebSocket /ws/rooms/{code}"), as the page reads them.
 * A frame that does not have the shape its type promises is dropped by `readFrame` (null), so the
 * rest of the room code handles only well-formed values.
 */
export type Role = 'teacher' | 'student';

export interface PlaybackState {
  readonly rev: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly compare: string | null;
  /** Server ms when `rev` was written: a playing room's playhead has moved on since. */
  readonly updatedAt: number;
}

export interface Question {
  readonly id: string;
  readonly prompt: string;
  readonly kind: 'choice' | 'goroutine';
  readonly options: readonly string[];
  readonly goroutines?: readonly number[];
  readonly revealed: boolean;
  readonly counts?: readonly number[];
  readonly answered?: number;
}

export interface RoomSnapshot {
  readonly code: string;
  readonly link: string;
  readonly state: PlaybackState;
  readonly question: Question | null;
  readonly members: number;
  readonly detached: number;
}

export interface Tally {
  readonly question: string;
  readonly counts: readonly number[];
  readonly answered: number;
}

export type ServerFrame =
  | { readonly type: 'welcome'; readonly role: Role; readonly member?: string; readonly detached?: boolean; readonly room: RoomSnapshot; readonly answers?: Tally; readonly now: number }
  | { readonly type: 'state'; readonly link: string; readonly state: PlaybackState; readonly now: number }
  | { readonly type: 'question'; readonly rev: number; readonly question: Question | null }
  | ({ readonly type: 'answers' } & Tally)
  | { readonly type: 'presence'; readonly members: number; readonly detached: number }
  | { readonly type: 'answered'; readonly question: string; readonly option: number }
  | { readonly type: 'member'; readonly member: string; readonly detached: boolean }
  | { readonly type: 'closed'; readonly reason: string }
  | { readonly type: 'error'; readonly code: string; readonly message: string; readonly path?: string }
  | { readonly type: 'pong' };

/** What a teacher may change: absent fields stay as they are (`compare: null` clears it). */
export interface StateChange {
  readonly link: string;
  readonly playing?: boolean;
  readonly speed?: number;
  readonly compare?: string | null;
}

export interface AskQuestion {
  readonly prompt: string;
  readonly kind: 'choice' | 'goroutine';
  readonly options: readonly string[];
  readonly goroutines?: readonly number[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every(isNumber);

function isState(v: unknown): v is PlaybackState {
  return isObject(v) && isNumber(v['rev']) && typeof v['playing'] === 'boolean' && isNumber(v['speed'])
    && (v['compare'] === null || isString(v['compare'])) && isNumber(v['updatedAt']);
}

function isQuestion(v: unknown): v is Question {
  return isObject(v) && isString(v['id']) && isString(v['prompt']) && (v['kind'] === 'choice' || v['kind'] === 'goroutine')
    && Array.isArray(v['options']) && v['options'].every(isString) && typeof v['revealed'] === 'boolean'
    && (v['counts'] === undefined || isNumbers(v['counts']));
}

function isRoom(v: unknown): v is RoomSnapshot {
  return isObject(v) && isString(v['code']) && isString(v['link']) && isState(v['state'])
    && (v['question'] === null || isQuestion(v['question'])) && isNumber(v['members']) && isNumber(v['detached']);
}

function isTally(v: Json): boolean {
  return isString(v['question']) && isNumbers(v['counts']) && isNumber(v['answered']);
}

/** The frame in `text`, or null when it is not one the page knows in the shape it should have. */
export function readFrame(text: string): ServerFrame | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(v)) return null;
  const ok = ((): boolean => {
    switch (v['type']) {
      case 'welcome':
        return (v['role'] === 'teacher' || v['role'] === 'student') && isRoom(v['room']) && isNumber(v['now'])
          && (v['answers'] === undefined || (isObject(v['answers']) && isTally(v['answers'])));
      case 'state':
        return isString(v['link']) && isState(v['state']) && isNumber(v['now']);
      case 'question':
        return isNumber(v['rev']) && (v['question'] === null || isQuestion(v['question']));
      case 'answers':
        return isTally(v);
      case 'presence':
        return isNumber(v['members']) && isNumber(v['detached']);
      case 'answered':
        return isString(v['question']) && isNumber(v['option']);
      case 'member':
        return isString(v['member']) && typeof v['detached'] === 'boolean';
      case 'closed':
        return isString(v['reason']);
      case 'error':
        return isString(v['code']) && isString(v['message']);
      case 'pong':
        return true;
      default:
        return false;
    }
  })();
  return ok ? (v as unknown as ServerFrame) : null;
}

/**
 * What a page keeps of its seat in a room across a reload: the teacher key, or a student's member id
 * and detached flag. Kept in `sessionStorage`, one entry per room code: it survives a reload and a
 * reopened tab (the lesson goes on, the same student is not counted twice) but not the tab's end,
 * and it is never shared with other tabs. A projector's browser is often a shared classroom machine:
 * a key in `localStorage` would let the next person who opens the room's link there drive the room.
 * The key never goes into a link or the address.
 */
export interface Seat {
  readonly teacherKey?: string;
  readonly member?: string;
  readonly detached?: boolean;
}

const PREFIX = 'chanscope.room.';

export interface SeatStore {
  read(code: string): Seat;
  write(code: string, seat: Seat): void;
}

export function seatStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null): SeatStore {
  return {
    read(code) {
      try {
        const text = storage?.getItem(PREFIX + code);
        const value: unknown = text == null ? null : JSON.parse(text);
        if (typeof value !== 'object' || value === null) return {};
        const v = value as Record<string, unknown>;
        return {
          ...(typeof v['teacherKey'] === 'string' ? { teacherKey: v['teacherKey'] } : {}),
          ...(typeof v['member'] === 'string' ? { member: v['member'] } : {}),
          ...(typeof v['detached'] === 'boolean' ? { detached: v['detached'] } : {}),
        };
      } catch {
        return {};
      }
    },
    write(code, seat) {
      try {
        storage?.setItem(PREFIX + code, JSON.stringify(seat));
      } catch {
        // Storage full or refused (private mode): the seat lasts as long as the page.
      }
    },
  };
}

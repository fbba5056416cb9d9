/**
 * The narration log: the events up to the playhead in plain words, newest last, in an aria-live
 * region so a screen reader follows along. A text filter and a switch for scheduler bookkeeping.
 */
import { el } from '../lib/dom';
import type { EventStore } from '../model/events';
import type { EventType } from '../model/vocabulary.gen';
import type { World } from '../model/world';
import { formatTime } from './format';
import { SCHEDULER_EVENTS, narrate } from './narrate';

const SHOWN = 150;
const LOOK_BACK = 3000;
/**
 * While the playhead moves forward, rows older than the last SHOWN stay until this many more have
 * piled up, then go at once: dropping the top row on every step would shift, and so repaint,
 * every row of the log on every frame.
 */
export const TRIM_SLACK = 100;

export interface NarrationLine {
  readonly seq: number;
  readonly time: number;
  readonly kind: EventType;
  readonly text: string;
}

/** The last `shown` lines before `position` that pass the filter. */
export function narrationLines(
  store: EventStore,
  world: World,
  position: number,
  filter: string,
  scheduler: boolean,
  shown = SHOWN,
): NarrationLine[] {
  const needle = filter.trim().toLowerCase();
  const lines: NarrationLine[] = [];
  for (let seq = position - 1; seq >= Math.max(0, position - LOOK_BACK) && lines.length < shown; seq--) {
    const e = store.runEvent(seq);
    if (e === null || (!scheduler && SCHEDULER_EVENTS[e.type])) continue;
    const text = narrate(e, world);
    if (text === null) continue;
    if (needle !== '' && !text.toLowerCase().includes(needle)) continue;
    lines.push({ seq, time: store.time(seq), kind: e.type, text });
  }
  return lines.reverse();
}

export class NarrationView {
  readonly #list: HTMLElement;
  /** What the rows on screen show; null when the list is empty. */
  #drawn: { generation: number; position: number; filter: string; scheduler: boolean } | null = null;
  /** The rows on screen by event number, in order; a step adds and drops rows, not the whole list. */
  #rows = new Map<number, { row: HTMLElement; text: string; time: number }>();
  #scroll = false;
  filter = '';
  scheduler = false;

  constructor(list: HTMLElement) {
    this.#list = list;
  }

  render(store: EventStore, world: World | null, position: number, generation: number): void {
    if (world === null) {
      if (this.#drawn !== null) this.#list.replaceChildren();
      this.#drawn = null;
      this.#rows.clear();
      return;
    }
    const drawn = this.#drawn;
    const sameRun = drawn?.generation === generation;
    const sameLines = sameRun && drawn.filter === this.filter && drawn.scheduler === this.scheduler;
    if (sameLines && drawn.position === position) return;
    if (!sameRun) {
      this.#list.replaceChildren();
      this.#rows.clear();
    }
    this.#drawn = { generation, position, filter: this.filter, scheduler: this.scheduler };
    const lines = narrationLines(store, world, position, this.filter, this.scheduler);
    const wanted = new Set(lines.map((l) => l.seq));
    // Older rows still on screen are the lines just before these (same filter, overlapping): keep
    // them until TRIM_SLACK of them have piled up.
    const first = lines[0]?.seq ?? -1;
    if (sameLines && this.#rows.has(first)) {
      const older = [...this.#rows.keys()].filter((seq) => seq < first);
      if (older.length <= TRIM_SLACK) for (const seq of older) wanted.add(seq);
    }
    for (const [seq, shown] of this.#rows) {
      if (wanted.has(seq)) continue;
      shown.row.remove();
      this.#rows.delete(seq);
    }
    // Rows on screen (after the older ones kept) are a subsequence of `lines` in the same order;
    // insert the new ones in place.
    let cursor = this.#rows.get(first)?.row ?? this.#list.firstElementChild;
    for (const line of lines) {
      const shown = this.#rows.get(line.seq);
      if (shown !== undefined && shown.row === cursor) {
        if (shown.text !== line.text || shown.time !== line.time) {
          shown.row.replaceChildren(...rowContent(line));
          shown.text = line.text;
          shown.time = line.time;
        }
        cursor = cursor.nextElementSibling;
        continue;
      }
      const row = el('li', `narration kind-${line.kind}`);
      row.dataset['testid'] = 'narration-line';
      row.dataset['seq'] = String(line.seq);
      row.append(...rowContent(line));
      shown?.row.remove();
      this.#list.insertBefore(row, cursor);
      this.#rows.set(line.seq, { row, text: line.text, time: line.time });
    }
    this.#scroll = true;
  }

  /** Follows the newest line; reads layout, so the page calls it after every view has written. */
  settle(): void {
    if (!this.#scroll) return;
    this.#scroll = false;
    this.#list.scrollTop = this.#list.scrollHeight;
  }
}

function rowContent(line: NarrationLine): Array<Node | string> {
  return [el('span', 'narration-when', `#${line.seq} · ${formatTime(line.time)}`), ' ', el('span', 'narration-text', line.text)];
}

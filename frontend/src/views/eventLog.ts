/**
 * The event log: one row per event, newest at the bottom. Only the latest MAX_ROWS rows are in
 * the DOM (a million list items would freeze the page); the model keeps every event.
 */
import { el } from '../lib/dom';
import type { RunModel } from '../model/run';
import { type EventText, eventLine, formatEvent } from './format';

export const MAX_ROWS = 2_000;

export class EventLogView {
  readonly #list: HTMLElement;
  readonly #model: RunModel;
  #drawnGeneration = -1;
  /** Events before this seq have been drawn (or skipped as too old). */
  #drawnUpTo = 0;

  constructor(list: HTMLElement, model: RunModel) {
    this.#list = list;
    this.#model = model;
  }

  render(): void {
    const store = this.#model.events;
    if (store.generation !== this.#drawnGeneration) {
      this.#list.replaceChildren();
      this.#drawnGeneration = store.generation;
      this.#drawnUpTo = 0;
    }
    const catalog = this.#model.catalog;
    if (catalog === null || this.#drawnUpTo >= store.length) return;

    const from = Math.max(this.#drawnUpTo, store.length - MAX_ROWS);
    const excess = this.#list.childElementCount + (store.length - from) - MAX_ROWS;
    if (excess >= this.#list.childElementCount) this.#list.replaceChildren();
    else for (let i = 0; i < excess; i++) this.#list.firstElementChild?.remove();

    // Follow the newest events only if the reader has not scrolled up to look at older ones.
    const list = this.#list;
    const following = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    const rows = document.createDocumentFragment();
    const names = this.#model.names;
    for (let seq = from; seq < store.length; seq++) rows.append(eventRow(formatEvent(store.event(seq), catalog, names)));
    list.append(rows);
    this.#drawnUpTo = store.length;
    if (following) list.scrollTop = list.scrollHeight;
  }
}

function eventRow(text: EventText): HTMLLIElement {
  const row = el('li', 'event');
  row.dataset['testid'] = 'event';
  row.dataset['seq'] = text.seq;
  row.title = eventLine(text);
  const fields = el('span', 'event-fields');
  for (const field of text.fields) {
    const cell = el('span', 'field');
    if (field.title !== undefined) cell.title = field.title;
    cell.append(el('span', 'field-name', field.name), '=', el('span', 'field-value', field.value));
    // Spaces as text, so the row's textContent reads "3 1.5 µs chan-send g=main obj=ch".
    if (fields.childElementCount > 0) fields.append(' ');
    fields.append(cell);
  }
  row.append(
    el('span', 'event-seq', text.seq),
    ' ',
    el('span', 'event-time', text.time),
    ' ',
    el('span', 'event-name', text.name),
    ' ',
    fields,
  );
  return row;
}

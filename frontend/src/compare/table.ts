/**
 * Draws the difference rows (differences.ts) into the table's body: a heading row per section, a
 * row per fact, the rows where the runs differ marked (bold, and "≠" for screen readers and
 * colour-blind eyes alike), a finding present in one run only marked with that run's letter.
 */
import { el } from '../lib/dom';
import type { DifferenceRow } from './differences';

export function renderDifferences(body: HTMLTableSectionElement, rows: readonly DifferenceRow[]): void {
  const out: HTMLTableRowElement[] = [];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      const head = el('tr', 'compare-section');
      const th = el('th', undefined, section);
      th.colSpan = 3;
      th.scope = 'colgroup';
      head.append(th);
      out.push(head);
    }
    const tr = el('tr', row.differs ? 'differs' : undefined);
    tr.dataset['section'] = row.section;
    const label = el('th', undefined, row.label);
    label.scope = 'row';
    if (row.differs) label.append(el('span', 'differs-mark', ' ≠'));
    const a = el('td', row.only === 'left' ? 'only' : undefined, row.left + (row.only === 'left' ? ' (only A)' : ''));
    const b = el('td', row.only === 'right' ? 'only' : undefined, row.right + (row.only === 'right' ? ' (only B)' : ''));
    if (row.title !== undefined) tr.title = row.title;
    tr.append(label, a, b);
    out.push(tr);
  }
  body.replaceChildren(...out);
}

/**
 * The Go source with each goroutine's current line marked in that goroutine's colour. A label
 * carries its line number when the server sends one (label-define `line`); otherwise it points at
 * the first line whose trimmed text starts with it, or else the first line containing it
 * (docs/protocol.md).
 */
import { el } from '../lib/dom';
import type { World } from '../model/world';
import { identityColour } from './palette';

export function lineOfLabel(lines: readonly string[], label: string): number {
  const wanted = label.trim();
  if (wanted === '') return -1;
  const starts = lines.findIndex((line) => line.trim().startsWith(wanted));
  return starts >= 0 ? starts : lines.findIndex((line) => line.includes(wanted));
}

export class SourceView {
  readonly #root: HTMLElement;
  #lines: string[] = [];
  #rows: HTMLElement[] = [];
  readonly #lineCache = new Map<string, number>();
  #drawnKey = '';

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  /** The text of a 1-based source line ('' when out of range). */
  lineText(line: number): string {
    return this.#lines[line - 1]?.trim() ?? '';
  }

  setSource(source: string): void {
    this.#lines = source.replace(/\n$/, '').split('\n');
    this.#lineCache.clear();
    this.#drawnKey = '';
    this.#rows = this.#lines.map((text, i) => {
      const row = el('div', 'src-line');
      row.append(el('span', 'src-no', String(i + 1)), el('span', 'src-text', text || ' '), el('span', 'src-marks'));
      row.dataset['line'] = String(i + 1);
      return row;
    });
    this.#root.replaceChildren(...this.#rows);
  }

  render(world: World | null): void {
    if (world === null) return;
    const byLine = new Map<number, Array<{ id: number; name: string }>>();
    for (const g of world.goroutines.values()) {
      if (g.label === 0 || g.state === 'done') continue;
      let line = (world.labelLines.get(g.label) ?? 0) - 1;
      if (line < 0) {
        const text = world.labels.get(g.label) ?? '';
        const cached = this.#lineCache.get(text);
        line = cached ?? lineOfLabel(this.#lines, text);
        if (cached === undefined) this.#lineCache.set(text, line);
      }
      if (line >= this.#lines.length) continue;
      if (line < 0) continue;
      const list = byLine.get(line) ?? [];
      list.push({ id: g.id, name: g.name });
      byLine.set(line, list);
    }
    const key = [...byLine].map(([l, gs]) => `${l}:${gs.map((g) => g.id).join('.')}`).join('|');
    if (key === this.#drawnKey) return;
    this.#drawnKey = key;
    // Keep the first marked line in view, so the reader sees where the program is.
    const first = Math.min(...byLine.keys());
    const firstRow = this.#rows[first];
    const box = this.#root;
    if (firstRow !== undefined && box.clientHeight > 0) {
      const top = firstRow.offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - firstRow.offsetHeight) {
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      }
    }
    this.#rows.forEach((row, i) => {
      const here = byLine.get(i);
      const marks = row.lastElementChild as HTMLElement;
      if (here === undefined) {
        row.classList.remove('active');
        row.style.removeProperty('--mark');
        marks.replaceChildren();
        return;
      }
      row.classList.add('active');
      row.style.setProperty('--mark', identityColour(here[0]?.id ?? 1));
      marks.replaceChildren(
        ...here.slice(0, 3).map((g) => {
          const chip = el('span', 'src-chip', g.name);
          chip.style.setProperty('--mark', identityColour(g.id));
          return chip;
        }),
        ...(here.length > 3 ? [el('span', 'src-chip more', `+${here.length - 3}`)] : []),
      );
    });
  }
}

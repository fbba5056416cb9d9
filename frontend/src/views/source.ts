/**
 * The Go source with each goroutine's current line marked in that goroutine's colour: the line's
 * background and left edge take the first goroutine's colour, and a gutter left of the line
 * numbers holds one chip per goroutine there (its number, or its initial), with the full names in
 * the chip's title and the line's label. The gutter is its own column, so chips never cover code.
 *
 * A line too long for the panel wraps instead of running off its edge: its continuation is indented
 * past the line's own indentation (a hanging indent, `--indent` columns, set through the CSSOM as
 * the page's CSP allows), and the chips stay at the top of its row, beside its first part.
 * Indentation is drawn with spaces, four to a tab, as the panel's tab size. Besides at spaces, a
 * line may break after `(`, `.` and `,` (a `<wbr>` there), so `time.Duration(rand.Int63n(…` breaks
 * between names rather than inside one.
 *
 * A label carries its line number when the server sends one (label-define `line`); otherwise it points at
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

/** A goroutine's chip in the gutter: the number its name ends with (worker-12 → 12), else its initial. */
export function chipLabel(name: string): string {
  const number = /(\d+)$/.exec(name)?.[1];
  if (number !== undefined) return number.length <= 3 ? number : `…${number.slice(-2)}`;
  return name.slice(0, 1) || '?';
}

/** A line as the panel draws it: leading tabs as four spaces, and how many columns that indents. */
export function indented(line: string): { text: string; indent: number } {
  const lead = /^[\t ]*/.exec(line)?.[0] ?? '';
  const spaces = lead.replace(/\t/g, '    ');
  return { text: spaces + line.slice(lead.length), indent: spaces.length };
}

/** The code of a line as nodes: its text, with a line-break opportunity after each `(`, `.` and `,`. */
export function breakable(text: string): Node[] {
  const nodes: Node[] = [];
  for (const part of text.split(/(?<=[(.,])(?=\S)/)) {
    if (nodes.length > 0) nodes.push(document.createElement('wbr'));
    nodes.push(document.createTextNode(part));
  }
  return nodes;
}

export class SourceView {
  readonly #root: HTMLElement;
  #lines: string[] = [];
  #text = '';
  #rows: HTMLElement[] = [];
  readonly #lineCache = new Map<string, number>();
  #drawnKey = '';
  /** Goroutine ids marked on each line, as drawn. */
  #drawnLines = new Map<number, string>();
  /** The line to bring into view once the frame's writes are done, or -1. */
  #scrollTo = -1;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  /** The text of a 1-based source line ('' when out of range). */
  lineText(line: number): string {
    return this.#lines[line - 1]?.trim() ?? '';
  }

  /** The source as last set (what "Edit" opens in the editor). */
  text(): string {
    return this.#text;
  }

  setSource(source: string): void {
    this.#text = source;
    this.#lines = source.replace(/\n$/, '').split('\n');
    this.#lineCache.clear();
    this.#drawnKey = '';
    this.#drawnLines = new Map();
    this.#rows = this.#lines.map((line, i) => {
      const row = el('div', 'src-line');
      const { text, indent } = indented(line);
      const code = el('span', 'src-text');
      code.append(...breakable(text || ' '));
      if (indent > 0) code.style.setProperty('--indent', String(indent));
      row.append(el('span', 'src-marks'), el('span', 'src-no', String(i + 1)), code);
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
    this.#scrollTo = Math.min(...byLine.keys());
    const previous = this.#drawnLines;
    this.#drawnLines = new Map([...byLine].map(([line, gs]) => [line, gs.map((g) => g.id).join('.')]));
    this.#rows.forEach((row, i) => {
      const here = byLine.get(i);
      // Only the lines whose marks changed are touched.
      if (previous.get(i) === this.#drawnLines.get(i)) return;
      const marks = row.firstElementChild as HTMLElement;
      if (here === undefined) {
        row.classList.remove('active');
        row.style.removeProperty('--mark');
        row.removeAttribute('title');
        marks.replaceChildren();
        return;
      }
      row.classList.add('active');
      row.style.setProperty('--mark', identityColour(here[0]?.id ?? 1));
      row.title = `line ${i + 1}: ${here.map((g) => g.name).join(', ')}`;
      // Three chips fit the gutter; with more goroutines, two and a count.
      const shown = here.length <= 3 ? here : here.slice(0, 2);
      marks.replaceChildren(
        ...shown.map((g) => {
          const chip = el('span', 'src-chip', chipLabel(g.name));
          chip.title = g.name;
          chip.style.setProperty('--mark', identityColour(g.id));
          return chip;
        }),
        ...(shown.length < here.length ? [el('span', 'src-chip more', `+${here.length - shown.length}`)] : []),
      );
    });
  }

  /**
   * Keeps the first marked line in view. It reads layout, so the page calls it after every view has
   * written its changes: one layout per frame instead of one per view.
   */
  settle(): void {
    const row = this.#rows[this.#scrollTo];
    this.#scrollTo = -1;
    const box = this.#root;
    if (row === undefined || box.clientHeight === 0) return;
    const top = row.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - row.offsetHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }
}

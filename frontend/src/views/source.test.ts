// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { SourceView, breakable, chipLabel, indented, lineOfLabel } from './source';

it('maps a label to the first line starting with it, else the first line containing it', () => {
  const lines = ['func main() {', '\tch := make(chan int)', '\tgo func() { ch <- 1 }()', '\tch <- 2', '}'];
  expect(lineOfLabel(lines, 'ch <- 2')).toBe(3);
  expect(lineOfLabel(lines, 'ch <- 1')).toBe(2);
  expect(lineOfLabel(lines, 'nowhere')).toBe(-1);
});

it('labels a gutter chip with the number a goroutine name ends with, else its initial', () => {
  expect(chipLabel('worker-1')).toBe('1');
  expect(chipLabel('filter-13')).toBe('13');
  expect(chipLabel('main')).toBe('m');
  expect(chipLabel('job-12345')).toBe('…45');
});

it('draws indentation as spaces, four to a tab, and says how deep it is for the hanging indent', () => {
  expect(indented('\t\tspin(jobTime) // CPU-bound')).toEqual({ text: '        spin(jobTime) // CPU-bound', indent: 8 });
  expect(indented('\t  x := 1\t// aligned')).toEqual({ text: '      x := 1\t// aligned', indent: 6 });
  expect(indented('func main() {')).toEqual({ text: 'func main() {', indent: 0 });
  expect(indented('')).toEqual({ text: '', indent: 0 });
});

it('lets a line break after an opening parenthesis, a dot or a comma, and nowhere else but at spaces', () => {
  const nodes = breakable('time.Duration(rand.Int63n(int64(jobTime))))');
  const texts = nodes.filter((n) => n.nodeType === 3).map((n) => n.textContent);
  expect(texts).toEqual(['time.', 'Duration(', 'rand.', 'Int63n(', 'int64(', 'jobTime))))']);
  expect(nodes.filter((n) => n.nodeName === 'WBR')).toHaveLength(texts.length - 1);
  expect(breakable('x := f(a, b)').map((n) => n.textContent).join('')).toBe('x := f(a, b)');
  expect(breakable('    ').map((n) => n.textContent)).toEqual(['    ']);
});

it('gives each line its indentation for wrapping, and marks the line each goroutine is on in its own row', () => {
  const run = LIBRARY_RUNS.find((r) => runName(r) === 'worker-pool');
  if (run === undefined) throw new Error('fixture missing');
  const store = storeOf(run);
  const history = new WorldHistory(store, run.run.gomaxprocs);
  const world = history.at(60);
  const root = document.createElement('div');
  const view = new SourceView(root);
  const lines = Array.from({ length: 80 }, (_, i) => (i % 3 === 0 ? `\t\tline ${i + 1} ${'long '.repeat(20)}` : `line ${i + 1}`));
  view.setSource(lines.join('\n'));
  const rows = [...root.querySelectorAll<HTMLElement>('.src-line')];
  expect(rows).toHaveLength(80);
  expect(rows[0]?.querySelector<HTMLElement>('.src-text')?.style.getPropertyValue('--indent')).toBe('8');
  expect(rows[1]?.querySelector<HTMLElement>('.src-text')?.style.getPropertyValue('--indent')).toBe('');
  view.render(world);
  for (const g of world.goroutines.values()) {
    const line = world.labelLines.get(g.label);
    if (g.state === 'done' || line === undefined) continue;
    // The chip sits in the gutter of its own line's row, before the line number and the code.
    const row = rows[line - 1];
    expect(row?.classList.contains('active'), `${g.name} on line ${line}`).toBe(true);
    expect(row?.firstElementChild?.classList.contains('src-marks')).toBe(true);
    expect([...(row?.querySelectorAll('.src-chip') ?? [])].map((c) => (c as HTMLElement).title), g.name).toContain(g.name);
  }
});

/**
 * The ways into compare mode from the page's single run: "Compare with fixed" on a buggy scenario
 * (a pitfall: the catalog marks it, and its `fix` parameter turns the bug into its fix), and
 * "Compare side by side" on any run (B starts as a copy of A; change B's parameters, seed or even its
 * scenario in its pane — buffer 0 beside buffer 10, say).
 */
import type { PageStore } from '../app/pageStore';
import { el } from '../lib/dom';

export function compareEntry(store: PageStore, after: Element): void {
  const box = el('div', 'compare-entry chrome');
  const fixed = el('button', undefined, 'Compare with fixed');
  fixed.type = 'button';
  fixed.dataset['testid'] = 'compare-fixed';
  fixed.title = 'Show the buggy program (A) beside its fix (B) on one clock';
  const same = el('button', undefined, 'Compare side by side');
  same.type = 'button';
  same.dataset['testid'] = 'compare-open';
  same.title = 'Show this run beside a second one (change B there: another parameter, seed or scenario)';
  box.append(fixed, same);
  after.after(box);

  const hasFix = (): boolean => store.scenario()?.pitfall === true && store.paramSpecs().some((p) => p.name === 'fix' && p.type === 'bool');
  const show = (): void => {
    fixed.hidden = !hasFix();
  };
  fixed.addEventListener('click', () => {
    const inputs = store.run.inputs.get();
    if (inputs === null || !hasFix()) return;
    store.compareWith({ ...inputs, params: { ...inputs.params, fix: true } });
    store.run.inputs.set({ ...inputs, params: Object.fromEntries(Object.entries(inputs.params).filter(([name]) => name !== 'fix')) });
  });
  same.addEventListener('click', () => {
    const inputs = store.run.inputs.get();
    if (inputs !== null) store.compareWith({ ...inputs });
  });
  store.run.inputs.subscribe(show);
  store.catalog.subscribe(show);
  show();
}

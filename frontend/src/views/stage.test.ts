// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, runName, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { FoldPlan } from '../model/world';
import { computeLayout } from './layout';
import { StageView } from './stage';

const plan = new FoldPlan(libraryCatalog());

function stageAt(scenario: string, position: (length: number) => number): SVGSVGElement {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === scenario && r.run.params['fix'] !== true && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error(`no fixture for ${scenario}`);
  const store = storeOf(run);
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const world = new WorldHistory(store, plan, run.run.gomaxprocs).at(position(store.length));
  new StageView(root).render(world, computeLayout(store, plan));
  return root;
}

describe('StageView', () => {
  it('draws the deadlocked main as blocked on result, flagged, with the reason in its title', () => {
    const root = stageAt('global-deadlock', (n) => n);
    const main = [...root.querySelectorAll('[data-testid=goroutine]')].find((g) => g.textContent?.includes('main'));
    expect(main?.getAttribute('data-state')).toBe('blocked');
    expect(main?.querySelector('title')?.textContent).toContain('blocked: receive from result');
    expect(main?.textContent).toContain('⚠ deadlock');
    expect(root.querySelectorAll('.edge')).toHaveLength(1);
  });

  it('puts a producer left of its channel and the consumer right of it', () => {
    const root = stageAt('unbuffered-handoff', (n) => Math.floor(n / 2));
    const x = (name: string) => {
      const label = [...root.querySelectorAll('.go-name, .chan-name')].find((e) => e.textContent === name);
      return Number(/translate\(([\d.]+)/.exec(label?.parentElement?.getAttribute('transform') ?? '')?.[1]);
    };
    expect(x('sender')).toBeLessThan(x('ch'));
    expect(x('ch')).toBeLessThan(x('main'));
  });

  it('renders every library scenario at every tenth of the run without throwing', () => {
    for (const run of LIBRARY_RUNS) {
      const store = storeOf(run);
      const history = new WorldHistory(store, plan, run.run.gomaxprocs);
      const layout = computeLayout(store, plan);
      const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const view = new StageView(root);
      for (let i = 0; i <= 10; i++) {
        expect(() => view.render(history.at(Math.floor((store.length * i) / 10)), layout), runName(run)).not.toThrow();
      }
      expect(root.getAttribute('viewBox'), runName(run)).toMatch(/^0 0 \d+/);
    }
  });
});

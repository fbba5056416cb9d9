// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { computeLayout } from './layout';
import { StageView } from './stage';


function stageAt(scenario: string, position: (length: number) => number): SVGSVGElement {
  const run = LIBRARY_RUNS.find((r) => r.run.scenario === scenario && r.run.params['fix'] !== true && r.run.gomaxprocs === 4);
  if (run === undefined) throw new Error(`no fixture for ${scenario}`);
  const store = storeOf(run);
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const world = new WorldHistory(store, run.run.gomaxprocs).at(position(store.length));
  new StageView(root).render(world, computeLayout(store));
  return root;
}

/** A fresh stage for a library run, with the history and layout it is rendered from. */
function stageFixture(run: (typeof LIBRARY_RUNS)[number]) {
  const store = storeOf(run);
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  return {
    store,
    history: new WorldHistory(store, run.run.gomaxprocs),
    layout: computeLayout(store),
    root,
    view: new StageView(root),
  };
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

  it('marks the wait-for cycle of lock-order-deadlock: both waits and both holds, with arrows', () => {
    const root = stageAt('lock-order-deadlock', (n) => n);
    const cycle = [...root.querySelectorAll('path.edge.cycle')];
    expect(cycle.map((e) => `${e.getAttribute('data-from')}→${e.getAttribute('data-to')}`).sort()).toHaveLength(4);
    expect(root.querySelectorAll('path.edge.held')).toHaveLength(2);
    for (const e of cycle) expect(e.getAttribute('marker-end')).toBe('url(#cycle-arrow)');
    expect([...root.querySelectorAll('path.edge.held title')].map((t) => t.textContent).sort()).toEqual([
      'a-to-b waits for b.mu, held by b-to-a',
      'b-to-a waits for a.mu, held by a-to-b',
    ]);
    // main waits on the wait group: a wait, not part of the cycle.
    expect(root.querySelectorAll('path.edge:not(.cycle)')).toHaveLength(1);
    expect(stageAt('lock-order-deadlock', () => 3).querySelectorAll('path.edge.cycle')).toHaveLength(0);
  });

  it('says the cycle in its caption, and hides the caption when there is none', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'lock-order-deadlock' && r.run.params['fix'] !== true);
    if (run === undefined) throw new Error('fixture missing');
    const store = storeOf(run);
    const history = new WorldHistory(store, run.run.gomaxprocs);
    const caption = document.createElement('p');
    const view = new StageView(document.createElementNS('http://www.w3.org/2000/svg', 'svg'), () => {}, caption);
    view.render(history.at(store.length), computeLayout(store));
    expect(caption.hidden).toBe(false);
    expect(caption.textContent).toContain('a-to-b waits for b.mu, held by b-to-a, which waits for a.mu, held by a-to-b');
    view.render(history.at(3), computeLayout(store));
    expect(caption.hidden).toBe(true);
    expect(caption.textContent).toBe('');
  });

  it('puts a producer left of its channel and the consumer right of it', () => {
    const root = stageAt('unbuffered-handoff', (n) => Math.floor(n / 2));
    const x = (name: string) => {
      // A channel's name line goes on with its capacity (a tspan): compare the name's own text.
      const label = [...root.querySelectorAll('.go-name, .chan-name')].find((e) => e.firstChild?.nodeValue === name);
      return Number(/translate\(([\d.]+)/.exec(label?.parentElement?.getAttribute('transform') ?? '')?.[1]);
    };
    expect(x('sender')).toBeLessThan(x('ch'));
    expect(x('ch')).toBeLessThan(x('main'));
  });

  it('renders every library scenario at every tenth of the run without throwing', () => {
    for (const run of LIBRARY_RUNS) {
      const { store, history, layout, root, view } = stageFixture(run);
      for (let i = 0; i <= 10; i++) {
        expect(() => view.render(history.at(Math.floor((store.length * i) / 10)), layout), runName(run)).not.toThrow();
      }
      expect(root.getAttribute('viewBox'), runName(run)).toMatch(/^0 0 \d+/);
    }
  });
});

/** The tree as text with attributes sorted, so the order they were set in does not matter. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
  const element = node as Element;
  const attrs = [...element.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  return `<${element.localName} ${attrs.join(' ')}>${[...element.childNodes].map(canonical).join('')}</${element.localName}>`;
}

describe('StageView updated in place', () => {
  // One case per library run: each is a few hundred renders, so none is near the time limit alone.
  it.each(LIBRARY_RUNS.map((run) => [runName(run), run] as const))('gives the same picture as a fresh render at every step, forwards and backwards: %s', (_name, run) => {
    const { store, history, layout, root, view } = stageFixture(run);
    const step = Math.max(1, Math.floor(store.length / 24));
    const positions = [...Array.from({ length: 25 }, (_, i) => Math.min(store.length, i * step)), store.length, 0, Math.floor(store.length / 3), store.length - 1];
    for (const position of positions) {
      view.render(history.at(position), layout);
      const fresh = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      new StageView(fresh).render(history.at(position), layout);
      expect(canonical(root), `${runName(run)} at ${position}`).toBe(canonical(fresh));
    }
  });

  it('keeps the elements of goroutines that are still there and writes nothing when nothing changed', () => {
    const run = LIBRARY_RUNS.find((r) => r.run.scenario === 'worker-pool' && r.run.gomaxprocs === 4);
    if (run === undefined) throw new Error('fixture missing');
    const { store, history, layout, root, view } = stageFixture(run);
    const middle = Math.floor(store.length / 2);
    view.render(history.at(middle), layout);
    const before = new Map([...root.querySelectorAll('[data-g]')].map((g) => [g.getAttribute('data-g'), g]));
    expect(before.size).toBeGreaterThan(1);
    view.render(history.at(middle + 1), layout);
    for (const g of root.querySelectorAll('[data-g]')) {
      const old = before.get(g.getAttribute('data-g'));
      if (old !== undefined) expect(g).toBe(old);
    }
    // A second render of the same world at a new layout object with the same content: no DOM writes.
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    view.render(history.at(middle + 1), { ...layout });
    writes.push(...observer.takeRecords());
    observer.disconnect();
    expect(writes).toHaveLength(0);
  });
});

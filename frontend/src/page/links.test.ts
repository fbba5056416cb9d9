// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageStore } from '../app/pageStore';
import { decodeLink } from '../app/link';
import type { ScenarioSummary } from '../app/params';
import { shareLinks } from './links';

const CATALOG: ScenarioSummary[] = [
  { id: 'worker-pool', title: 'Worker pool', category: 'Patterns', summary: '', pitfall: false, params: [{ name: 'workers', type: 'int', default: 3, min: 1, max: 10 }] },
  { id: 'mutex-contention', title: 'Mutex', category: 'Basics', summary: '', pitfall: false, params: [] },
];

function setup() {
  const store = new PageStore();
  store.catalog.set(CATALOG);
  const links = shareLinks(store, document.createElement('button'));
  store.applyState(decodeLink('?s=worker-pool', CATALOG, 'worker-pool').state);
  return { store, player: store.run.player, links };
}

const query = (link: string | null) => new URLSearchParams(link ?? '');

describe('share links', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('carry the playhead as t (the last applied event) only while paused', () => {
    const { player, links } = setup();
    player.playing.set(false);
    player.seek(5, 10);
    expect(query(links.currentLink()).get('t')).toBe('4');
    player.playing.set(true);
    expect(query(links.currentLink()).has('t')).toBe(false);
  });

  it('leave t out at the start, where the run plays from the beginning', () => {
    const { links } = setup();
    expect(links.currentLink()).toBe('?v=1&s=worker-pool');
  });

  it('follow the store: scenario, seed and presenter mode', () => {
    const { store, links } = setup();
    store.applyState({ ...store.linkState(), scenario: 'mutex-contention', seed: 7, present: true });
    const q = query(links.currentLink());
    expect([q.get('s'), q.get('seed'), q.get('present')]).toEqual(['mutex-contention', '7', '1']);
  });

  it('rewrite the address 200 ms after the last change, whoever made it', () => {
    const { store } = setup();
    history.replaceState(null, '', '/?old=1');
    store.present.set(true);
    vi.advanceTimersByTime(150);
    store.applyState({ ...store.linkState(), seed: 9 });
    vi.advanceTimersByTime(150);
    expect(location.search).toBe('?old=1');
    vi.advanceTimersByTime(50);
    expect(location.search).toBe('?v=1&s=worker-pool&seed=9&present=1');
  });
});

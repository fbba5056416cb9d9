// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Player } from '../app/player';
import { shareLinks } from './links';
import { newPage } from './page';

function setup() {
  const page = newPage('worker-pool');
  const player = new Player();
  const links = shareLinks(page, document.createElement('button'), player);
  return { page, player, links };
}

describe('share links', () => {
  it('carry the playhead as t (the last applied event) only while paused', () => {
    const { player, links } = setup();
    player.seek(5, 10);
    expect(new URLSearchParams(links.currentLink()).get('t')).toBe('4');
    player.playing.set(true);
    expect(new URLSearchParams(links.currentLink()).has('t')).toBe(false);
  });

  it('leave t out at the start, where the run plays from the beginning', () => {
    const { links } = setup();
    expect(links.currentLink()).toBe('?v=1&s=worker-pool');
  });

  it('follow the page state: scenario, seed and presenter mode', () => {
    const { page, links } = setup();
    page.state = { ...page.state, scenario: 'mutex-contention', seed: 7, present: true };
    const q = new URLSearchParams(links.currentLink());
    expect([q.get('s'), q.get('seed'), q.get('present')]).toEqual(['mutex-contention', '7', '1']);
  });
});

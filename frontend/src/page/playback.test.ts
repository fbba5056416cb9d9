// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import { Player } from '../app/player';
import type { RunModel } from '../model/run';
import { playbackControls } from './playback';
import { finder, findUi } from './ui';

/** The page's body only: its head would make happy-dom try to load the stylesheet and script. */
const bodyOfIndexHtml = indexHtml.slice(indexHtml.indexOf('<body'));

/** Four events at virtual times 0, 10, 10 and 30 ns. */
const TIMES = [0, 10, 10, 30];

function setup() {
  const ui = findUi(finder(new DOMParser().parseFromString(bodyOfIndexHtml, 'text/html')));
  const model = {
    events: { length: TIMES.length, time: (i: number) => TIMES[i] ?? 0 },
    status: { get: () => ({ phase: 'done' }) },
    plan: null,
  } as unknown as RunModel;
  const player = new Player();
  return { ui, player, playback: playbackControls(ui, model, player) };
}

describe('playback controls', () => {
  it('seeking on a time axis lands after the last event at or before that time, and pauses', () => {
    const { player, playback } = setup();
    player.playing.set(true);
    playback.seekAxis(10, true);
    expect(player.position.get()).toBe(3);
    expect(player.playing.get()).toBe(false);
    playback.seekAxis(5, true);
    expect(player.position.get()).toBe(1);
    playback.seekAxis(-1, true);
    expect(player.position.get()).toBe(0);
  });

  it('seeking on an event axis lands just after that event', () => {
    const { player, playback } = setup();
    playback.seekAxis(1.6, false);
    expect(player.position.get()).toBe(3);
  });

  it('play after the end of a finished run starts it again from the beginning', () => {
    const { player, playback } = setup();
    player.seek(TIMES.length, TIMES.length);
    playback.togglePlay();
    expect(player.position.get()).toBe(0);
    expect(player.playing.get()).toBe(true);
  });

  it('draws the scrubber and the position line', () => {
    const { ui, playback } = setup();
    playback.renderPlayback(3, 10);
    expect(ui.scrub.max).toBe('4');
    expect(ui.scrub.value).toBe('3');
    expect(ui.position.textContent).toMatch(/^event 2 of 4 · /);
    expect(ui.play.getAttribute('aria-label')).toBe('Play');
  });
});

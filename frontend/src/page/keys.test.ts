// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Player } from '../app/player';
import type { RunModel } from '../model/run';
import { bindShortcuts } from './keys';

const EVENTS = 10;

/** A document of its own per test, so listeners from earlier tests do not answer. */
function setup(options: { helpOpen?: boolean } = {}) {
  const page = document.implementation.createHTMLDocument('keys');
  page.body.innerHTML = '<input data-testid="search"><button data-testid="play">▶</button><p data-testid="stage"></p>';
  const player = new Player();
  const model = { events: { length: EVENTS } } as unknown as RunModel;
  const calls: string[] = [];
  bindShortcuts(page, {
    model,
    player,
    togglePlay: () => calls.push('play'),
    jumpInteresting: (direction) => calls.push(`jump ${direction}`),
    toggleHelp: (show) => calls.push(`help ${show}`),
    helpOpen: () => options.helpOpen ?? false,
    togglePresent: () => calls.push('present'),
    toggleDiagnosticsAhead: () => calls.push('ahead'),
  });
  /** Presses a key on the element with that test id; answers whether the page took it (preventDefault). */
  const press = (testId: string, key: string, init: KeyboardEventInit = {}): boolean => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    page.querySelector(`[data-testid="${testId}"]`)?.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { player, calls, press };
}

describe('keyboard shortcuts', () => {
  it('arrows step the playhead, Shift+arrows jump to the next interesting event', () => {
    const { player, calls, press } = setup();
    expect(press('stage', 'ArrowRight')).toBe(true);
    expect(press('stage', 'ArrowRight')).toBe(true);
    expect(player.position.get()).toBe(2);
    press('stage', 'ArrowLeft');
    expect(player.position.get()).toBe(1);
    press('stage', 'ArrowRight', { shiftKey: true });
    press('stage', 'ArrowLeft', { shiftKey: true });
    expect(calls).toEqual(['jump 1', 'jump -1']);
  });

  it('End and Home go to the last event and back to the start', () => {
    const { player, press } = setup();
    press('stage', 'End');
    expect(player.position.get()).toBe(EVENTS);
    press('stage', 'Home');
    expect(player.position.get()).toBe(0);
  });

  it('space plays, + and - change the speed, ? toggles the help, P presenter mode, D diagnostics ahead', () => {
    const { player, calls, press } = setup();
    press('stage', ' ');
    press('stage', '?');
    press('stage', 'P');
    press('stage', 'p');
    press('stage', 'd');
    expect(calls).toEqual(['play', 'help undefined', 'present', 'present', 'ahead']);
    const speed = player.speed.get();
    press('stage', '+');
    expect(player.speed.get()).toBeGreaterThan(speed);
    press('stage', '-');
    expect(player.speed.get()).toBe(speed);
  });

  it('keys typed into a form control stay there, and space on a button is the button’s', () => {
    const { player, calls, press } = setup();
    expect(press('search', 'ArrowRight')).toBe(false);
    expect(press('search', ' ')).toBe(false);
    expect(press('play', ' ')).toBe(false);
    expect(player.position.get()).toBe(0);
    expect(calls).toEqual([]);
  });

  it('keys with Ctrl, Meta or Alt are left to the browser', () => {
    const { player, press } = setup();
    expect(press('stage', 'ArrowRight', { ctrlKey: true })).toBe(false);
    expect(press('stage', 'ArrowRight', { metaKey: true })).toBe(false);
    expect(press('stage', 'ArrowRight', { altKey: true })).toBe(false);
    expect(player.position.get()).toBe(0);
  });

  it('Escape closes an open help, even from a form control, and is left alone otherwise', () => {
    const open = setup({ helpOpen: true });
    expect(open.press('search', 'Escape')).toBe(true);
    expect(open.calls).toEqual(['help false']);
    const closed = setup({ helpOpen: false });
    expect(closed.press('stage', 'Escape')).toBe(false);
    expect(closed.calls).toEqual([]);
  });
});

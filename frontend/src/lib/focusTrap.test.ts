// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type FocusTrap, focusTrap as makeTrap, tabStops } from './focusTrap';

/** A page with a button behind a dialog of three controls (one of them disabled, one hidden). */
function page(): { opener: HTMLButtonElement; dialog: HTMLElement; first: HTMLButtonElement; input: HTMLInputElement; last: HTMLButtonElement } {
  document.body.innerHTML = `
    <button id="opener">Room</button>
    <div id="dialog" role="dialog" aria-modal="true" hidden>
      <button id="first">Start</button>
      <button disabled>Busy</button>
      <input id="input">
      <p hidden><button>Not shown</button></p>
      <button id="last">Close</button>
    </div>`;
  const get = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  return { opener: get('opener'), dialog: get('dialog'), first: get('first'), input: get('input'), last: get('last') };
}

/** Presses Tab (or Shift+Tab) where focus is; true when the trap moved focus itself. */
function tab(shift = false): boolean {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Every trap a test made, closed after it so that no listener outlives its test. */
const traps: FocusTrap[] = [];
function focusTrap(dialog: HTMLElement, elsewhere: () => void): FocusTrap {
  const trap = makeTrap(dialog, elsewhere);
  traps.push(trap);
  return trap;
}

afterEach(() => {
  for (const trap of traps.splice(0)) trap.close(false);
  document.body.innerHTML = '';
});

describe('focus trap of a modal dialog', () => {
  it('stops only at the controls shown and enabled', () => {
    const { dialog, first, input, last } = page();
    dialog.hidden = false;
    expect(tabStops(dialog)).toEqual([first, input, last]);
  });

  it('focuses the first control, and Tab wraps from the last to the first and back with Shift+Tab', () => {
    const { opener, dialog, first, input, last } = page();
    opener.focus();
    const trap = focusTrap(dialog, () => {});
    dialog.hidden = false;
    trap.open(first);
    expect(document.activeElement).toBe(first);

    last.focus();
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(last);

    input.focus(); // between two controls the browser moves focus as usual
    expect(tab()).toBe(false);
    expect(document.activeElement).toBe(input);
  });

  it('brings focus back into the dialog when Tab is pressed outside it', () => {
    const { opener, dialog, first, last } = page();
    const trap = focusTrap(dialog, () => {});
    dialog.hidden = false;
    trap.open(first);
    opener.focus(); // as after a click on the backdrop
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(first);
    opener.focus();
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(last);
  });

  it('gives focus back to the element that had it when the dialog opened, and lets Tab go', () => {
    const { opener, dialog, first, last } = page();
    opener.focus();
    const trap = focusTrap(dialog, () => {
      throw new Error('the opener is still there');
    });
    dialog.hidden = false;
    trap.open(first);
    dialog.hidden = true;
    trap.close();
    expect(document.activeElement).toBe(opener);

    dialog.hidden = false; // shown by other means: Tab is the browser's again
    last.focus();
    expect(tab()).toBe(false);
  });

  it('asks where focus goes when the element it came from is gone', () => {
    const { opener, dialog, first } = page();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    opener.focus();
    const trap = focusTrap(dialog, () => elsewhere.focus());
    dialog.hidden = false;
    trap.open(first);
    opener.remove();
    dialog.hidden = true;
    trap.close();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('leaves focus alone when told to (another dialog takes it)', () => {
    const { opener, dialog, first } = page();
    const next = document.createElement('button');
    document.body.append(next);
    opener.focus();
    const trap = focusTrap(dialog, () => opener.focus());
    dialog.hidden = false;
    trap.open(first);
    next.focus();
    dialog.hidden = true;
    trap.close(false);
    expect(document.activeElement).toBe(next);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import { finder, findUi } from './ui';

/** The page's body only: its head would make happy-dom try to load the stylesheet and script. */
const bodyOfIndexHtml = indexHtml.slice(indexHtml.indexOf('<body'));

describe('page controls', () => {
  it('finds every control the playground wires in index.html', () => {
    const page = new DOMParser().parseFromString(bodyOfIndexHtml, 'text/html');
    const ui = findUi(finder(page));
    expect(ui.form.tagName).toBe('FORM');
    expect(ui.scrub.type).toBe('range');
    expect(Object.values(ui).every((element) => page.contains(element))).toBe(true);
  });

  it('names the control that is missing', () => {
    const empty = new DOMParser().parseFromString('<p data-testid="seed"></p>', 'text/html');
    expect(() => findUi(finder(empty))).toThrow('page is missing a HTMLFormElement with data-testid="run-form"');
    expect(() => finder(empty)('seed', HTMLInputElement)).toThrow('data-testid="seed"');
  });
});

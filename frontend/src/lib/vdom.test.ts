// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Mounted, type VNode, h, keyed, patch } from './vdom';

function mount(): { root: SVGSVGElement; render: (children: VNode[]) => void } {
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  let mounted: Mounted[] = [];
  return { root, render: (children) => (mounted = patch(root, mounted, children)) };
}

describe('patch', () => {
  it('adds, changes and removes attributes and texts in place', () => {
    const { root, render } = mount();
    render([h('text', { x: 1, class: 'a' }, 'one')]);
    const text = root.firstElementChild;
    render([h('text', { x: 2, y: 3 }, 'two')]);
    expect(root.firstElementChild).toBe(text);
    expect(root.innerHTML).toBe('<text x="2" y="3">two</text>');
  });

  it('moves keyed elements instead of recreating them, and drops the ones that left', () => {
    const { root, render } = mount();
    render(['a', 'b', 'c'].map((k) => keyed(k, h('g', { id: k }))));
    const [a, b, c] = [...root.children];
    render(['c', 'a'].map((k) => keyed(k, h('g', { id: k }))));
    expect([...root.children]).toEqual([c, a]);
    expect(b?.parentNode).toBeNull();
    expect(root.innerHTML).toBe('<g id="c"></g><g id="a"></g>');
  });

  it('replaces an element whose tag changed at the same place', () => {
    const { root, render } = mount();
    render([keyed('x', h('rect', { width: 1 })), h('line', {})]);
    render([keyed('x', h('circle', { r: 1 })), h('line', {})]);
    expect(root.innerHTML).toBe('<circle r="1"></circle><line></line>');
  });

  it('writes nothing when the description did not change', () => {
    const { root, render } = mount();
    const picture = () => [h('g', { class: 'a' }, h('text', { x: 1 }, 'hi', h('title', {}, 'tip'))), keyed('k', h('rect', { width: 2 }))];
    render(picture());
    const observer = new MutationObserver(() => {});
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    render(picture());
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
  });
});

/**
 * A minimal keyed element tree for views that redraw often (the stage): a render describes the
 * picture as plain `VNode`s and `patch` makes the DOM match it, reusing the elements of the last
 * render. Only attributes and texts that differ are written, elements are matched by key (or by tag
 * and position among unkeyed siblings) and moved only when the order changed, so an unchanged
 * picture costs no DOM writes at all and the browser has nothing to restyle or repaint.
 *
 * Invariant: the children of a patched parent are exactly the nodes of its `Mounted` list; nobody
 * else adds or removes them. Text only ever goes in through `nodeValue`/`textContent`.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attrs = Readonly<Record<string, string | number>>;

export interface VNode {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: ReadonlyArray<VNode | string>;
  /** Identity across renders among its siblings; without it, tag and position decide. */
  readonly key: string | undefined;
}

type Child = VNode | string | null | undefined | false;

/** An SVG element description; falsy children are left out, strings become text nodes. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): VNode {
  return { tag, attrs, children: children.filter((c): c is VNode | string => c !== null && c !== undefined && c !== false), key: undefined };
}

/** The same description with a key. */
export function keyed(key: string, node: VNode): VNode {
  return { ...node, key };
}

/** What a patch left in the DOM, to diff the next render against. */
export interface Mounted {
  readonly key: string;
  readonly node: Element | Text;
  /** Elements: the attributes as written; texts: unused. */
  attrs: Attrs;
  text: string;
  children: Mounted[];
}

/** Makes `parent`'s children match `next`, reusing what `previous` mounted; returns the new list. */
export function patch(parent: Element, previous: readonly Mounted[], next: ReadonlyArray<VNode | string>): Mounted[] {
  const keys = keysOf(next);
  const old = new Map<string, Mounted>();
  const wanted = new Set(keys);
  for (const m of previous) {
    if (wanted.has(m.key)) old.set(m.key, m);
    else m.node.remove();
  }
  const out: Mounted[] = [];
  let cursor: Node | null = parent.firstChild;
  next.forEach((child, i) => {
    const key = keys[i] ?? '';
    let m = old.get(key);
    if (m !== undefined && (typeof child === 'string' ? m.node.nodeType === 3 : m.node.nodeType === 1 && (m.node as Element).localName === child.tag)) {
      old.delete(key);
      update(m, child);
    } else {
      if (m !== undefined) {
        old.delete(key);
        if (m.node === cursor) cursor = cursor.nextSibling;
        m.node.remove();
      }
      m = create(key, child);
    }
    if (m.node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(m.node, cursor);
    out.push(m);
  });
  for (const m of old.values()) m.node.remove();
  return out;
}

/** Sets the attributes of `element` that differ from `previous` (what it was last given). */
export function patchAttrs(element: Element, previous: Attrs, next: Attrs): void {
  for (const name in next) {
    const value = next[name];
    if (value !== undefined && previous[name] !== value && String(previous[name]) !== String(value)) element.setAttribute(name, String(value));
  }
  for (const name in previous) if (!(name in next)) element.removeAttribute(name);
}

function keysOf(children: ReadonlyArray<VNode | string>): string[] {
  const seen = new Map<string, number>();
  return children.map((child) => {
    if (typeof child !== 'string' && child.key !== undefined) return `k:${child.key}`;
    const tag = typeof child === 'string' ? '#text' : child.tag;
    const n = seen.get(tag) ?? 0;
    seen.set(tag, n + 1);
    return `${tag}:${n}`;
  });
}

function create(key: string, child: VNode | string): Mounted {
  if (typeof child === 'string') return { key, node: document.createTextNode(child), attrs: {}, text: child, children: [] };
  const element = document.createElementNS(SVG_NS, child.tag);
  for (const name in child.attrs) element.setAttribute(name, String(child.attrs[name]));
  const m: Mounted = { key, node: element, attrs: child.attrs, text: '', children: [] };
  m.children = patch(element, [], child.children);
  return m;
}

function update(m: Mounted, child: VNode | string): void {
  if (typeof child === 'string') {
    if (m.text !== child) {
      (m.node as Text).nodeValue = child;
      m.text = child;
    }
    return;
  }
  if (m.attrs !== child.attrs) patchAttrs(m.node as Element, m.attrs, child.attrs);
  m.attrs = child.attrs;
  m.children = patch(m.node as Element, m.children, child.children);
}

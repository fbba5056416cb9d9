/** Finds the element with the given data-testid, failing loudly if index.html lost it. */
export function byTestId<T extends Element>(
  root: ParentNode,
  testId: string,
  type: abstract new (...args: never[]) => T,
): T {
  const element = root.querySelector(`[data-testid="${testId}"]`);
  if (!(element instanceof type)) {
    throw new Error(`page is missing a ${type.name} with data-testid="${testId}"`);
  }
  return element;
}

/** Creates an element with a class and text; text goes through textContent, never innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== undefined) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

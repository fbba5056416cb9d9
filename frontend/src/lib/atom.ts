/**
 * An observable value. Views subscribe to the atoms of the model instead of the model calling
 * views, so the model stays free of DOM code and can be tested in Node.
 */
export type Listener<T> = (value: T, previous: T) => void;

export class Atom<T> {
  #value: T;
  readonly #listeners = new Set<Listener<T>>();

  constructor(initial: T) {
    this.#value = initial;
  }

  get(): T {
    return this.#value;
  }

  /** Replaces the value; listeners hear about it only if it actually changed (Object.is). */
  set(next: T): void {
    const previous = this.#value;
    if (Object.is(previous, next)) return;
    this.#value = next;
    // Copy first: a listener may unsubscribe itself (or others) while we iterate.
    for (const listener of [...this.#listeners]) listener(next, previous);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.#value));
  }

  /** Registers a listener and returns the function that removes it. */
  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}

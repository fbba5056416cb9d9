/**
 * The writer's draft, kept when the page replaces it. A text the page put in the editor (a run's
 * program, a scenario's source, the template) or the writer ran is settled; edits after it are a
 * draft, and only a draft is worth keeping. When something else replaces a draft — the teacher of a
 * room moves the class to another run, a link or Back opens another program, Edit or New — the
 * draft is kept (the last one replaced) until the writer takes it back.
 *
 * Pure: the program panel tells it what happens to the editor and shows what it keeps.
 */
export class Drafts {
  /** The editor's last settled text (null: nothing settled yet, so any text is the writer's). */
  #settled: string | null = null;
  #kept: string | null = null;

  /** The page put `text` in the editor, or the writer ran it: edits from here on are a draft. */
  settled(text: string): void {
    this.#settled = text;
  }

  /**
   * The page is about to replace the editor's `current` text with `next`; keeps `current` when it is
   * a draft that `next` would lose. Returns whether it kept it.
   */
  replacing(current: string, next: string): boolean {
    if (current === next || current === this.#settled || current.trim() === '') return false;
    this.#kept = current;
    return true;
  }

  /** The kept draft, if any. */
  kept(): string | null {
    return this.#kept;
  }

  /** Hands the kept draft back (once) for the editor to show again. */
  take(): string | null {
    const text = this.#kept;
    this.#kept = null;
    return text;
  }
}

/** What the editor shows, in the page's words; shared by the panel (main chunk) and the editor chunk. */

/** A compile error in the program's text: 1-based line, column in UTF-8 bytes (as go build prints it). */
export interface SourceProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A source line with the goroutines whose current operation is on it, first one first. */
export interface GoroutineLine {
  readonly line: number;
  readonly goroutines: ReadonlyArray<{ readonly id: number; readonly name: string }>;
}

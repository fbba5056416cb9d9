/**
 * A Go program a user wrote, as the source of a run (docs/protocol.md, "Run request": `source` and
 * `goVersion` in place of `scenario` and `params`). A run of it is the same pure function of
 * (program, seed, GOMAXPROCS, interventions) as a scenario's run.
 */
export interface Program {
  /** The Go text, exactly as typed (a share link and a snippet carry it byte for byte). */
  readonly source: string;
  /** The Go language version it follows: "1.22" (per-iteration loop variables), "1.21" or older. */
  readonly goVersion: string;
  /**
   * The snippet it is saved as, once it is (a link too long to carry the text says `p=` this id).
   * Not part of what the run is: the same text runs the same saved or not.
   */
  readonly snippet: string | null;
}

/** The interpreter's default language version. */
export const DEFAULT_GO_VERSION = '1.22';

/** Whether two programs run the same: the same text under the same language version. */
export function sameProgram(a: Program | undefined, b: Program | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.source === b.source && a.goVersion === b.goVersion;
}

/**
 * The page's event vocabulary at run time: the schema it was built with (vocabulary.gen.ts, generated
 * from the Java declaration) compiled once, and the check that a server speaks it. The page reads
 * events as typed `RunEvent`s by their codes, so a run is only folded when the server's schema gives
 * every type this page knows the same code, fields and enum values; types a newer server appends
 * are stored and listed raw, and ignored by the folds.
 */
import { EventCatalog } from './catalog';
import { SCHEMA } from './vocabulary.gen';

let compiled: EventCatalog | null = null;
const checked = new WeakMap<EventCatalog, string | null>();

/** The page's own vocabulary as a catalog (what a page that holds SCHEMA decodes with). */
export function vocabularyCatalog(): EventCatalog {
  compiled ??= EventCatalog.compile(SCHEMA);
  return compiled;
}

/** Null when `catalog` speaks this page's vocabulary; otherwise what differs, in words. */
export function vocabularyProblem(catalog: EventCatalog): string | null {
  if (checked.has(catalog)) return checked.get(catalog) ?? null;
  const problem = firstDifference(catalog);
  checked.set(catalog, problem);
  return problem;
}

function firstDifference(catalog: EventCatalog): string | null {
  for (const mine of SCHEMA.events) {
    const theirs = catalog.kind(mine.code);
    if (theirs === undefined) return `the server has no event with code ${mine.code} (${mine.name})`;
    if (theirs.name !== mine.name) return `event code ${mine.code} is ${theirs.name} on the server, ${mine.name} here`;
    const want = mine.fields.map((f) => describe(f.name, f.type, 'enum' in f ? SCHEMA.enums[f.enum] : null));
    const got = theirs.fields.map((f) => describe(f.name, f.type, f.enumValues));
    if (want.join('; ') !== got.join('; ')) {
      return `${mine.name} has fields ${got.join(', ')} on the server, ${want.join(', ')} here`;
    }
  }
  return null;
}

function describe(name: string, type: string, values: readonly string[] | null): string {
  return values === null ? `${name}:${type}` : `${name}:${values.join('|')}`;
}

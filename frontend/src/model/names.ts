/**
 * Names for the ids that events carry. `go-create` names a goroutine (fields `g`, `name`) and
 * `obj-define` names a channel, mutex or other object (fields `obj`, `name`). Ids are what the
 * engine uses; names are what the user wrote, so rows show names wherever they are known.
 */
import type { EventCatalog } from './catalog';
import type { FieldValue } from './events';

interface Naming {
  readonly code: number;
  readonly idField: number;
  readonly nameField: number;
}

interface Named {
  readonly name: string;
  /** Seq of the event that gave the name: events before it cannot use it. */
  readonly seq: number;
}

function naming(catalog: EventCatalog, event: string, idField: string): Naming | null {
  const kind = catalog.byName(event);
  if (kind === undefined) return null;
  const id = kind.fields.findIndex((f) => f.name === idField);
  const name = kind.fields.findIndex((f) => f.name === 'name' && f.type === 's');
  return id < 0 || name < 0 ? null : { code: kind.code, idField: id, nameField: name };
}

export class NameTable {
  readonly #goroutineNaming: Naming | null;
  readonly #objectNaming: Naming | null;
  readonly #goroutines = new Map<number, Named>();
  readonly #objects = new Map<number, Named>();

  constructor(catalog: EventCatalog) {
    this.#goroutineNaming = naming(catalog, 'go-create', 'g');
    this.#objectNaming = naming(catalog, 'obj-define', 'obj');
  }

  /** Whether events with this code name anything (the others need not be folded). */
  names(code: number): boolean {
    return code === this.#goroutineNaming?.code || code === this.#objectNaming?.code;
  }

  /** Folds one event in; events must come in seq order. */
  fold(seq: number, code: number, fields: readonly FieldValue[]): void {
    learn(this.#goroutineNaming, this.#goroutines, seq, code, fields);
    learn(this.#objectNaming, this.#objects, seq, code, fields);
  }

  /** The goroutine's name as known to the event with seq `atSeq` (defined strictly before it). */
  goroutine(id: number, atSeq: number): string | undefined {
    return lookup(this.#goroutines, id, atSeq);
  }

  object(id: number, atSeq: number): string | undefined {
    return lookup(this.#objects, id, atSeq);
  }
}

function learn(
  naming: Naming | null,
  table: Map<number, Named>,
  seq: number,
  code: number,
  fields: readonly FieldValue[],
): void {
  if (naming === null || code !== naming.code) return;
  const id = fields[naming.idField];
  const name = fields[naming.nameField];
  // The first definition wins: ids are not reused within a run, so a second one is a server bug
  // that should not rename rows already on screen.
  if (typeof id === 'number' && typeof name === 'string' && !table.has(id)) table.set(id, { name, seq });
}

function lookup(table: ReadonlyMap<number, Named>, id: number, atSeq: number): string | undefined {
  const named = table.get(id);
  return named !== undefined && named.seq < atSeq ? named.name : undefined;
}

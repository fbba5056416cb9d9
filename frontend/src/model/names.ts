/**
 * Names for the ids that events carry. `go-create` names a goroutine and `obj-define` a channel,
 * mutex or other object. Ids are what the engine uses; names are what the user wrote, so rows show
 * names wherever they are known.
 */
import { EVENT_CODES, type RunEvent } from './vocabulary.gen';

interface Named {
  readonly name: string;
  /** Seq of the event that gave the name: events before it cannot use it. */
  readonly seq: number;
}

export class NameTable {
  readonly #goroutines = new Map<number, Named>();
  readonly #objects = new Map<number, Named>();

  /** Whether events with this code name anything (the others need not be decoded). */
  names(code: number): boolean {
    return code === EVENT_CODES['go-create'] || code === EVENT_CODES['obj-define'];
  }

  /** Folds one event in; events must come in seq order. */
  fold(seq: number, e: RunEvent | null): void {
    // The first definition wins: ids are not reused within a run, so a second one is a server bug
    // that should not rename rows already on screen.
    if (e?.type === 'go-create' && !this.#goroutines.has(e.g)) this.#goroutines.set(e.g, { name: e.name, seq });
    else if (e?.type === 'obj-define' && !this.#objects.has(e.obj)) this.#objects.set(e.obj, { name: e.name, seq });
  }

  /** The goroutine's name as known to the event with seq `atSeq` (defined strictly before it). */
  goroutine(id: number, atSeq: number): string | undefined {
    return lookup(this.#goroutines, id, atSeq);
  }

  object(id: number, atSeq: number): string | undefined {
    return lookup(this.#objects, id, atSeq);
  }
}

function lookup(table: ReadonlyMap<number, Named>, id: number, atSeq: number): string | undefined {
  const named = table.get(id);
  return named !== undefined && named.seq < atSeq ? named.name : undefined;
}

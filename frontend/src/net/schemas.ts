/**
 * The event schema a page holds (protocol version 2): the first `meta` a page receives carries
 * the schema and its `schemaId`; later `start` and `resume` messages name that id, and the server
 * leaves the schema (about 6 KiB) out of their `meta`. One cache per page, shared by its runs.
 */
import { EventCatalog } from '../model/catalog';
import { ProtocolError } from './protocol';

export class SchemaCache {
  #id = '';
  #catalog: EventCatalog | null = null;

  /** The id of the schema held, or undefined when none is. */
  get id(): string | undefined {
    return this.#catalog === null ? undefined : this.#id;
  }

  /** The catalog for a meta message: compiled from its schema, or the one held under its schemaId. */
  catalogFor(meta: { readonly schema: unknown; readonly schemaId: string }): EventCatalog {
    if (meta.schema !== undefined) {
      const catalog = EventCatalog.compile(meta.schema);
      if (meta.schemaId !== '') {
        this.#id = meta.schemaId;
        this.#catalog = catalog;
      }
      return catalog;
    }
    if (this.#catalog !== null && meta.schemaId === this.#id) return this.#catalog;
    throw new ProtocolError(`server sent no event schema, and this page does not hold schema "${meta.schemaId}"`);
  }
}

/** The page's cache, used by every RunClient that is not given another. */
export const PAGE_SCHEMAS = new SchemaCache();

/**
 * The event schema a page holds (protocol version 2): `start` and `resume` messages name its id, and
 * the server leaves the schema (about 6 KiB) out of `meta` when it is the one it would send. The
 * page is built with its vocabulary (model/vocabulary.gen.ts), so it holds that schema from the
 * start; a `meta` that brings another schema (and its id) replaces it. One cache per page, shared
 * by its runs.
 */
import { EventCatalog } from '../model/catalog';
import { vocabularyCatalog } from '../model/vocabulary';
import { SCHEMA_ID } from '../model/vocabulary.gen';
import { ProtocolError } from './protocol';

export class SchemaCache {
  #id: string;
  #catalog: EventCatalog | null;

  /** Empty, or holding `catalog` under `id`. */
  constructor(id = '', catalog: EventCatalog | null = null) {
    this.#id = id;
    this.#catalog = catalog;
  }

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

/** The page's cache, used by every RunClient that is not given another: it holds the page's vocabulary. */
export const PAGE_SCHEMAS = new SchemaCache(SCHEMA_ID, vocabularyCatalog());

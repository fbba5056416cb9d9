/**
 * The JSON control messages of protocol version 2 (docs/protocol.md) and a parser that checks
 * the parts the client relies on. Unknown message types parse as `unknown` and are ignored, so
 * the server can add messages without breaking older pages.
 */
import type { Diagnostic } from '../model/run';
import { DIAGNOSTIC_KINDS, type InterventionKind, OUTCOMES, type Outcome } from '../model/vocabulary.gen';

export const PROTOCOL_VERSION = 2;
/** First byte of a binary frame that carries an event batch. */
export const FRAME_EVENT_BATCH = 0x01;
/** Events the server may send before the next credit message (the protocol's default). */
export const DEFAULT_CREDIT = 65_536;

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

interface SharedRunFields {
  readonly seed: number;
  readonly gomaxprocs: number;
  readonly interventions?: ReadonlyArray<{ readonly kind: InterventionKind; readonly target: string; readonly afterSeq: number }>;
}

/** A run of a built-in scenario at some parameter values, or of Go source (docs/protocol.md, "Run request"). */
export type RunRequest =
  | (SharedRunFields & { readonly scenario: string; readonly params: Readonly<Record<string, unknown>> })
  | (SharedRunFields & { readonly source: string; readonly goVersion: string });

/** A problem with one field of a request; one inside program text also says where (1-based line and column). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** `schemaId`: the event schema the client holds, so the server may leave it out of `meta`. */
export type ClientMessage =
  | { readonly type: 'start'; readonly v: number; readonly run: RunRequest; readonly credit: number; readonly schemaId?: string }
  | {
      readonly type: 'resume';
      readonly v: number;
      readonly run: RunRequest;
      readonly from: number;
      readonly credit: number;
      readonly schemaId?: string;
    }
  | { readonly type: 'credit'; readonly events: number }
  | { readonly type: 'ping' };

export interface MetaMessage {
  readonly type: 'meta';
  readonly v: number;
  readonly runId: string;
  /** The request as the server understood it, defaults filled in. */
  readonly run: unknown;
  /** Validated by EventCatalog.compile, not here; undefined when the client holds it already. */
  readonly schema: unknown;
  /** Names the schema's content ('' from a server that does not send it). */
  readonly schemaId: string;
}

export interface EndMessage {
  readonly type: 'end';
  readonly runId: string;
  readonly events: number;
  /** Hex SHA-256 of the encoded event stream. */
  readonly digest: string;
  readonly endTime: number;
  readonly outcome: Outcome;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ErrorMessage {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
  readonly path?: string;
  /** For `invalid-request`: every problem with its path. */
  readonly errors?: readonly FieldProblem[];
}

export type ServerMessage =
  | MetaMessage
  | EndMessage
  | ErrorMessage
  | { readonly type: 'pong' }
  | { readonly type: 'unknown'; readonly name: string };

type Json = Record<string, unknown>;

export function parseServerMessage(text: string): ServerMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ProtocolError('server sent a text frame that is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ProtocolError('server sent a message that is not a JSON object');
  }
  const message = parsed as Json;
  switch (message['type']) {
    case 'meta':
      return {
        type: 'meta',
        v: count(message, 'v'),
        runId: optionalString(message, 'runId'),
        run: message['run'],
        schema: message['schema'],
        schemaId: optionalString(message, 'schemaId'),
      };
    case 'end':
      return {
        type: 'end',
        runId: optionalString(message, 'runId'),
        events: count(message, 'events'),
        digest: string(message, 'digest'),
        endTime: count(message, 'endTime'),
        outcome: oneOf(message, 'outcome', OUTCOMES),
        diagnostics: diagnostics(message['diagnostics']),
      };
    case 'error': {
      const code = optionalString(message, 'code');
      const path = message['path'];
      return {
        type: 'error',
        code,
        // A server error without a message still deserves a readable status line.
        message: optionalString(message, 'message') || code || 'unknown server error',
        ...(typeof path === 'string' ? { path } : {}),
        ...(Array.isArray(message['errors']) ? { errors: fieldErrors(message['errors']) } : {}),
      };
    }
    case 'pong':
      return { type: 'pong' };
    default:
      return { type: 'unknown', name: String(message['type']) };
  }
}

function count(message: Json, key: string): number {
  const value = message[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ProtocolError(`"${String(message['type'])}" message: ${key} is not a non-negative integer`);
  }
  return value;
}

function string(message: Json, key: string): string {
  const value = message[key];
  if (typeof value !== 'string') {
    throw new ProtocolError(`"${String(message['type'])}" message: ${key} is not a string`);
  }
  return value;
}

/** One of the vocabulary's values (the `end` message says them in the words the events use). */
function oneOf<T extends string>(message: Json, key: string, values: readonly T[]): T {
  const value = message[key];
  const known = values.find((v) => v === value);
  if (known === undefined) {
    throw new ProtocolError(`"${String(message['type'])}" message: ${key} ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
  }
  return known;
}

function optionalString(message: Json, key: string): string {
  const value = message[key];
  return typeof value === 'string' ? value : '';
}

function diagnostics(value: unknown): Diagnostic[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => {
    const d = { type: 'end', ...(typeof item === 'object' && item !== null ? item : {}) } as Json;
    return { kind: oneOf(d, 'kind', DIAGNOSTIC_KINDS), message: String(d['message'] ?? '') };
  });
}

function fieldErrors(list: unknown[]): FieldProblem[] {
  return list.map((item) => {
    const e = (typeof item === 'object' && item !== null ? item : {}) as Json;
    const problem = { path: String(e['path'] ?? ''), message: String(e['message'] ?? '') };
    const line = e['line'];
    const column = e['column'];
    return typeof line === 'number' && typeof column === 'number' ? { ...problem, line, column } : problem;
  });
}

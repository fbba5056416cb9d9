/**
 * Runs one run over the `/ws/runs` WebSocket: sends `start`, turns the replies into model
 * updates, grants credit as events are consumed, and checks the stream end to end (sequence,
 * times, count and digest). Any violation ends the run with a message instead of showing a
 * partial or reordered history.
 */
import type { EventCatalog } from '../model/catalog';
import { continuityError, verifyEnd } from './checks';
import { StreamContinuity } from './continuity';
import { type DecodedBatch, decodeBatch } from './decoder';
import { DigestCollector } from './digest';
import {
  type ClientMessage,
  DEFAULT_CREDIT,
  type EndMessage,
  type FieldProblem,
  type MetaMessage,
  PROTOCOL_VERSION,
  type RunRequest,
  parseServerMessage,
} from './protocol';
import { PAGE_SCHEMAS, type SchemaCache } from './schemas';
import { type OpenSocket, type Socket, openWebSocket } from './socket';

export interface RunCallbacks {
  /** The server admitted the run; events follow. */
  admitted(catalog: EventCatalog, meta: MetaMessage): void;
  events(batch: DecodedBatch): void;
  /** The run ended and every check passed. */
  finished(end: EndMessage): void;
  /** The run cannot go on: the server refused it, the socket failed, or the stream was wrong. */
  failed(message: string, detail?: string, errors?: readonly FieldProblem[]): void;
  /**
   * The connection failed or dropped before the run ended. When given, the client reports this
   * instead of failing, so the page can reconnect and `resume` (refusals by the server still fail).
   */
  dropped?(received: number): void;
}

/** Where a resumed stream picks up: the first event the page lacks and what it already holds. */
export interface ResumePoint {
  readonly from: number;
  /** Virtual time of event from - 1 (0 when from is 0). */
  readonly lastTime: number;
  /** The encodings of events 0..from-1 (in one piece or several), for the digest of the whole run. */
  readonly prefix: Uint8Array | Iterable<Uint8Array>;
}

export interface RunClientOptions {
  readonly url: string;
  readonly open?: OpenSocket;
  /** Events granted at a time; more are granted when half of a grant is left. */
  readonly credit?: number;
  /** Where the event schema is kept between runs (default: the page's). */
  readonly schemas?: SchemaCache;
}

type Phase = 'idle' | 'connecting' | 'admitting' | 'streaming' | 'ending' | 'finished' | 'failed' | 'closed';

export class RunClient {
  readonly #callbacks: RunCallbacks;
  readonly #url: string;
  readonly #open: OpenSocket;
  readonly #credit: number;
  readonly #schemas: SchemaCache;
  #phase: Phase = 'idle';
  #socket: Socket | null = null;
  #catalog: EventCatalog | null = null;
  #continuity = new StreamContinuity();
  #digest = new DigestCollector();
  #granted = 0;

  constructor(callbacks: RunCallbacks, options: RunClientOptions) {
    this.#callbacks = callbacks;
    this.#url = options.url;
    this.#open = options.open ?? openWebSocket;
    this.#credit = options.credit ?? DEFAULT_CREDIT;
    this.#schemas = options.schemas ?? PAGE_SCHEMAS;
  }

  /** Events received so far. */
  get received(): number {
    return this.#continuity.received;
  }

  start(run: RunRequest): void {
    this.#connect(run, null);
  }

  /** Asks for the run from `point.from` on (after a dropped connection or with a new intervention). */
  resume(run: RunRequest, point: ResumePoint): void {
    this.#continuity = new StreamContinuity(point.from, point.lastTime);
    this.#digest = new DigestCollector(point.prefix);
    this.#connect(run, point.from);
  }

  #connect(run: RunRequest, from: number | null): void {
    if (this.#phase !== 'idle') throw new Error('a RunClient runs one run; make a new one');
    this.#phase = 'connecting';
    try {
      this.#socket = this.#open(this.#url, {
        open: () => this.#guard(() => this.#opened(run, from)),
        text: (data) => this.#guard(() => this.#text(data)),
        binary: (data) => this.#guard(() => this.#binary(data)),
        // A failing socket also closes; report the failure, which says more than the close.
        error: () => {
          if (!this.#live()) return;
          if (this.#drop()) return;
          this.#fail(this.#phase === 'connecting' ? 'could not connect to the server' : 'lost the connection to the server');
        },
        closed: (code, reason) => this.#closed(code, reason),
      });
    } catch (error) {
      this.#fail(`could not connect to the server: ${describe(error)}`);
    }
  }

  /** Stops the run from the page's side; no callback fires after this. */
  close(): void {
    if (this.#phase === 'closed') return;
    this.#phase = 'closed';
    this.#socket?.close();
  }

  #opened(run: RunRequest, from: number | null): void {
    if (this.#phase !== 'connecting') return;
    this.#phase = 'admitting';
    this.#granted = (from ?? 0) + this.#credit;
    const schemaId = this.#schemas.id;
    const held = schemaId === undefined ? {} : { schemaId };
    if (from === null) this.#send({ type: 'start', v: PROTOCOL_VERSION, run, credit: this.#credit, ...held });
    else this.#send({ type: 'resume', v: PROTOCOL_VERSION, run, from, credit: this.#credit, ...held });
  }

  /** Hands a dropped connection to the page's reconnect logic, if it has one. */
  #drop(): boolean {
    const dropped = this.#callbacks.dropped;
    if (dropped === undefined || !this.#live()) return false;
    this.#phase = 'failed';
    this.#socket?.close();
    dropped.call(this.#callbacks, this.#continuity.received);
    return true;
  }

  #text(data: string): void {
    if (!this.#live()) return;
    const message = parseServerMessage(data);
    switch (message.type) {
      case 'meta':
        return this.#meta(message);
      case 'end':
        return this.#end(message);
      case 'error':
        return this.#fail(message.message, [message.code, message.path].filter(Boolean).join(' at '), message.errors);
      case 'pong':
      case 'unknown':
        return;
    }
  }

  #meta(meta: MetaMessage): void {
    if (this.#phase !== 'admitting') return this.#fail('server sent a second meta message');
    if (meta.v !== PROTOCOL_VERSION) return this.#fail(`server speaks protocol version ${meta.v}, this page ${PROTOCOL_VERSION}`);
    this.#catalog = this.#schemas.catalogFor(meta);
    this.#phase = 'streaming';
    this.#callbacks.admitted(this.#catalog, meta);
  }

  #binary(data: Uint8Array): void {
    if (!this.#live()) return;
    if (this.#phase !== 'streaming' || this.#catalog === null) {
      return this.#fail('server sent events outside a run (before meta or after end)');
    }
    const batch = decodeBatch(data, this.#catalog);
    const broken = continuityError(this.#continuity, batch);
    if (broken !== null) return this.#fail(broken);
    this.#digest.add(batch.eventBytes);
    this.#callbacks.events(batch);
    this.#grantCredit();
  }

  // Top up once half of the outstanding credit is used, so the server rarely waits for us while
  // never having more than one and a half grants in flight.
  #grantCredit(): void {
    if (this.#granted - this.#continuity.received > this.#credit / 2) return;
    this.#granted += this.#credit;
    this.#send({ type: 'credit', events: this.#credit });
  }

  #end(end: EndMessage): void {
    if (this.#phase !== 'streaming') return this.#fail('server ended a run it had not started');
    this.#phase = 'ending';
    this.#socket?.close();
    const problem = verifyEnd(end, this.#continuity.received, this.#digest);
    if (problem !== null) return this.#fail(problem);
    this.#phase = 'finished';
    this.#callbacks.finished(end);
  }

  #closed(code: number, reason: string): void {
    if (!this.#live()) return;
    if (this.#drop()) return;
    this.#fail(`connection closed before the run ended (code ${code}${reason ? `: ${reason}` : ''})`);
  }

  #fail(message: string, detail?: string, errors?: readonly FieldProblem[]): void {
    if (!this.#live() && this.#phase !== 'ending') return;
    this.#phase = 'failed';
    this.#socket?.close();
    if (errors !== undefined) this.#callbacks.failed(message, detail ?? '', errors);
    else if (detail) this.#callbacks.failed(message, detail);
    else this.#callbacks.failed(message);
  }

  #live(): boolean {
    return this.#phase === 'connecting' || this.#phase === 'admitting' || this.#phase === 'streaming';
  }

  #send(message: ClientMessage): void {
    this.#socket?.send(JSON.stringify(message));
  }

  /** Turns anything a handler throws (bad JSON, a corrupt batch, a bad schema) into a failure. */
  #guard(handle: () => void): void {
    try {
      handle();
    } catch (error) {
      this.#fail(describe(error));
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

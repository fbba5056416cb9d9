/**
 * One side of compare mode: a run of its own (RunModel and RunClient), started from its inputs and
 * resumed after a dropped connection as the page's main run is (page/runs.ts). It has no playhead:
 * compare mode's one clock says where each side is (clock.ts).
 */
import type { RunInputs } from '../app/pageStore';
import { RunModel } from '../model/run';
import { RunClient } from '../net/client';
import type { MetaMessage, RunRequest } from '../net/protocol';
import { runsUrl } from '../net/socket';

const MAX_RECONNECTS = 8;

export class CompareSide {
  readonly model = new RunModel();
  #client: RunClient | null = null;
  #request: RunRequest | null = null;
  #procs = 4;
  #attempts = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Told of a problem worth a sentence (null: none now); changes to the run itself are observed on the model. */
  readonly #problem: (message: string | null) => void;

  constructor(changed: () => void, problem: (message: string | null) => void) {
    this.#problem = problem;
    this.model.status.subscribe(changed);
    this.model.events.version.subscribe(changed);
  }

  /** GOMAXPROCS of the run on this side (what its timeline and plots draw processors for). */
  get procs(): number {
    return this.#procs;
  }

  /** Starts `inputs` afresh (the previous run on this side is dropped). */
  start(inputs: RunInputs): void {
    this.stop();
    this.#attempts = 0;
    this.#procs = inputs.procs;
    this.#request = {
      scenario: inputs.scenario,
      params: { ...inputs.params },
      seed: inputs.seed,
      gomaxprocs: inputs.procs,
      interventions: inputs.interventions.map((i) => ({ ...i })),
    };
    this.model.reset();
    this.#connect().start(this.#request);
  }

  stop(): void {
    this.#client?.close();
    this.#client = null;
    clearTimeout(this.#timer);
    this.#request = null;
  }

  #connect(): RunClient {
    this.#client?.close();
    const model = this.model;
    const mine: RunClient = new RunClient(
      {
        admitted: (catalog, meta) => {
          if (this.#client !== mine) return;
          this.#attempts = 0;
          this.#problem(null);
          this.#procs = gomaxprocsOf(meta, this.#procs);
          model.admit(catalog, this.#procs);
        },
        events: (batch) => {
          if (this.#client === mine) model.append(batch);
        },
        finished: (end) => {
          if (this.#client === mine) model.finish(end);
        },
        failed: (message, detail) => {
          if (this.#client !== mine) return;
          model.fail(message, detail);
          this.#problem(message);
        },
        dropped: () => {
          if (this.#client === mine) this.#reconnect();
        },
      },
      { url: runsUrl(location) },
    );
    this.#client = mine;
    return mine;
  }

  /** Resumes after a dropped connection: the same request, from the first event this side lacks. */
  #reconnect(): void {
    const request = this.#request;
    if (request === null) return;
    this.#attempts++;
    if (this.#attempts > MAX_RECONNECTS) {
      this.model.fail('lost the connection to the server');
      this.#problem(`Could not reach the server after ${MAX_RECONNECTS} attempts; choose the run again to retry.`);
      return;
    }
    const delay = Math.min(10_000, 500 * 2 ** (this.#attempts - 1));
    this.#problem(`Connection lost; reconnecting in ${(delay / 1000).toFixed(1)} s…`);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const from = this.model.events.length;
      this.#connect().resume(request, { from, lastTime: this.model.events.lastTime, prefix: this.model.prefixBytes(from) });
    }, delay);
  }
}

function gomaxprocsOf(meta: MetaMessage, fallback: number): number {
  const run = meta.run as { gomaxprocs?: unknown } | null;
  return typeof run?.gomaxprocs === 'number' ? run.gomaxprocs : fallback;
}

/**
 * The page's state, observable: one store that the address bar, the stage, the controls and any
 * later subscriber (a classroom room follower, a code editor) read and write through. It holds
 * atoms (lib/atom.ts), so whoever needs to know about a change subscribes instead of being called:
 *
 *   catalog         the scenarios the server offers (what a link is read against)
 *   run.inputs      what the run on screen runs: scenario and params (or a program the user
 *                   wrote), seed, GOMAXPROCS, interventions
 *   run.player      its playhead: position, playing, speed
 *   compare.inputs  compare mode: the run shown beside `run` (null: not comparing)
 *   compare.player  compare mode's one clock: a step of both runs' events merged by virtual time
 *                   (`clock()`: whichever player is the playhead on screen)
 *   present, embed  the page's modes
 *   showAhead       list the findings the playhead has not reached yet (a teacher's choice)
 *   schedulerMode   after an intervention, stay paused so the next "run next" can be chosen
 *
 * A share link holds exactly `linkState()`; `applyState(link state)` restores all of it. The page
 * reacts to `run.inputs` (page/runs.ts: a new run starts, the same run with more interventions
 * resumes from where they diverge), so applying a link, a control's change and a teacher's state
 * in a room all take the same path. A second run (compare mode) is a second RunState with its
 * own model and client; the page-wide parts (catalog, modes) stay here once.
 */
import { Atom } from '../lib/atom';
import { type Intervention, type LinkState, type RunLink, encodeLink } from './link';
import type { ParamSpec, ParamValue, ScenarioSummary } from './params';
import { Player } from './player';
import { type Program, sameProgram } from './program';

/** What makes a run: the inputs of the pure function (docs/protocol.md, "Run request"). */
export interface RunInputs {
  readonly scenario: string;
  /** Only the params that differ from the scenario's defaults. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly procs: number;
  readonly interventions: readonly Intervention[];
  /** A program the user wrote: when present the run is of it, not of `scenario` (and `params` is empty). */
  readonly program?: Program;
}

/** One run on screen: what it runs and where its playhead is. */
export class RunState {
  /** Null until the first run is chosen (a link applied, or the default). */
  readonly inputs = new Atom<RunInputs | null>(null);
  readonly player = new Player();

  /** The link's playhead: the event shown while paused, or null while playing or at the start. */
  t(): number | null {
    const position = this.player.position.get();
    return !this.player.playing.get() && position > 0 ? position - 1 : null;
  }

  /** Shows event `t` paused, or with null plays (from the start of a new run, on from here in the same one). */
  setPlayhead(t: number | null, autoplay: boolean): void {
    if (t !== null) {
      this.player.playing.set(false);
      // The run may not have reached t yet: the playhead waits there (the views clamp to what arrived).
      this.player.seek(t + 1, Number.MAX_SAFE_INTEGER);
    } else this.player.playing.set(autoplay);
  }
}

export interface PageStoreOptions {
  /** Whether a link without a playhead plays by itself (not when the reader prefers reduced motion). */
  readonly autoplay?: () => boolean;
}

export class PageStore {
  readonly catalog = new Atom<readonly ScenarioSummary[]>([]);
  readonly run = new RunState();
  /** Compare mode: the second run (its inputs; null when not comparing) and the one clock of both. */
  readonly compare = new RunState();
  readonly present = new Atom(false);
  readonly embed = new Atom(false);
  readonly showAhead = new Atom(false);
  readonly schedulerMode = new Atom(false);
  readonly #autoplay: () => boolean;

  constructor(options: PageStoreOptions = {}) {
    this.#autoplay = options.autoplay ?? (() => true);
  }

  /** Whether a run plays by itself when nothing says where to pause. */
  autoplay(): boolean {
    return this.#autoplay();
  }

  /** The catalog entry of the run's scenario; undefined while there is none or the catalog lacks it. */
  scenario(): ScenarioSummary | undefined {
    const id = this.run.inputs.get()?.scenario;
    return this.catalog.get().find((s) => s.id === id);
  }

  /** The run's scenario's parameter specs; none while the catalog lacks it. */
  paramSpecs(): readonly ParamSpec[] {
    return this.scenario()?.params ?? [];
  }

  /** Whether two runs are on screen side by side. */
  comparing(): boolean {
    return this.compare.inputs.get() !== null;
  }

  /** The run whose player is the playhead on screen: the one clock while comparing, else the run. */
  clock(): RunState {
    return this.comparing() ? this.compare : this.run;
  }

  /** The compared run's scenario's parameter specs; none when not comparing or the catalog lacks it. */
  compareParamSpecs(): readonly ParamSpec[] {
    const id = this.compare.inputs.get()?.scenario;
    return this.catalog.get().find((s) => s.id === id)?.params ?? [];
  }

  /** Everything a share link holds, as it is now. */
  linkState(): LinkState {
    const inputs = this.run.inputs.get();
    if (inputs === null) throw new Error('no run has been chosen yet, so there is no link state');
    const compare = this.compare.inputs.get();
    const modes = { present: this.present.get(), embed: this.embed.get() };
    if (compare === null) return { ...inputs, t: this.run.t(), ...modes };
    return { ...inputs, t: this.compare.t(), ...modes, compare };
  }

  /** The share link (a query string) for the state as it is now. */
  link(): string {
    return encodeLink(this.linkState(), this.paramSpecs(), this.compareParamSpecs());
  }

  /**
   * Restores everything a link state holds. The same run (equal inputs, params compared with their
   * defaults filled in) keeps its events and only moves its playhead: `t` shows that event paused,
   * no `t` plays on. Another run replaces the inputs (the page starts it, or resumes it from where
   * only the interventions differ) and its playhead starts at `t`, or at the beginning, playing.
   * Applying the same state again changes nothing, so a follower can apply every state it is sent.
   */
  applyState(state: LinkState): 'same-run' | 'new-run' {
    const inputs = this.#normalized(state);
    const compare = state.compare === undefined ? null : this.#normalized(state.compare);
    const sameCompare = sameRun(this.compare.inputs.get(), compare, this.catalog.get());
    const current = this.run.inputs.get();
    const sameFirst = sameRun(current, inputs, this.catalog.get());
    const same = sameFirst && sameCompare;
    // Compare mode is set first, so whoever follows the first run's inputs knows both are coming.
    if (!sameCompare) this.compare.inputs.set(compare);
    // A program saved as a snippet since is the same run, but the link now may carry its id.
    if (!sameFirst || current?.program?.snippet !== inputs.program?.snippet) this.run.inputs.set(inputs);
    // The link's playhead is the one clock of whatever is on screen: one run, or both side by side.
    const shown = this.clock();
    if (!same && state.t === null) shown.player.seek(0, Number.MAX_SAFE_INTEGER);
    shown.setPlayhead(state.t, this.autoplay());
    this.present.set(state.present);
    this.embed.set(state.embed);
    return same ? 'same-run' : 'new-run';
  }

  /** Puts `other` beside the run on screen (compare mode), both from the start; null leaves compare mode. */
  compareWith(other: RunInputs | null): void {
    this.compare.inputs.set(other);
    if (other === null) return;
    this.compare.player.seek(0, Number.MAX_SAFE_INTEGER);
    this.compare.setPlayhead(null, this.autoplay());
  }

  /** Calls `listener` after any change to what the link holds (several at once may call it several times). */
  subscribe(listener: () => void): () => void {
    const stops = [
      this.run.inputs.subscribe(listener),
      this.run.player.position.subscribe(listener),
      this.run.player.playing.subscribe(listener),
      this.compare.inputs.subscribe(listener),
      this.compare.player.position.subscribe(listener),
      this.compare.player.playing.subscribe(listener),
      this.present.subscribe(listener),
      this.embed.subscribe(listener),
      this.catalog.subscribe(listener),
    ];
    return () => stops.forEach((stop) => stop());
  }

  #normalized(state: RunLink): RunInputs {
    const specs = this.catalog.get().find((s) => s.id === state.scenario)?.params ?? [];
    const inputs: RunInputs = {
      scenario: state.scenario,
      params: state.program === undefined ? withoutDefaults(state.params, specs) : {},
      seed: state.seed,
      procs: state.procs,
      interventions: state.interventions.map((i) => ({ kind: i.kind, target: i.target, afterSeq: i.afterSeq })),
    };
    return state.program === undefined ? inputs : { ...inputs, program: state.program };
  }
}

/** The params that differ from their defaults: a link may say `workers=3` when 3 is the default. */
export function withoutDefaults(
  params: Readonly<Record<string, ParamValue>>,
  specs: readonly ParamSpec[],
): Readonly<Record<string, ParamValue>> {
  const out: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (specs.find((s) => s.name === name)?.default !== value) out[name] = value;
  }
  return out;
}

/** Whether two inputs make the same run: equal fields, params compared with their defaults left out. */
export function sameRun(a: RunInputs | null, b: RunInputs | null, catalog: readonly ScenarioSummary[] = []): boolean {
  if (a === null || b === null) return a === b;
  return sameBase(a, b, catalog) && sameInterventions(a.interventions, b.interventions);
}

/** Whether two inputs run the same program: the same scenario with the same params (so the same Go source and notes). */
export function sameSource(a: RunInputs, b: RunInputs, catalog: readonly ScenarioSummary[] = []): boolean {
  return a.scenario === b.scenario && sameParams(a, b, catalog) && sameProgram(a.program, b.program);
}

/**
 * Where two runs first may differ, when they differ only in their interventions: the event after the
 * earliest `afterSeq` among the interventions past their common prefix (every event up to there is the
 * same in both, docs/protocol.md "Intervene"). Null when they differ in more than interventions, or
 * not at all.
 */
export function divergence(from: RunInputs, to: RunInputs, catalog: readonly ScenarioSummary[] = []): number | null {
  if (!sameBase(from, to, catalog)) return null;
  const a = from.interventions;
  const b = to.interventions;
  let common = 0;
  while (common < a.length && common < b.length && sameIntervention(a[common], b[common])) common++;
  const rest = [...a.slice(common), ...b.slice(common)];
  if (rest.length === 0) return null;
  return Math.min(...rest.map((i) => i.afterSeq)) + 1;
}

function sameBase(a: RunInputs, b: RunInputs, catalog: readonly ScenarioSummary[]): boolean {
  return sameSource(a, b, catalog) && a.seed === b.seed && a.procs === b.procs;
}

function sameParams(a: RunInputs, b: RunInputs, catalog: readonly ScenarioSummary[]): boolean {
  const specs = catalog.find((s) => s.id === a.scenario)?.params ?? [];
  const pa = withoutDefaults(a.params, specs);
  const pb = withoutDefaults(b.params, specs);
  const names = Object.keys(pa);
  return names.length === Object.keys(pb).length && names.every((n) => pa[n] === pb[n]);
}

function sameInterventions(a: readonly Intervention[], b: readonly Intervention[]): boolean {
  return a.length === b.length && a.every((x, i) => sameIntervention(x, b[i]));
}

function sameIntervention(a: Intervention | undefined, b: Intervention | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && a.target === b.target && a.afterSeq === b.afterSeq;
}

/**
 * One pane of compare mode: a side's run drawn at the position the one clock gives it — its stage,
 * its timeline (on the axis both timelines share) and a status line — plus the controls that change
 * the run on that side (scenario, parameters, seed).
 */
import type { RunInputs } from '../app/pageStore';
import type { ParamValue, ScenarioSummary } from '../app/params';
import { el } from '../lib/dom';
import { LayoutBuilder, type StageLayout } from '../views/layout';
import { formatTime } from '../views/format';
import { ParamsPanel } from '../views/paramsPanel';
import { StageView } from '../views/stage';
import type { StageMode } from '../views/stageRoom';
import { TimelineBuilder, TimelineView } from '../views/timeline';
import type { PaneDom } from './dom';
import type { CompareSide } from './side';

export class ComparePane {
  readonly side: CompareSide;
  readonly stage: StageView;
  readonly timeline: TimelineView;
  readonly #dom: PaneDom;
  #layout: StageLayout | null = null;
  #layoutBuilder: LayoutBuilder | null = null;
  #timelineBuilder: TimelineBuilder | null = null;
  #version = -1;
  #timelineEnd = -1;
  #status = '';
  readonly #params: ParamsPanel;
  readonly #scenario: HTMLSelectElement;
  readonly #seed: HTMLInputElement;

  /** `change` is told the inputs the reader chose for this side. */
  constructor(dom: PaneDom, side: CompareSide, invalidate: () => void, change: (edit: (inputs: RunInputs) => RunInputs) => void) {
    this.#dom = dom;
    this.side = side;
    this.stage = new StageView(dom.stage, invalidate, dom.caption);
    this.timeline = new TimelineView(dom.timeline);

    const edit = el('details', 'compare-edit chrome');
    edit.append(el('summary', undefined, 'Change this run'));
    this.#scenario = el('select');
    this.#scenario.setAttribute('aria-label', 'Scenario');
    this.#scenario.dataset['testid'] = `${dom.root.dataset['testid'] ?? 'compare'}-scenario`;
    this.#scenario.addEventListener('change', () => change((i) => ({ ...i, scenario: this.#scenario.value, params: {}, interventions: [] })));
    const paramsBox = el('div', 'params');
    paramsBox.dataset['testid'] = `${dom.root.dataset['testid'] ?? 'compare'}-params`;
    this.#params = new ParamsPanel(paramsBox);
    const seedLabel = el('label', 'compare-seed', 'seed ');
    this.#seed = el('input');
    this.#seed.type = 'number';
    this.#seed.dataset['testid'] = `${dom.root.dataset['testid'] ?? 'compare'}-seed`;
    this.#seed.addEventListener('change', () => {
      const seed = Number(this.#seed.value);
      if (Number.isSafeInteger(seed)) change((i) => ({ ...i, seed }));
    });
    seedLabel.append(this.#seed);
    edit.append(this.#scenario, paramsBox, seedLabel);
    dom.status.after(edit);
    this.#change = change;
  }

  readonly #change: (edit: (inputs: RunInputs) => RunInputs) => void;

  /** Shows what this side runs (its title and the controls to change it). */
  show(inputs: RunInputs, catalog: readonly ScenarioSummary[]): void {
    const summary = catalog.find((s) => s.id === inputs.scenario);
    this.#dom.title.textContent = describe(inputs, summary);
    this.#dom.title.title = this.#dom.title.textContent;
    if (this.#scenario.options.length !== catalog.length) {
      this.#scenario.replaceChildren(...catalog.map((s) => Object.assign(el('option', undefined, s.title), { value: s.id })));
    }
    this.#scenario.value = inputs.scenario;
    this.#seed.value = String(inputs.seed);
    const values: Record<string, ParamValue> = {};
    for (const spec of summary?.params ?? []) values[spec.name] = inputs.params[spec.name] ?? spec.default;
    this.#params.build(summary?.params ?? [], values, (name, value) => this.#change((i) => ({ ...i, params: { ...i.params, [name]: value } })));
  }

  /** The side's run started again: its layout and timeline are folded afresh. */
  reset(): void {
    this.#layout = null;
    this.#layoutBuilder = null;
    this.#timelineBuilder = null;
    this.#version = -1;
    this.#timelineEnd = -1;
    this.timeline.setData(null);
  }

  setMode(mode: StageMode): void {
    this.stage.setMode(mode);
  }

  /**
   * Draws the side at `position` (events applied). `sharedEnd` is the axis' end both timelines use
   * (the later run's last virtual time), `time` the one clock's virtual time.
   */
  render(position: number, time: number, sharedEnd: number, finishedBoth: boolean): void {
    const model = this.side.model;
    const store = model.events;
    const admitted = model.history !== null;
    const shown = Math.min(position, store.length);
    const world = model.history?.at(shown) ?? null;
    const version = store.version.get();
    if (admitted && (version !== this.#version || sharedEnd !== this.#timelineEnd)) {
      if (version !== this.#version) {
        this.#layoutBuilder ??= new LayoutBuilder();
        this.#layout = this.#layoutBuilder.update(store);
      }
      this.#version = version;
      this.#timelineEnd = sharedEnd;
      this.#timelineBuilder ??= new TimelineBuilder(this.side.procs, true);
      const data = this.#timelineBuilder.update(store);
      this.timeline.setData(data.byTime ? { ...data, end: Math.max(data.end, sharedEnd) } : data);
    }
    if (finishedBoth) this.#timelineBuilder?.release();
    this.stage.render(world, admitted ? this.#layout : null);
    this.timeline.setPlayhead(store.lastTime > 0 ? time : shown);
    // The one clock's time, the same on both sides (this side's last event may be earlier: it waits).
    this.#renderStatus(shown, time);
  }

  #renderStatus(shown: number, time: number): void {
    const model = this.side.model;
    const status = model.status.get();
    const total = model.events.length;
    const at = shown === 0 ? 'start' : `event ${shown - 1} of ${total}`;
    let text: string;
    switch (status.phase) {
      case 'done':
        text = shown >= total ? `${at} · ${formatTime(time)} · ended: ${status.outcome}` : `${at} · ${formatTime(time)}`;
        break;
      case 'error':
        text = `Could not run: ${status.message}`;
        break;
      case 'idle':
      case 'connecting':
        text = 'connecting…';
        break;
      case 'running':
        text = `${at} · ${formatTime(time)} · running…`;
        break;
    }
    if (text === this.#status) return;
    this.#status = text;
    this.#dom.status.textContent = text;
    this.#dom.status.dataset['phase'] = status.phase;
  }
}

/** A run in a few words: the scenario's title and whatever differs from its defaults. */
export function describe(inputs: RunInputs, summary: ScenarioSummary | undefined): string {
  const parts = [summary?.title ?? inputs.scenario];
  for (const [name, value] of Object.entries(inputs.params)) parts.push(`${name}=${String(value)}`);
  if (inputs.seed !== 1) parts.push(`seed ${inputs.seed}`);
  if (inputs.procs !== 4) parts.push(`GOMAXPROCS ${inputs.procs}`);
  if (inputs.interventions.length > 0) parts.push(`${inputs.interventions.length} intervention${inputs.interventions.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

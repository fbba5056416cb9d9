import type { PageStore, RunInputs } from '../app/pageStore';
import type { ParamValue } from '../app/params';
import { byCategory, paramText } from '../app/params';
import type { RunModel } from '../model/run';
import { type ScenarioDetail, controlOf, fetchScenario } from '../net/rest';
import type { ParamsPanel } from '../views/paramsPanel';
import type { SourceView } from '../views/source';
import type { Banner } from './banner';
import type { ControlErrors } from './controlErrors';
import type { Ui } from './ui';

export interface ScenarioParts {
  store: PageStore;
  ui: Ui;
  model: RunModel;
  params: ParamsPanel;
  source: SourceView;
  banner: Banner;
  controls: ControlErrors;
  /** Runs the same inputs again from the start (the Run button when nothing changed). */
  restart: () => void;
  renderInterventions: (d: ScenarioDetail) => void;
}

export interface ScenarioControls {
  /**
   * Fills the controls for the run's scenario and params and fetches its notes and source; answers
   * whether they loaded and are still the run's (a later change makes an earlier load moot).
   */
  loadScenario(): Promise<boolean>;
  renderPicker(): void;
}

/**
 * The scenario picker (grouped, searchable), its notes and parameters, the seed and GOMAXPROCS. The
 * controls show the store's run inputs, whoever set them, and write changes back as a new link state.
 */
export function scenarioControls(parts: ScenarioParts): ScenarioControls {
  const { store, ui, model, params, source, banner } = parts;
  const { showControlError } = parts.controls;
  let loads = 0;

  function paramTexts(inputs: RunInputs): Record<string, string> {
    const out: Record<string, string> = {};
    for (const spec of store.paramSpecs()) {
      const value = inputs.params[spec.name];
      if (value !== undefined) out[spec.name] = paramText(spec, value);
    }
    return out;
  }

  async function loadScenario(): Promise<boolean> {
    const inputs = store.run.inputs.get();
    if (inputs === null) return false;
    const load = ++loads;
    ui.summary.textContent = store.scenario()?.summary ?? '';
    params.build(store.paramSpecs(), inputs.params, (name, value) => setParam(name, value));
    const answer = await fetchScenario(inputs.scenario, paramTexts(inputs));
    if (load !== loads) return false;
    if ('problem' in answer) {
      let placed = false;
      for (const e of answer.errors) placed = showControlError(controlOf(e.path), e.message) || placed;
      if (!placed) banner.show(`The server refused this scenario: ${answer.problem}`);
      model.reset();
      model.fail(answer.problem);
      return false;
    }
    const detail = answer.ok;
    ui.watch.textContent = detail.notes.watch ?? '';
    ui.pitfall.textContent = detail.notes.pitfall ?? '';
    ui.fix.textContent = detail.notes.fix ?? '';
    ui.pitfallNotes.hidden = !detail.notes.pitfall;
    ui.fixNotes.hidden = !detail.notes.fix;
    source.setSource(detail.goSource);
    parts.renderInterventions(detail);
    return true;
  }

  function setParam(name: string, value: ParamValue): void {
    const spec = store.paramSpecs().find((p) => p.name === name);
    const state = store.linkState();
    const next = { ...state.params };
    if (spec !== undefined && value === spec.default) delete next[name];
    else next[name] = value;
    store.applyState({ ...state, params: next, interventions: [], t: null });
  }

  function renderPicker(): void {
    const scenario = store.run.inputs.get()?.scenario ?? '';
    const groups = byCategory(store.catalog.get(), ui.search.value);
    const options = groups.map(([category, list]) => {
      const group = document.createElement('optgroup');
      group.label = category;
      for (const s of list) group.append(new Option(`${s.title}${s.pitfall ? ' ⚠' : ''}`, s.id, false, s.id === scenario));
      return group;
    });
    ui.scenario.replaceChildren(...options);
    if (!groups.some(([, list]) => list.some((s) => s.id === scenario))) {
      ui.scenario.prepend(new Option(`(${scenario})`, scenario, true, true));
    }
    ui.scenario.value = scenario;
  }

  // The controls show the run's inputs, whoever changed them.
  store.run.inputs.subscribe((inputs, previous) => {
    if (inputs === null) return;
    if (inputs.scenario !== previous?.scenario) renderPicker();
    ui.seed.value = String(inputs.seed);
    ui.procs.value = String(inputs.procs);
  });

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const seed = ui.seed.value.trim();
    if (!/^-?\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))) {
      showControlError('seed', `seed must be a whole number, got "${seed}"`);
      return;
    }
    const procs = Number(ui.procs.value);
    if (!Number.isInteger(procs) || procs < 1 || procs > 64) {
      showControlError('procs', `GOMAXPROCS must be between 1 and 64, got ${ui.procs.value}`);
      return;
    }
    const state = store.linkState();
    // Run with nothing changed runs it again from the start (say, after the connection was lost).
    if (store.applyState({ ...state, seed: Number(seed), procs, interventions: [], t: null }) === 'same-run') parts.restart();
  });
  ui.seed.addEventListener('change', () => ui.form.requestSubmit());
  ui.procs.addEventListener('change', () => ui.form.requestSubmit());
  ui.shuffle.addEventListener('click', () => {
    ui.seed.value = String(Math.floor(Math.random() * 1_000_000));
    ui.form.requestSubmit();
  });
  ui.search.addEventListener('input', renderPicker);
  ui.scenario.addEventListener('change', () => {
    banner.hide();
    banner.fromLink = false;
    // A scenario chosen replaces a program the user wrote (which the editor still holds).
    const state = { ...store.linkState() };
    delete state.program;
    store.applyState({ ...state, scenario: ui.scenario.value, params: {}, interventions: [], t: null });
  });

  return { loadScenario, renderPicker };
}

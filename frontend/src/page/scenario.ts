import type { ParamValue } from '../app/params';
import { byCategory, paramText } from '../app/params';
import type { RunModel } from '../model/run';
import { type ScenarioDetail, controlOf, fetchScenario } from '../net/rest';
import type { ParamsPanel } from '../views/paramsPanel';
import type { SourceView } from '../views/source';
import type { Banner } from './banner';
import type { ControlErrors } from './controlErrors';
import { type Page, currentParamSpecs, currentScenario } from './page';
import type { Ui } from './ui';

export interface ScenarioParts {
  page: Page;
  ui: Ui;
  model: RunModel;
  params: ParamsPanel;
  source: SourceView;
  banner: Banner;
  controls: ControlErrors;
  startRun: () => void;
  renderInterventions: (d: ScenarioDetail) => void;
  scheduleUrlUpdate: () => void;
}

export interface ScenarioControls {
  /** Fills the controls for the page's scenario, fetches its notes and source, and (if asked) runs it. */
  loadScenario(run: boolean): Promise<void>;
  renderPicker(): void;
}

/** The scenario picker (grouped, searchable), its notes and parameters, the seed and GOMAXPROCS. */
export function scenarioControls(parts: ScenarioParts): ScenarioControls {
  const { page, ui, model, params, source, banner, startRun, scheduleUrlUpdate } = parts;
  const { showControlError } = parts.controls;
  let detail: ScenarioDetail | null = null;

  function paramTexts(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const spec of currentParamSpecs(page)) {
      const value = page.state.params[spec.name];
      if (value !== undefined) out[spec.name] = paramText(spec, value);
    }
    return out;
  }

  async function loadScenario(run: boolean): Promise<void> {
    const summary = currentScenario(page);
    ui.summary.textContent = summary?.summary ?? '';
    ui.scenario.value = page.state.scenario;
    params.build(currentParamSpecs(page), page.state.params, (name, value) => setParam(name, value));
    ui.seed.value = String(page.state.seed);
    ui.procs.value = String(page.state.procs);
    const answer = await fetchScenario(page.state.scenario, paramTexts());
    if ('problem' in answer) {
      detail = null;
      let placed = false;
      for (const e of answer.errors) placed = showControlError(controlOf(e.path), e.message) || placed;
      if (!placed) banner.show(`The server refused this scenario: ${answer.problem}`);
      model.reset();
      model.fail(answer.problem);
      return;
    }
    detail = answer.ok;
    ui.watch.textContent = detail.notes.watch ?? '';
    ui.pitfall.textContent = detail.notes.pitfall ?? '';
    ui.fix.textContent = detail.notes.fix ?? '';
    ui.pitfallNotes.hidden = !detail.notes.pitfall;
    ui.fixNotes.hidden = !detail.notes.fix;
    source.setSource(detail.goSource);
    parts.renderInterventions(detail);
    if (run) startRun();
  }

  function setParam(name: string, value: ParamValue): void {
    const spec = currentParamSpecs(page).find((p) => p.name === name);
    const next = { ...page.state.params };
    if (spec !== undefined && value === spec.default) delete next[name];
    else next[name] = value;
    page.state = { ...page.state, params: next, interventions: [], t: null };
    scheduleUrlUpdate();
    void loadScenario(true);
  }

  function renderPicker(): void {
    const state = page.state;
    const groups = byCategory(page.catalog, ui.search.value);
    const options = groups.map(([category, list]) => {
      const group = document.createElement('optgroup');
      group.label = category;
      for (const s of list) group.append(new Option(`${s.title}${s.pitfall ? ' ⚠' : ''}`, s.id, false, s.id === state.scenario));
      return group;
    });
    ui.scenario.replaceChildren(...options);
    if (!groups.some(([, list]) => list.some((s) => s.id === state.scenario))) {
      ui.scenario.prepend(new Option(`(${state.scenario})`, state.scenario, true, true));
    }
    ui.scenario.value = state.scenario;
  }

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
    page.state = { ...page.state, seed: Number(seed), procs, interventions: [], t: null };
    scheduleUrlUpdate();
    startRun();
  });
  ui.seed.addEventListener('change', () => ui.form.requestSubmit());
  ui.procs.addEventListener('change', () => ui.form.requestSubmit());
  ui.shuffle.addEventListener('click', () => {
    ui.seed.value = String(Math.floor(Math.random() * 1_000_000));
    ui.form.requestSubmit();
  });
  ui.search.addEventListener('input', renderPicker);
  ui.scenario.addEventListener('change', () => {
    page.state = { ...page.state, scenario: ui.scenario.value, params: {}, interventions: [], t: null };
    banner.hide();
    banner.fromLink = false;
    scheduleUrlUpdate();
    void loadScenario(true);
  });

  return { loadScenario, renderPicker };
}

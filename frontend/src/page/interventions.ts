import type { PageStore } from '../app/pageStore';
import { el } from '../lib/dom';
import type { RunModel } from '../model/run';
import type { InterventionKind } from '../model/vocabulary.gen';
import type { ScenarioDetail } from '../net/rest';
import type { Ui } from './ui';

export interface Interventions {
  /** The scenario's intervention buttons, each applied at the playhead. */
  renderInterventions(d: ScenarioDetail): void;
  /** In scheduler mode, a "run next" button per goroutine runnable at the playhead. */
  renderRunnableChoices(position: number): void;
}

/** Interventions and scheduler mode: both change the run from the playhead on. */
export function interventionControls(
  ui: Ui,
  model: RunModel,
  store: PageStore,
  intervene: (kind: InterventionKind, target: string) => void,
  invalidate: () => void,
): Interventions {
  function renderInterventions(d: ScenarioDetail): void {
    const buttons = d.interventions.map((offer) => {
      const button = el('button', 'intervention', offer.title);
      button.type = 'button';
      button.title = `${offer.description} (${offer.kind} ${offer.target}, applied at the playhead)`;
      button.dataset['testid'] = 'intervention';
      button.addEventListener('click', () => intervene(offer.kind, offer.target));
      return button;
    });
    if (buttons.length === 0) buttons.push(el('p', 'muted', 'This scenario offers no interventions; scheduler mode still works.') as unknown as HTMLButtonElement);
    ui.interventions.replaceChildren(...buttons);
  }

  let drawnChoices = '';
  function renderRunnableChoices(position: number): void {
    if (!store.schedulerMode.get() || model.history === null) {
      if (drawnChoices !== '') ui.runnableChoices.replaceChildren();
      drawnChoices = '';
      return;
    }
    const world = model.history.at(position);
    const runnable = [...world.goroutines.values()].filter((g) => g.state === 'runnable');
    const key = `${model.events.generation}:${position}:${runnable.map((g) => g.id).join(',')}`;
    if (key === drawnChoices) return;
    drawnChoices = key;
    if (runnable.length === 0) {
      ui.runnableChoices.replaceChildren(el('p', 'muted', 'No goroutine is runnable here; step to another point.'));
      return;
    }
    ui.runnableChoices.replaceChildren(
      el('p', 'muted', 'Run next:'),
      ...runnable.map((g) => {
        const button = el('button', 'run-next', g.name);
        button.type = 'button';
        button.dataset['testid'] = 'run-next';
        button.addEventListener('click', () => intervene('run-next', `#${g.id}`));
        return button;
      }),
    );
  }

  // Scheduler mode lives in the store; the checkbox shows it and sets it.
  ui.schedulerMode.addEventListener('change', () => store.schedulerMode.set(ui.schedulerMode.checked));
  store.schedulerMode.subscribe((on) => {
    ui.schedulerMode.checked = on;
    if (on) store.run.player.playing.set(false);
    invalidate();
  });

  return { renderInterventions, renderRunnableChoices };
}

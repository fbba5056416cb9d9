import { byTestId } from '../lib/dom';

/** Finds the page's elements by their data-testid; throws saying which one is missing. */
export type Find = <T extends Element>(id: string, type: abstract new (...args: never[]) => T) => T;

export function finder(page: ParentNode): Find {
  return <T extends Element>(id: string, type: abstract new (...args: never[]) => T): T => byTestId(page, id, type);
}

/** The playground's controls, looked up once at start. */
export type Ui = ReturnType<typeof findUi>;

export function findUi($: Find) {
  return {
    form: $('run-form', HTMLFormElement),
    search: $('scenario-search', HTMLInputElement),
    scenario: $('scenario', HTMLSelectElement),
    summary: $('scenario-summary', HTMLElement),
    seed: $('seed', HTMLInputElement),
    shuffle: $('shuffle', HTMLButtonElement),
    procs: $('procs', HTMLInputElement),
    banner: $('banner', HTMLElement),
    copyLink: $('copy-link', HTMLButtonElement),
    present: $('present-toggle', HTMLButtonElement),
    help: $('help', HTMLElement),
    helpButton: $('help-button', HTMLButtonElement),
    helpClose: $('help-close', HTMLButtonElement),
    openFull: $('open-full', HTMLAnchorElement),
    watch: $('note-watch', HTMLElement),
    pitfall: $('note-pitfall', HTMLElement),
    fix: $('note-fix', HTMLElement),
    pitfallNotes: $('pitfall-notes', HTMLElement),
    fixNotes: $('fix-notes', HTMLElement),
    interventionsSection: $('interventions-section', HTMLElement),
    interventions: $('interventions', HTMLElement),
    schedulerMode: $('scheduler-mode', HTMLInputElement),
    runnableChoices: $('runnable-choices', HTMLElement),
    play: $('play', HTMLButtonElement),
    stepBack: $('step-back', HTMLButtonElement),
    stepForward: $('step-forward', HTMLButtonElement),
    prevInteresting: $('prev-interesting', HTMLButtonElement),
    nextInteresting: $('next-interesting', HTMLButtonElement),
    scrub: $('scrub', HTMLInputElement),
    speed: $('speed', HTMLSelectElement),
    position: $('position', HTMLElement),
    diagnosticsAhead: $('diagnostics-ahead', HTMLInputElement),
    narrationFilter: $('narration-filter', HTMLInputElement),
    narrationScheduler: $('narration-scheduler', HTMLInputElement),
    timelineAxis: $('timeline-axis', HTMLButtonElement),
    timelineReset: $('timeline-reset', HTMLButtonElement),
  };
}

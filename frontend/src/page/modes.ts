import { encodeLink } from '../app/link';
import type { StageView } from '../views/stage';
import { type Page, currentParamSpecs } from './page';
import type { Ui } from './ui';

export interface Modes {
  setPresent(on: boolean): void;
  /** Applies the presenter and embed modes a link asked for (at start). */
  applyLinkModes(): void;
  toggleHelp(show?: boolean): void;
}

/** Presenter mode (`present=1`, P), embed mode (`embed=1`) and the help dialog. */
export function pageModes(
  page: Page,
  ui: Ui,
  stage: StageView,
  scheduleUrlUpdate: () => void,
  invalidate: () => void,
): Modes {
  function setPresent(on: boolean): void {
    page.state = { ...page.state, present: on };
    document.body.classList.toggle('present', on);
    ui.present.setAttribute('aria-pressed', String(on));
    stage.setMode(on ? 'present' : page.state.embed ? 'embed' : 'normal');
    scheduleUrlUpdate();
    stage.render(null, null);
    invalidate();
  }

  function applyLinkModes(): void {
    const state = page.state;
    document.body.classList.toggle('present', state.present);
    ui.present.setAttribute('aria-pressed', String(state.present));
    document.body.classList.toggle('embed', state.embed);
    stage.setMode(state.present ? 'present' : state.embed ? 'embed' : 'normal');
    if (state.embed) {
      ui.openFull.hidden = false;
      ui.openFull.href = encodeLink({ ...state, embed: false }, currentParamSpecs(page));
    }
  }

  function toggleHelp(show = ui.help.hidden): void {
    ui.help.hidden = !show;
    if (show) ui.helpClose.focus();
    else ui.helpButton.focus();
  }

  ui.present.addEventListener('click', () => setPresent(!page.state.present));
  ui.helpButton.addEventListener('click', () => toggleHelp(true));
  ui.helpClose.addEventListener('click', () => toggleHelp(false));

  return { setPresent, applyLinkModes, toggleHelp };
}

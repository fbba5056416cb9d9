import { encodeLink } from '../app/link';
import type { PageStore } from '../app/pageStore';
import { focusTrap } from '../lib/focusTrap';
import type { StageView } from '../views/stage';
import type { Ui } from './ui';

export interface Modes {
  toggleHelp(show?: boolean): void;
}

/**
 * Presenter mode (`present=1`, P) and embed mode (`embed=1`), drawn from the store whoever sets
 * them (a link, the button, a key, a room), and the help dialog.
 */
export function pageModes(store: PageStore, ui: Ui, stage: StageView, invalidate: () => void): Modes {
  function showModes(): void {
    const present = store.present.get();
    const embed = store.embed.get();
    document.body.classList.toggle('present', present);
    document.body.classList.toggle('embed', embed);
    ui.present.setAttribute('aria-pressed', String(present));
    stage.setMode(present ? 'present' : embed ? 'embed' : 'normal');
    showOpenFull();
    stage.render(null, null);
    invalidate();
  }

  /** Embedded, the page offers the same run in a page of its own. */
  function showOpenFull(): void {
    const embed = store.embed.get() && store.run.inputs.get() !== null;
    ui.openFull.hidden = !embed;
    if (embed) ui.openFull.href = encodeLink({ ...store.linkState(), embed: false }, store.paramSpecs());
  }

  // Tab stays in the help while it is open; closing it puts focus back where it was (the "?" key
  // opens it from anywhere), or on the help button.
  const helpTrap = focusTrap(ui.help, () => ui.helpButton.focus());

  function toggleHelp(show = ui.help.hidden): void {
    ui.help.hidden = !show;
    if (show) helpTrap.open(ui.helpClose);
    else helpTrap.close();
  }

  store.present.subscribe(showModes);
  store.embed.subscribe(showModes);
  store.run.inputs.subscribe(showOpenFull);
  ui.present.addEventListener('click', () => store.present.set(!store.present.get()));
  ui.helpButton.addEventListener('click', () => toggleHelp(true));
  ui.helpClose.addEventListener('click', () => toggleHelp(false));

  return { toggleHelp };
}

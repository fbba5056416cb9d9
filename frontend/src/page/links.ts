import { encodeLink } from '../app/link';
import type { Player } from '../app/player';
import { type Page, currentParamSpecs } from './page';

export interface Links {
  /** Rewrites the address to the current link 200 ms after the last change (no history entries). */
  scheduleUrlUpdate(): void;
  currentLink(): string;
}

/** The address bar and the copy-link button: the address always reflects the run and the playhead. */
export function shareLinks(page: Page, copyLink: HTMLButtonElement, player: Player): Links {
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleUrlUpdate(): void {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => history.replaceState(null, '', currentLink()), 200);
  }

  function currentLink(): string {
    const position = player.position.get();
    const t = !player.playing.get() && position > 0 ? position - 1 : null;
    return encodeLink({ ...page.state, t }, currentParamSpecs(page));
  }

  copyLink.addEventListener('click', () => {
    const link = new URL(currentLink(), location.href).toString();
    history.replaceState(null, '', currentLink());
    const copied = (ok: boolean) => (copyLink.textContent = ok ? 'Copied ✓' : 'Link in address bar');
    if (navigator.clipboard === undefined) copied(false);
    else void navigator.clipboard.writeText(link).then(() => copied(true), () => copied(false));
    setTimeout(() => (copyLink.textContent = 'Copy link'), 1800);
  });

  return { scheduleUrlUpdate, currentLink };
}

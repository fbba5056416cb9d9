import type { PageStore } from '../app/pageStore';

export interface Links {
  /** The share link for the page as it is now, or null before a run is chosen. */
  currentLink(): string | null;
}

/**
 * The address bar and the copy-link button. The address follows the store: 200 ms after the last
 * change of anything a link holds, it is rewritten to the current link (no history entries).
 */
export function shareLinks(store: PageStore, copyLink: HTMLButtonElement): Links {
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  function currentLink(): string | null {
    return store.run.inputs.get() === null ? null : store.link();
  }

  store.subscribe(() => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const link = currentLink();
      if (link !== null) history.replaceState(null, '', link);
    }, 200);
  });

  copyLink.addEventListener('click', () => {
    const link = currentLink();
    if (link === null) return;
    history.replaceState(null, '', link);
    const copied = (ok: boolean) => (copyLink.textContent = ok ? 'Copied ✓' : 'Link in address bar');
    if (navigator.clipboard === undefined) copied(false);
    else void navigator.clipboard.writeText(new URL(link, location.href).toString()).then(() => copied(true), () => copied(false));
    setTimeout(() => (copyLink.textContent = 'Copy link'), 1800);
  });

  return { currentLink };
}

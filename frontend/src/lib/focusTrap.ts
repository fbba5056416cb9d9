/**
 * Keyboard focus kept inside a modal dialog while it is shown, as WAI-ARIA's dialog pattern asks: Tab
 * on the dialog's last control goes to its first, Shift+Tab on the first to the last, and a Tab
 * pressed while focus is outside the dialog (after a click on its backdrop, say) brings it back in.
 * When the dialog closes, focus goes back to the element that had it when the dialog opened; when
 * that element is gone or hidden by then, `elsewhere` decides where focus goes instead.
 *
 * Invariant: the document listens for Tab only between open() and close().
 */

export interface FocusTrap {
  /** The dialog is shown: remembers where focus is, keeps Tab inside, focuses `first`. */
  open(first: HTMLElement): void;
  /** The dialog is hidden: lets Tab go and, unless told not to, puts focus back. */
  close(restoreFocus?: boolean): void;
}

/** The controls Tab stops at. */
const TABBABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"]';

export function focusTrap(dialog: HTMLElement, elsewhere: () => void): FocusTrap {
  let returnTo: HTMLElement | null = null;
  let trapping = false;

  function onKey(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const stops = tabStops(dialog);
    const first = stops[0];
    const last = stops.at(-1);
    const active = document.activeElement;
    let next: HTMLElement | undefined;
    if (first === undefined || last === undefined) next = dialog;
    else if (!(active instanceof Node) || !dialog.contains(active)) next = e.shiftKey ? last : first;
    else if (e.shiftKey && (active === first || active === dialog)) next = last;
    else if (!e.shiftKey && active === last) next = first;
    if (next === undefined) return; // a step between two of the dialog's own controls
    e.preventDefault();
    next.focus();
  }

  return {
    open(first) {
      if (!trapping) {
        const active = document.activeElement;
        returnTo = active instanceof HTMLElement && !dialog.contains(active) ? active : returnTo;
        document.addEventListener('keydown', onKey, true);
        trapping = true;
      }
      first.focus();
    },
    close(restoreFocus = true) {
      if (!trapping) return;
      document.removeEventListener('keydown', onKey, true);
      trapping = false;
      const target = returnTo;
      returnTo = null;
      if (!restoreFocus) return;
      if (target !== null && shown(target) && target !== document.body) target.focus();
      else elsewhere();
    },
  };
}

/** The dialog's controls Tab stops at, in document order (positive tabindex is not used on the page). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLElement & { disabled?: boolean }).disabled && shown(el),
  );
}

/** In the document and not inside anything hidden (the `hidden` attribute, `display: none`). */
function shown(el: HTMLElement): boolean {
  if (!el.isConnected || el.closest('[hidden]') !== null) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

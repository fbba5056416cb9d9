/**
 * The room's two dialogs (the "Room" dialog, the projector's card) over the page: a container made a
 * modal dialog named by its title, a card inside it, Escape to close — kept from the page's own
 * shortcuts, whose Escape closes the help — and Tab kept inside while it is shown (lib/focusTrap.ts).
 */
import { el } from '../lib/dom';
import { focusTrap } from '../lib/focusTrap';

export interface Modal {
  readonly card: HTMLElement;
  readonly title: HTMLElement;
  /** Shows the dialog with focus on `first`. */
  show(first: HTMLElement): void;
  /** Hides it; focus goes back where it was before (or `elsewhere`), unless `restoreFocus` is false. */
  hide(restoreFocus?: boolean): void;
}

/** `close` is what Escape does; `elsewhere` puts focus somewhere when the element it came from is gone. */
export function modal(container: HTMLElement, kind: string, titleText: string, close: () => void, elsewhere: () => void): Modal {
  container.replaceChildren();
  container.classList.add(kind);
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-modal', 'true');
  container.setAttribute('aria-labelledby', `${kind}-title`);
  const card = el('div', `${kind}-card`);
  const title = el('h2', undefined, titleText);
  title.id = `${kind}-title`;
  container.append(card);
  container.hidden = true;
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });
  const trap = focusTrap(container, elsewhere);
  return {
    card,
    title,
    show(first) {
      container.hidden = false;
      trap.open(first);
    },
    hide(restoreFocus = true) {
      container.hidden = true;
      trap.close(restoreFocus);
    },
  };
}

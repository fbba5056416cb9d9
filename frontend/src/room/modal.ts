/**
 * The room's two dialogs (the "Room" dialog, the projector's card) over the page: a container made a
 * modal dialog named by its title, a card inside it, and Escape to close — kept from the page's own
 * shortcuts, whose Escape closes the help.
 */
import { el } from '../lib/dom';

export function modal(container: HTMLElement, kind: string, titleText: string, close: () => void): { card: HTMLElement; title: HTMLElement } {
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
  return { card, title };
}

/**
 * What the teacher puts on the projector so the class can join: the code in letters large enough to
 * read from the back row, the room's address, and its QR code. Esc or the button closes it; the
 * bar's "Show code & QR" opens it again for latecomers.
 */
import { el } from '../lib/dom';
import { modal } from './modal';
import { qrSvg } from './qr';

export interface Projector {
  show(): void;
  hide(): void;
}

/** `focusElsewhere` puts focus somewhere when the card closes and the element that had it before is gone. */
export function projectorCard(container: HTMLElement, code: string, url: string, focusElsewhere: () => void): Projector {
  const dialog = modal(container, 'room-projector', 'Join the class', () => hide(), focusElsewhere);
  const { card, title } = dialog;
  const codeText = el('p', 'room-projector-code', code);
  codeText.dataset['testid'] = 'room-projector-code';
  const where = el('p', 'room-projector-url');
  where.append('Scan the code, or open ', el('strong', undefined, url.replace(/^https?:\/\//, '')));
  where.dataset['testid'] = 'room-projector-url';
  const qr = qrSvg(document, url, `QR code of ${url}`);
  qr.dataset['testid'] = 'room-qr';
  const close = el('button', 'primary', 'Start the lesson');
  close.type = 'button';
  close.dataset['testid'] = 'room-projector-close';
  close.addEventListener('click', () => hide());
  const text = el('div', 'room-projector-text');
  text.append(title, codeText, where, el('p', 'room-projector-hint', 'or type the code under “Room” on the Chanscope page.'), close);
  card.append(qr, text);

  function show(): void {
    dialog.show(close);
  }

  function hide(): void {
    if (container.hidden) return;
    dialog.hide();
  }

  return { show, hide };
}

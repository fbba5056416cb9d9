/**
 * The header's "Room" dialog: start a room for the run on screen, or join one by typing its code.
 * A typed code is read as forgivingly as the server reads it (case, spaces, hyphen) and refused
 * here, with the reason, when it cannot be one; an unknown or expired code is said by the room page.
 */
import { el } from '../lib/dom';
import { readCode } from './code';
import { modal } from './modal';

export interface DialogParts {
  readonly container: HTMLElement;
  /** Focus returns here when the dialog closes and the element it came from is gone. */
  readonly opener: HTMLElement;
  /** Opens a room; resolves to null, or to why it could not. */
  readonly start: () => Promise<string | null>;
  readonly join: (code: string) => void;
}

export function roomDialog(parts: DialogParts): { show(): void; hide(): void } {
  const { container } = parts;
  const dialog = modal(container, 'room-dialog', 'Classroom room', () => hide(), () => parts.opener.focus());
  const { card, title } = dialog;

  const start = el('button', 'primary', 'Start a room for this run');
  start.type = 'button';
  start.dataset['testid'] = 'room-start';
  const startNote = el('p', 'muted', 'You drive; the class follows on their own devices, explores on their own, and answers your questions.');

  const form = el('form', 'room-join');
  const label = el('label', undefined, 'Join a room: ');
  const input = el('input');
  input.placeholder = 'K7Q-2MX';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('autocapitalize', 'characters');
  input.dataset['testid'] = 'room-code-input';
  label.append(input);
  const join = el('button', undefined, 'Join');
  join.type = 'submit';
  join.dataset['testid'] = 'room-join';
  form.append(label, join);

  const error = el('p', 'room-error');
  error.setAttribute('role', 'alert');
  error.dataset['testid'] = 'room-dialog-error';
  const close = el('button', undefined, 'Close');
  close.type = 'button';
  card.append(title, start, startNote, form, error, close);

  function show(): void {
    error.textContent = '';
    dialog.show(start);
  }

  function hide(): void {
    dialog.hide();
  }

  start.addEventListener('click', () => {
    start.disabled = true;
    error.textContent = '';
    void parts.start().then((problem) => {
      start.disabled = false;
      if (problem === null) dialog.hide(false); // the projector's card opens with the focus
      else error.textContent = problem;
    });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const read = readCode(input.value);
    if ('problem' in read) {
      error.textContent = `Cannot join: ${read.problem}.`;
      input.focus();
    } else parts.join(read.code);
  });
  close.addEventListener('click', hide);
  container.addEventListener('click', (e) => {
    if (e.target === container) hide();
  });
  return { show, hide };
}

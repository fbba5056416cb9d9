/**
 * The room's bar under the page header: which room this is, the connection in words, and the
 * member's controls — for the teacher the class's presence, "Pin for comparison" (compare mode for
 * everyone), the projector's code and QR, the room link and "End room"; for a student "Explore on my
 * own" / "Back to class". Everything in it is drawn from the room client's view and the page's
 * compare mode; a refused command is said in the bar.
 */
import { el } from '../lib/dom';
import type { RoomClient, RoomView } from './roomClient';

export interface BarParts {
  readonly client: RoomClient;
  readonly code: string;
  readonly container: HTMLElement;
  readonly showProjector: () => void;
  readonly copyRoomLink: (button: HTMLButtonElement) => void;
  readonly rejoin: () => void;
  /** Whether the page is in compare mode (the teacher's, and so the class's). */
  readonly comparing: () => boolean;
  /** Teachers: pin the run on screen beside itself (compare mode for everyone), or leave compare mode. */
  readonly pinCompare: (pin: boolean) => void;
}

export interface Bar {
  render(view: RoomView): void;
  /** Where the question panel goes. */
  readonly questions: HTMLElement;
}

export function roomBar(parts: BarParts): Bar {
  const { client, container } = parts;
  const teacher = client.role === 'teacher';
  container.replaceChildren();
  container.hidden = false;
  container.classList.toggle('teacher', teacher);

  const button = (text: string, testid: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement => {
    const b = el('button', undefined, text);
    b.type = 'button';
    b.dataset['testid'] = testid;
    b.addEventListener('click', () => onClick(b));
    return b;
  };

  const title = el('span', 'room-title');
  title.append(el('span', 'room-label', teacher ? 'Your room' : 'Room'), ' ');
  const code = el('strong', 'room-code', parts.code);
  code.dataset['testid'] = 'room-code';
  title.append(code);
  const status = el('span', 'room-status');
  status.setAttribute('role', 'status');
  status.dataset['testid'] = 'room-status';
  const presence = el('span', 'room-presence');
  presence.dataset['testid'] = 'room-presence';
  const actions = el('span', 'room-actions');
  const toggle = button('Explore on my own', 'room-detach', () => {
    if (client.view.get().detached) parts.rejoin();
    else client.setDetached(true);
  });
  if (teacher) {
    actions.append(
      button('Show code & QR', 'room-show-qr', () => parts.showProjector()),
      button('Copy room link', 'room-copy', (b) => parts.copyRoomLink(b)),
      button('End room', 'room-end', () => {
        if (confirm('End this room for everyone? Students keep the run on their screens.')) client.closeRoom();
      }),
    );
  } else actions.append(toggle);
  const pin = button('Pin for comparison', 'room-pin', () => parts.pinCompare(!parts.comparing()));
  pin.title = 'Keep this run on screen as run B and change run A beside it: the class compares both on one clock';
  if (teacher) actions.prepend(pin);
  const refusal = el('span', 'room-error');
  refusal.setAttribute('role', 'alert');
  refusal.dataset['testid'] = 'room-refusal';
  const home = el('a', 'room-home', 'Open the playground');
  home.href = '/';
  home.hidden = true;
  const row = el('div', 'room-row');
  row.append(title, presence, status, actions, home, refusal);
  const questions = el('div', 'room-questions');
  questions.dataset['testid'] = 'room-questions';
  container.append(row, questions);

  function statusText(view: RoomView): string {
    const c = view.connection;
    switch (c.phase) {
      case 'connecting':
        return 'Joining…';
      case 'reconnecting':
        return `Connection lost; reconnecting in ${(c.pauseMs / 1000).toFixed(1)} s (attempt ${c.attempt})…`;
      case 'ended':
        return c.message;
      case 'live':
        if (teacher) return 'You drive; the class follows.';
        return view.detached ? 'Exploring on your own.' : 'Following the teacher.';
    }
  }

  function render(view: RoomView): void {
    const phase = view.connection.phase;
    status.textContent = statusText(view);
    container.dataset['phase'] = phase;
    container.dataset['detached'] = String(view.detached);
    const room = view.room;
    presence.hidden = !teacher || room === null || phase === 'ended';
    if (room !== null) {
      presence.textContent = `${room.members} ${room.members === 1 ? 'student' : 'students'} · ${room.detached} exploring on their own`;
    }
    toggle.textContent = view.detached ? 'Back to class' : 'Explore on my own';
    toggle.setAttribute('aria-pressed', String(view.detached));
    actions.hidden = phase === 'ended';
    for (const b of actions.querySelectorAll('button')) b.disabled = phase !== 'live';
    home.hidden = phase !== 'ended';
    const comparing = parts.comparing();
    pin.textContent = comparing ? 'Unpin comparison' : 'Pin for comparison';
    pin.setAttribute('aria-pressed', String(comparing));
    refusal.textContent = view.refusal ?? '';
    refusal.hidden = view.refusal === null;
  }

  return { render, questions };
}


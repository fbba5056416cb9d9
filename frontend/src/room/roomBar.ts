/**
 * The room's bar under the page header: which room this is, the connection in words, and the
 * member's controls — for the teacher the class's presence, the projector's code and QR, the room
 * link and "End room"; for a student "Explore on my own" / "Back to class". Everything in it is
 * drawn from the room client's view; a refused command is said in the bar.
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
  /** Teachers: pin the run on screen as the room's compare link (null clears it). */
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
  const pin = button('Pin for comparison', 'room-pin', () => parts.pinCompare(client.view.get().room?.state.compare == null));
  if (teacher) actions.prepend(pin);
  const compare = el('a', 'room-compare');
  compare.target = '_blank';
  compare.rel = 'noopener';
  compare.dataset['testid'] = 'room-compare';
  const refusal = el('span', 'room-error');
  refusal.setAttribute('role', 'alert');
  refusal.dataset['testid'] = 'room-refusal';
  const home = el('a', 'room-home', 'Open the playground');
  home.href = '/';
  home.hidden = true;
  const row = el('div', 'room-row');
  row.append(title, presence, status, actions, compare, home, refusal);
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
    const pinned = room?.state.compare ?? null;
    pin.textContent = pinned === null ? 'Pin for comparison' : 'Unpin comparison';
    compare.hidden = pinned === null || phase === 'ended';
    if (pinned !== null) {
      compare.href = `/${pinned}`;
      compare.textContent = `Compare with: ${describe(pinned)} ↗`;
      compare.title = 'The run the teacher pinned, in a tab of its own';
    }
    refusal.textContent = view.refusal ?? '';
    refusal.hidden = view.refusal === null;
  }

  return { render, questions };
}

/** A link in a few words: its scenario and the seed (`worker-pool, seed 42`). */
function describe(link: string): string {
  const q = new URLSearchParams(link);
  const seed = q.get('seed');
  return `${q.get('s') ?? 'a run'}${seed === null ? '' : `, seed ${seed}`}`;
}

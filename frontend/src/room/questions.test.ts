// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SocketEvents } from '../net/socket';
import { questionPanel } from './questions';
import { type JoinAs, RoomClient } from './roomClient';

const ROOM = {
  code: 'K7Q-2MX',
  link: '?v=1&s=worker-pool',
  state: { rev: 1, playing: true, speed: 1, compare: null, updatedAt: 0 },
  question: null,
  members: 2,
  detached: 0,
};
const QUESTION = { id: 'q2', prompt: 'Will this deadlock?', kind: 'choice', options: ['Yes', 'No'], revealed: false };

function panel(join: JoinAs, about?: string) {
  const sent: Record<string, unknown>[] = [];
  let server: SocketEvents | null = null;
  const client = new RoomClient(join, {
    url: 'ws://x',
    timers: { setTimeout: () => 0, clearTimeout: () => undefined, now: () => 0 },
    open: (_url, events) => {
      server = events;
      return { send: (text) => sent.push(JSON.parse(text) as Record<string, unknown>), close: () => undefined };
    },
  });
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const playing: boolean[] = [];
  const render = questionPanel({
    client,
    container,
    goroutines: () => ({ options: ['worker-1', 'worker-2'], goroutines: [2, 3], ...(about === undefined ? {} : { about }) }),
    setPlaying: (p) => playing.push(p),
  });
  client.view.subscribe((view) => render(view));
  client.connect();
  const say = (frame: Record<string, unknown>) => (server as SocketEvents | null)?.text(JSON.stringify(frame));
  (server as SocketEvents | null)?.open();
  say({ type: 'welcome', v: 1, role: join.role, member: 'm1', room: ROOM, now: 0 });
  const byId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid="room-histogram"] li')].map((li) => `${li.dataset['option']}=${li.dataset['count']}`);
  return { sent, say, byId, rows, playing, container };
}

describe('predict, then reveal', () => {
  it('in compare mode the question says which run its goroutines are of', () => {
    const { sent, byId } = panel({ role: 'teacher', key: 'k' }, 'run A, on the left');
    byId('room-ask-goroutine')?.click();
    expect(sent.at(-1)).toEqual({ type: 'ask', prompt: 'Which goroutine gets the value? (run A, on the left)', kind: 'goroutine', options: ['worker-1', 'worker-2'], goroutines: [2, 3] });
  });

  it('the teacher pauses to ask, sees the live counts, reveals and plays on', () => {
    const { sent, say, byId, rows, playing } = panel({ role: 'teacher', key: 'k' });
    byId('room-ask-goroutine')?.click();
    expect(playing).toEqual([false]);
    expect(sent.at(-1)).toEqual({ type: 'ask', prompt: 'Which goroutine gets the value?', kind: 'goroutine', options: ['worker-1', 'worker-2'], goroutines: [2, 3] });

    say({ type: 'question', rev: 2, question: { ...QUESTION, kind: 'goroutine', prompt: 'Which goroutine gets the value?', options: ['worker-1', 'worker-2'], goroutines: [2, 3] } });
    expect(byId('room-ask-goroutine')?.closest('.room-ask')?.hasAttribute('hidden')).toBe(true);
    say({ type: 'answers', question: 'q2', counts: [0, 2], answered: 2 });
    expect(rows()).toEqual(['worker-1=0', 'worker-2=2']);
    expect(byId('room-question-note')?.textContent).toContain('2 of 2 answered so far');
    byId('room-reveal')?.click();
    expect(sent.at(-1)).toEqual({ type: 'reveal', question: 'q2' });
    say({ type: 'question', rev: 3, question: { ...QUESTION, options: ['worker-1', 'worker-2'], revealed: true, counts: [0, 2], answered: 2 } });
    byId('room-play-on')?.click();
    expect(sent.at(-1)).toEqual({ type: 'close-question', question: 'q2' });
    expect(playing).toEqual([false, true]);
  });

  it('a free choice needs a prompt and 2 to 8 options, and says so', () => {
    const { sent, byId } = panel({ role: 'teacher', key: 'k' });
    byId('room-ask-free')?.click();
    const prompt = byId('room-free-prompt') as HTMLInputElement;
    const options = byId('room-free-options') as HTMLTextAreaElement;
    prompt.value = 'Who prints first?';
    options.value = 'main\n';
    byId('room-free-ask')?.click();
    expect(byId('room-free-ask')?.closest('.room-ask')?.querySelector('[role="alert"]')?.textContent).toBe('A question needs 2 to 8 options, one per line; there are 1.');
    expect(sent.filter((m) => m['type'] === 'ask')).toEqual([]);
    options.value = 'main\n  worker \n\n';
    byId('room-free-ask')?.click();
    expect(sent.at(-1)).toEqual({ type: 'ask', prompt: 'Who prints first?', kind: 'choice', options: ['main', 'worker'] });
  });

  it('a student answers, may change the answer, and sees their choice in the revealed histogram', () => {
    const { sent, say, container, rows } = panel({ role: 'student' });
    say({ type: 'question', rev: 2, question: QUESTION });
    const option = (text: string) => [...container.querySelectorAll<HTMLButtonElement>('[data-testid="room-option"]')].find((b) => b.textContent === text);
    option('Yes')?.click();
    expect(sent.at(-1)).toEqual({ type: 'answer', question: 'q2', option: 0 });
    say({ type: 'answered', question: 'q2', option: 0 });
    expect(option('Yes')?.getAttribute('aria-pressed')).toBe('true');
    option('No')?.click();
    say({ type: 'answered', question: 'q2', option: 1 });
    expect(option('Yes')?.getAttribute('aria-pressed')).toBe('false');
    expect(option('No')?.getAttribute('aria-pressed')).toBe('true');
    say({ type: 'question', rev: 3, question: { ...QUESTION, revealed: true, counts: [3, 1], answered: 4 } });
    expect(rows()).toEqual(['Yes=3', 'No=1']);
    expect(container.querySelector('li.mine')?.textContent).toContain('No (your answer)');
  });
});

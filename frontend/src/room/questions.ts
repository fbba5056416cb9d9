/**
 * Predict-then-reveal. The teacher pauses and asks — "Which goroutine gets the value?" (the
 * goroutines waiting at the playhead), "Will this deadlock?", or a free choice typed on the spot —
 * watches the answers come in, reveals the histogram to everyone, then plays on. Students answer
 * on their own devices and may change their answer until the reveal. Drawn again from the room
 * client's view on every change; the option buttons are rebuilt only when the question or its
 * answers change, so keyboard focus stays where it was.
 */
import { el } from '../lib/dom';
import { histogram } from './histogram';
import type { AskQuestion } from './messages';
import type { RoomClient, RoomView } from './roomClient';
import type { GoroutineChoice } from './choices';

export interface QuestionParts {
  readonly client: RoomClient;
  readonly container: HTMLElement;
  /** Teachers: the goroutines to offer at the playhead, or why there are none. */
  readonly goroutines: () => GoroutineChoice | { problem: string };
  /** Teachers: pause before asking; play after the reveal. */
  readonly setPlaying: (playing: boolean) => void;
}

export function questionPanel(parts: QuestionParts): (view: RoomView) => void {
  const { client, container } = parts;
  const teacher = client.role === 'teacher';
  let drawn = '';

  function button(text: string, testid: string, onClick: () => void, className?: string): HTMLButtonElement {
    const b = el('button', className, text);
    b.type = 'button';
    b.dataset['testid'] = testid;
    b.addEventListener('click', onClick);
    return b;
  }

  function ask(question: AskQuestion): void {
    parts.setPlaying(false);
    client.ask(question);
  }

  function askPanel(): HTMLElement {
    const box = el('div', 'room-ask');
    box.append(el('span', 'room-ask-title', 'Pause and ask:'));
    box.append(button('Which goroutine gets the value?', 'room-ask-goroutine', () => {
      const choice = parts.goroutines();
      if ('problem' in choice) {
        error.textContent = `Cannot ask which goroutine: ${choice.problem}.`;
        return;
      }
      const { about, ...offered } = choice;
      const prompt = about === undefined ? 'Which goroutine gets the value?' : `Which goroutine gets the value? (${about})`;
      ask({ prompt, kind: 'goroutine', ...offered });
    }));
    box.append(button('Will this deadlock?', 'room-ask-deadlock', () => ask({ prompt: 'Will this deadlock?', kind: 'choice', options: ['Yes', 'No'] })));
    const form = el('form', 'room-free');
    form.hidden = true;
    const prompt = el('input');
    prompt.placeholder = 'Your question';
    prompt.setAttribute('aria-label', 'Question');
    prompt.dataset['testid'] = 'room-free-prompt';
    const options = el('textarea');
    options.rows = 3;
    options.placeholder = 'Options, one per line (2–8)';
    options.setAttribute('aria-label', 'Options, one per line');
    options.dataset['testid'] = 'room-free-options';
    const submit = el('button', undefined, 'Ask');
    submit.type = 'submit';
    submit.dataset['testid'] = 'room-free-ask';
    const error = el('span', 'room-error');
    error.setAttribute('role', 'alert');
    form.append(prompt, options, submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const lines = options.value.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
      if (prompt.value.trim() === '') error.textContent = 'Type the question first.';
      else if (lines.length < 2 || lines.length > 8) error.textContent = `A question needs 2 to 8 options, one per line; there are ${lines.length}.`;
      else ask({ prompt: prompt.value.trim(), kind: 'choice', options: lines });
    });
    box.append(button('Free choice…', 'room-ask-free', () => {
      form.hidden = !form.hidden;
      if (!form.hidden) prompt.focus();
    }));
    box.append(form, error);
    return box;
  }

  function questionCard(view: RoomView): HTMLElement {
    const question = view.room?.question;
    const card = el('div', 'room-question-card');
    if (!question) return card;
    // The words and the buttons on the left, the answers on the right (one column on a phone).
    const words = el('div', 'room-question-words');
    const answers = el('div', 'room-question-answers');
    card.append(words, answers);
    words.append(el('p', 'room-prompt', question.prompt));
    const revealed = question.revealed && question.counts !== undefined;
    const mine = view.myAnswer?.question === question.id ? view.myAnswer.option : null;
    if (revealed) {
      answers.append(histogram({ options: question.options, counts: question.counts ?? [], answered: question.answered ?? 0, mine, live: false }));
    } else if (teacher) {
      const tally = view.tally ?? { counts: question.options.map(() => 0), answered: 0 };
      answers.append(histogram({ options: question.options, counts: tally.counts, answered: tally.answered, mine: null, live: true }));
    } else {
      const choices = el('div', 'room-options');
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', 'Your answer');
      question.options.forEach((option, i) => {
        const b = button(option, 'room-option', () => client.answer(question.id, i));
        b.setAttribute('aria-pressed', String(i === mine));
        b.dataset['index'] = String(i);
        choices.append(b);
      });
      answers.append(choices);
    }
    const count = revealed ? (question.answered ?? 0) : (view.tally?.answered ?? 0);
    const note = teacher
      ? revealed ? `${count} answered.` : `${count} of ${view.room?.members ?? 0} answered so far; only you see these counts until you reveal them.`
      : revealed ? 'The answers are in.' : mine === null ? 'Predict: what happens next?' : 'Answer sent; you can change it until the teacher reveals the answers.';
    const p = el('p', 'room-note', note);
    p.dataset['testid'] = 'room-question-note';
    words.append(p);
    if (teacher && !revealed) words.append(button('Reveal the answers', 'room-reveal', () => client.reveal(question.id), 'primary'));
    if (teacher && revealed) {
      words.append(button('Play on', 'room-play-on', () => {
        client.closeQuestion(question.id);
        parts.setPlaying(true);
      }, 'primary'));
      words.append(button('Close the question', 'room-close-question', () => client.closeQuestion(question.id)));
    }
    return card;
  }

  const asking = teacher ? askPanel() : null;

  return (view: RoomView) => {
    const q = view.room?.question ?? null;
    const key = JSON.stringify([view.connection.phase, q, view.tally, view.myAnswer, view.room?.members]);
    if (key === drawn) return;
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && active.dataset['testid'] !== undefined && container.contains(active)
      ? `[data-testid="${active.dataset['testid']}"]${active.dataset['index'] === undefined ? '' : `[data-index="${active.dataset['index']}"]`}`
      : undefined;
    drawn = key;
    const live = view.connection.phase === 'live';
    container.replaceChildren();
    if (asking !== null) {
      asking.hidden = !live || q !== null;
      container.append(asking);
    }
    if (q !== null) container.append(questionCard(view));
    container.hidden = container.childElementCount === 0 || [...container.children].every((c) => (c as HTMLElement).hidden);
    // A redrawn button of the same role takes the focus back, so Tab/Enter users do not lose their place.
    if (focused !== undefined && !container.contains(document.activeElement)) {
      container.querySelector<HTMLElement>(focused)?.focus();
    }
  };
}

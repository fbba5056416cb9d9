/**
 * A question's answers as horizontal bars, one per option, longest for the most chosen: what the
 * teacher reveals on the projector and every student sees on their device. Each bar says its count
 * and share in words, so it reads without colour and with a screen reader.
 */
import { el } from '../lib/dom';

export interface HistogramInput {
  readonly options: readonly string[];
  readonly counts: readonly number[];
  readonly answered: number;
  /** The option this screen's member chose (marked), or null. */
  readonly mine: number | null;
  /** Live counts before the reveal (the teacher's view), drawn muted. */
  readonly live: boolean;
}

export function histogram(input: HistogramInput): HTMLElement {
  const list = el('ol', input.live ? 'room-histogram live' : 'room-histogram');
  list.dataset['testid'] = 'room-histogram';
  list.setAttribute('aria-label', `${input.answered} ${input.answered === 1 ? 'answer' : 'answers'}`);
  const most = Math.max(1, ...input.counts);
  input.options.forEach((option, i) => {
    const count = input.counts[i] ?? 0;
    const share = input.answered === 0 ? 0 : Math.round((100 * count) / input.answered);
    const row = el('li', i === input.mine ? 'mine' : undefined);
    row.dataset['option'] = option;
    row.dataset['count'] = String(count);
    const label = el('span', 'label', option + (i === input.mine ? ' (your answer)' : ''));
    const track = el('span', 'track');
    const bar = el('span', 'bar');
    bar.style.width = `${(100 * count) / most}%`;
    track.append(bar);
    row.append(label, track, el('span', 'count', `${count} · ${share}%`));
    list.append(row);
  });
  return list;
}

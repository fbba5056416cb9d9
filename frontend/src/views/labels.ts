/**
 * The texts the stage writes on and beside its tokens, pipes and boxes, and how much room they
 * take in stage units. placement.ts sizes columns from them so that names read in full, and
 * stage.ts draws them; both measure the same strings the same way. Widths are estimates from an
 * average advance per character, generous enough for wide fonts, so a text measured to fit does.
 */
import type { DiagnosticKind, ObjKind } from '../model/vocabulary.gen';
import { clip } from '../lib/svg';

/** Average advance of a character, in stage units, per text style. */
export const NAME_CH = 8.4;
export const SMALL_CH = 6.2;
export const MONO_CH = 7.4;
export const PROC_CH = 7.2;

/** A goroutine token: its name starts right of the state icon; the held item's pill is this wide. */
export const TOKEN_TEXT_X = 44;
export const PILL_W = 34;
/** The space between a queue's lines on a channel. */
export const QUEUE_LINE = 13;

export function textWidth(text: string, perChar: number): number {
  return Math.ceil(text.length * perChar);
}

/** `text` shortened to fit `room` units at `perChar` units a character. */
export function fit(text: string, room: number, perChar: number): string {
  return clip(text, Math.max(1, Math.floor(room / perChar)));
}

/** A finding's flag on a token, and the room it takes (its right margin included). */
export function flagText(kind: DiagnosticKind): string {
  return `⚠ ${kind}`;
}

export function flagWidth(kind: DiagnosticKind): number {
  return textWidth(flagText(kind), SMALL_CH) + 6;
}

/** What a token's top line needs: icon, name, the widest flag it may get and the pill if it sends. */
export function tokenWidth(name: string, findings: readonly DiagnosticKind[], sends: boolean): number {
  const flag = Math.max(0, ...findings.map(flagWidth));
  return TOKEN_TEXT_X + textWidth(name, NAME_CH) + 8 + flag + (sends ? PILL_W + 4 : 0);
}

/** A goroutine's status while blocked in a select on channels named `cases`, and on one channel. */
export function selectStatus(cases: readonly string[]): string {
  return `blocked: select on ${cases.join(', ')}`;
}

export function panicStatus(message: string): string {
  return `panicked: ${message}`;
}

export function channelStatus(send: boolean, channel: string): string {
  return send ? `blocked: send on ${channel}` : `blocked: receive from ${channel}`;
}

/** What follows a channel's name: its capacity, closed, and slots out of sight. */
export function channelAbout(capacity: number, closed: boolean, hidden: number): string {
  return ` ${capacity === 0 ? 'unbuffered' : `cap ${capacity}`}${closed ? ' · closed' : ''}${hidden > 0 ? ` · +${hidden} more` : ''}`;
}

/** A wait queue in words: its first four names, then how many more. */
export function queueText(which: string, names: readonly string[]): string {
  const shown = names.slice(0, 4).join(', ');
  return `${which}: ${names.length > 4 ? `${shown} +${names.length - 4}` : shown}`;
}

/**
 * `text` in at most `lines` lines of `room` units, broken between words; the last line is elided
 * when the rest does not fit.
 */
export function wrapText(text: string, room: number, lines: number, perChar: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, perChar) > room && out.length < lines - 1) {
      out.push(line);
      line = word;
    } else line = next;
  }
  out.push(fit(line, room, perChar));
  return out;
}

/** A sync object's name line, and its detail at its longest: a holder and the others waiting, named from `users`. */
export function syncName(kind: ObjKind | undefined, name: string): string {
  return `${kind ?? 'object'} ${name}`;
}

export function longestSyncDetail(users: readonly string[]): string {
  const [first = '', ...rest] = [...users].sort((a, b) => b.length - a.length);
  return users.length === 0 ? '' : `held by ${first}${rest.length > 0 ? ` · ${queueText('waiting', rest)}` : ''}`;
}

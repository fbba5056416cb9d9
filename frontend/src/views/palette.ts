/**
 * Colours and symbols. The Okabe–Ito palette stays distinguishable with the common colour-vision
 * deficiencies; every state also has its own icon and words, so colour is never the only cue.
 */
import type { BlockReason } from '../model/vocabulary.gen';
import type { GoState } from '../model/world';

export const STATE_COLOUR: Readonly<Record<GoState | 'sleeping', string>> = {
  running: '#009E73',
  working: '#0072B2',
  runnable: '#F0E442',
  blocked: '#D55E00',
  sleeping: '#56B4E9',
  done: '#999999',
  panicked: '#CC79A7',
};

/** Goroutine identity colours (source highlights, token stripes): Okabe–Ito without yellow. */
const IDENTITY = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export function identityColour(goroutine: number): string {
  return IDENTITY[(goroutine - 1 + IDENTITY.length) % IDENTITY.length] ?? '#000000';
}

/** `sleeping` is a blocked goroutine that only waits for time to pass (sleep, I/O). */
export function visualState(state: GoState, reason: BlockReason | null): GoState | 'sleeping' {
  if (state === 'blocked' && (reason === 'sleep' || reason === 'io')) return 'sleeping';
  return state;
}

const REASON_ICON: Readonly<Record<BlockReason, string>> = {
  send: '→',
  receive: '←',
  select: '⋔',
  lock: '⊘',
  rlock: '⊘',
  waitgroup: '⧓',
  cond: '⧓',
  semaphore: '⧓',
  once: '⧓',
  processor: '◷',
  sleep: '☾',
  io: '⇅',
};

export function stateIcon(state: GoState, reason: BlockReason | null): string {
  switch (state) {
    case 'running':
      return '▶';
    case 'working':
      return '⚙';
    case 'runnable':
      return '…';
    case 'blocked':
      return reason === null ? '■' : REASON_ICON[reason];
    case 'done':
      return '✓';
    case 'panicked':
      return '!';
  }
}

/** Plot series colours, in order: Okabe–Ito without yellow (too faint as a line on white). */
export const SERIES_COLOURS: readonly string[] = IDENTITY;

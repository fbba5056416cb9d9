/**
 * What compare mode's summary compares, folded from one run's events in one pass: how it ended, how
 * long it took in virtual time, its throughput, the deepest each buffered channel's queue got, how
 * long each goroutine spent blocked, and its findings. Pure (no DOM), so tests assert exact values.
 *
 * Channels and goroutines are named as the program names them, so two runs of related programs line
 * up by name (`worker-2` in one is `worker-2` in the other); a name used twice in a run sums.
 */
import type { EventStore } from '../model/events';
import { type BlockReason, type DiagnosticKind, EVENT_CODES, type Outcome } from '../model/vocabulary.gen';

export interface RunFacts {
  readonly events: number;
  /** Virtual time of the last event (ns). */
  readonly duration: number;
  readonly outcome: Outcome | null;
  /** Items received (from a buffer or handed off). */
  readonly received: number;
  /** Items received per second of virtual time; null when the run spent none. */
  readonly throughput: number | null;
  /** Deepest queue of each buffered channel, by name. */
  readonly maxDepth: ReadonlyMap<string, { readonly depth: number; readonly capacity: number }>;
  /** Virtual time each goroutine spent blocked (ns), by name; one still blocked at the end counts to the end. */
  readonly blocked: ReadonlyMap<string, number>;
  /** Findings by kind: how many, and the first one's message. */
  readonly diagnostics: ReadonlyMap<DiagnosticKind, { readonly count: number; readonly message: string }>;
}

/**
 * Waiting for time (a sleep, I/O) or for a processor is not being blocked by another goroutine: the
 * summary counts the waits on channels, locks, groups and the like, which is what a fix changes.
 */
const NOT_BLOCKED: ReadonlySet<BlockReason> = new Set<BlockReason>(['sleep', 'io', 'processor']);

const READ = new Set<number>([
  EVENT_CODES['obj-define'],
  EVENT_CODES['go-create'],
  EVENT_CODES['go-block'],
  EVENT_CODES['go-unblock'],
  EVENT_CODES['go-exit'],
  EVENT_CODES['chan-buffer'],
  EVENT_CODES['chan-recv'],
  EVENT_CODES['chan-handoff'],
  EVENT_CODES.diagnostic,
  EVENT_CODES['run-end'],
]);

/** The facts of the first `length` events (all of them by default); only the events that matter are decoded. */
export function runFacts(store: EventStore, length = store.length): RunFacts {
  const goroutineName = new Map<number, string>();
  const channel = new Map<number, { name: string; capacity: number; items: Set<number> }>();
  const maxDepth = new Map<string, { depth: number; capacity: number }>();
  const blockedSince = new Map<number, number>();
  const blocked = new Map<string, number>();
  const diagnostics = new Map<DiagnosticKind, { count: number; message: string }>();
  let received = 0;
  let outcome: Outcome | null = null;

  const addBlocked = (g: number, until: number): void => {
    const since = blockedSince.get(g);
    if (since === undefined) return;
    blockedSince.delete(g);
    const name = goroutineName.get(g) ?? `#${g}`;
    blocked.set(name, (blocked.get(name) ?? 0) + (until - since));
  };

  for (let seq = 0; seq < length; seq++) {
    if (!READ.has(store.code(seq))) continue;
    const e = store.runEvent(seq);
    if (e === null) continue;
    const at = store.time(seq);
    switch (e.type) {
      case 'go-create':
        goroutineName.set(e.g, e.name);
        blocked.set(e.name, blocked.get(e.name) ?? 0);
        break;
      case 'obj-define':
        if (e.kind === 'channel' && e.arg > 0) {
          channel.set(e.obj, { name: e.name, capacity: e.arg, items: new Set() });
          if (!maxDepth.has(e.name)) maxDepth.set(e.name, { depth: 0, capacity: e.arg });
        }
        break;
      case 'go-block':
        if (!NOT_BLOCKED.has(e.reason)) blockedSince.set(e.g, at);
        break;
      case 'go-unblock':
      case 'go-exit':
        addBlocked(e.g, at);
        break;
      case 'chan-buffer': {
        const ch = channel.get(e.obj);
        if (ch === undefined) break;
        ch.items.add(e.item);
        const best = maxDepth.get(ch.name);
        if (best !== undefined && ch.items.size > best.depth) maxDepth.set(ch.name, { depth: ch.items.size, capacity: ch.capacity });
        break;
      }
      case 'chan-recv':
        channel.get(e.obj)?.items.delete(e.item);
        received++;
        break;
      case 'chan-handoff':
        received++;
        break;
      case 'diagnostic': {
        const seen = diagnostics.get(e.kind);
        diagnostics.set(e.kind, { count: (seen?.count ?? 0) + 1, message: seen?.message ?? e.message });
        break;
      }
      case 'run-end':
        outcome = e.outcome;
        break;
      default:
        break;
    }
  }
  const duration = length > 0 ? store.time(length - 1) : 0;
  for (const g of [...blockedSince.keys()]) addBlocked(g, duration);
  return {
    events: length,
    duration,
    outcome,
    received,
    throughput: duration > 0 ? received / (duration / 1e9) : null,
    maxDepth,
    blocked,
    diagnostics,
  };
}

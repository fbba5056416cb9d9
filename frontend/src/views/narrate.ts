/**
 * One event in plain words for the narration log: "worker-2 received 7 from jobs". Names come from
 * the world (goroutines, objects and items never change once defined). Returns null for events
 * that only define vocabulary (label-define).
 */
import { unreachable } from '../lib/unreachable';
import type { World } from '../model/world';
import type { BlockReason, EventType, RunEvent } from '../model/vocabulary.gen';
import { formatTime } from './format';

/**
 * Scheduler bookkeeping, hidden unless the reader asks for it. Every type says, so a new type of
 * event is a decision here.
 */
export const SCHEDULER_EVENTS: Readonly<Record<EventType, boolean>> = {
  'go-switch': true,
  'select-case': true,
  'proc-release': true,
  'timer-set': true,
  'label-define': false,
  'go-create': false,
  'obj-define': false,
  'go-block': false,
  'go-unblock': false,
  'go-exit': false,
  'go-panic': false,
  'go-recover': false,
  'proc-acquire': false,
  'chan-send': false,
  'chan-buffer': false,
  'chan-handoff': false,
  'chan-recv': false,
  'chan-recv-closed': false,
  'chan-close': false,
  'select-begin': false,
  'select-chosen': false,
  'lock-acquire': false,
  'lock-release': false,
  'wait-group-add': false,
  'once-do': false,
  'cond-notify': false,
  'semaphore-change': false,
  'atomic-op': false,
  'var-access': false,
  'context-cancel': false,
  'timer-fire': false,
  'timer-stop': false,
  log: false,
  output: false,
  'intervention-applied': false,
  diagnostic: false,
  'run-end': false,
};

/** A blocked goroutine in words: `worker-1 blocks sending on jobs`. */
function blocked(reason: BlockReason, who: string, on: string): string {
  switch (reason) {
    case 'send':
      return `${who} blocks sending on ${on}`;
    case 'receive':
      return `${who} blocks receiving from ${on}`;
    case 'select':
      return `${who} blocks in select`;
    case 'lock':
      return `${who} waits to lock ${on}`;
    case 'rlock':
      return `${who} waits to read-lock ${on}`;
    case 'waitgroup':
    case 'semaphore':
    case 'once':
      return `${who} waits for ${on}`;
    case 'cond':
      return `${who} waits on ${on}`;
    case 'sleep':
      return `${who} sleeps`;
    case 'io':
      return `${who} waits on I/O`;
    case 'processor':
      return `${who} waits for a free processor`;
    default:
      return unreachable(reason, 'block reason');
  }
}

export function narrate(e: RunEvent, world: World): string | null {
  const g = (id: number) => goName(world, id);
  const o = (id: number) => world.objects.get(id)?.name ?? `object ${id}`;
  const item = (id: number) => world.items.get(id)?.value ?? `item ${id}`;
  switch (e.type) {
    case 'label-define':
      return null;
    case 'go-create':
      return e.parent === 0 ? `${e.name} starts` : `${g(e.parent)} starts goroutine ${e.name}`;
    case 'obj-define':
      if (e.kind === 'channel') return `${g(e.g)} makes channel ${e.name} (${e.arg === 0 ? 'unbuffered' : `capacity ${e.arg}`})`;
      return `${g(e.g)} makes ${e.kind} ${e.name}`;
    case 'go-switch':
      return `the scheduler runs ${g(e.g)}`;
    case 'go-block':
      return blocked(e.reason, g(e.g), o(e.obj));
    case 'go-unblock':
      return e.by === 0 ? `${g(e.g)} wakes up (timer or runtime)` : `${g(e.g)} is woken by ${g(e.by)}`;
    case 'go-exit':
      return `${g(e.g)} returns`;
    case 'go-panic':
      return `${g(e.g)} panics: ${e.message}`;
    case 'go-recover':
      return `${g(e.g)} recovers from its panic`;
    case 'proc-acquire':
      return `${g(e.g)} computes on P${e.proc} for ${formatTime(e.duration)}`;
    case 'proc-release':
      return `${g(e.g)} releases P${e.proc}`;
    case 'chan-send':
      return `${g(e.g)} sends ${e.value} on ${o(e.obj)}`;
    case 'chan-buffer':
      return `${item(e.item)} waits in ${o(e.obj)}'s buffer (slot ${e.slot})`;
    case 'chan-handoff':
      return `${g(e.from)} hands ${item(e.item)} straight to ${g(e.to)} via ${o(e.obj)}`;
    case 'chan-recv':
      return `${g(e.g)} received ${item(e.item)} from ${o(e.obj)}`;
    case 'chan-recv-closed':
      return `${g(e.g)} finds ${o(e.obj)} closed (zero value, ok=false)`;
    case 'chan-close':
      return `${g(e.g)} closes ${o(e.obj)}`;
    case 'select-begin':
      return `${g(e.g)} enters a select with ${e.cases} cases${e.hasDefault ? ' and a default' : ''}`;
    case 'select-case':
      return `  case ${e.index}: ${e.send ? 'send on' : 'receive from'} ${e.obj === 0 ? 'a nil channel' : o(e.obj)}`;
    case 'select-chosen':
      return e.index < 0 ? `${g(e.g)}'s select takes the default case` : `${g(e.g)}'s select takes case ${e.index}`;
    case 'lock-acquire':
      return `${g(e.g)} ${e.read ? 'read-locks' : 'locks'} ${o(e.obj)}`;
    case 'lock-release':
      return `${g(e.g)} ${e.read ? 'read-unlocks' : 'unlocks'} ${o(e.obj)}`;
    case 'wait-group-add': {
      const what = e.delta === -1 ? `calls ${o(e.obj)}.Done()` : `adds ${e.delta} to ${o(e.obj)}`;
      return `${g(e.g)} ${what} (counter ${e.counter})`;
    }
    case 'once-do':
      return e.ran ? `${g(e.g)} runs ${o(e.obj)}'s function` : `${g(e.g)} finds ${o(e.obj)} already done`;
    case 'cond-notify':
      return `${g(e.g)} ${e.broadcast ? 'broadcasts on' : 'signals'} ${o(e.obj)} (${e.woken} woken)`;
    case 'semaphore-change':
      return `${g(e.g)} ${e.acquire ? 'acquires' : 'releases'} ${e.n} of ${o(e.obj)} (${e.held} held)`;
    case 'atomic-op':
      return `${g(e.g)} sets ${o(e.obj)} to ${e.value}`;
    case 'var-access':
      return e.write ? `${g(e.g)} writes ${o(e.obj)} = ${e.value}` : `${g(e.g)} reads ${o(e.obj)} (${e.value})`;
    case 'context-cancel':
      return `${o(e.obj)} is cancelled (${e.cause})${e.g === 0 ? '' : ` by ${g(e.g)}`}`;
    case 'timer-set':
      return `${o(e.obj)} is set to fire at ${formatTime(e.when)}`;
    case 'timer-fire':
      return `${o(e.obj)} fires`;
    case 'timer-stop':
      return `${g(e.g)} stops ${o(e.obj)}`;
    case 'log':
      return `${g(e.g)} prints: ${e.text}`;
    case 'output':
      return `${g(e.g)} writes to ${e.stream}: ${e.text.replace(/\n$/, '')}`;
    case 'intervention-applied':
      return `intervention ${e.kind} ${e.target}: ${e.outcome}`;
    case 'diagnostic':
      return `${e.kind.toUpperCase()}: ${e.message}`;
    case 'run-end':
      return `the run ends: ${e.outcome} (${e.goroutinesLeft} goroutines left)`;
    default:
      return unreachable(e, 'event');
  }
}

export function goName(world: World, id: number): string {
  if (id === 0) return 'the runtime';
  return world.goroutines.get(id)?.name ?? `goroutine ${id}`;
}

/**
 * One event in plain words for the narration log: "worker-2 received 7 from jobs". Names come from
 * the world (goroutines, objects and items never change once defined). Returns null for events
 * that only define vocabulary (label-define).
 */
import { formatTime } from './format';
import type { World } from '../model/world';

export interface Reading {
  readonly name: string;
  num(field: string): number;
  str(field: string): string;
}

/** Scheduler bookkeeping, hidden unless the reader asks for it. */
export const SCHEDULER_EVENTS: ReadonlySet<string> = new Set(['go-switch', 'select-case', 'proc-release', 'timer-set']);

const BLOCKED: Readonly<Record<string, string>> = {
  send: 'blocks sending on',
  receive: 'blocks receiving from',
  lock: 'waits to lock',
  rlock: 'waits to read-lock',
  waitgroup: 'waits for',
  cond: 'waits on',
  semaphore: 'waits for',
  once: 'waits for',
};

export function narrate(e: Reading, world: World): string | null {
  const g = (field = 'g') => goName(world, e.num(field));
  const o = (field = 'obj') => world.objects.get(e.num(field))?.name ?? `object ${e.num(field)}`;
  const item = () => world.items.get(e.num('item'))?.value ?? `item ${e.num('item')}`;
  switch (e.name) {
    case 'label-define':
      return null;
    case 'go-create':
      return e.num('parent') === 0 ? `${e.str('name')} starts` : `${g('parent')} starts goroutine ${e.str('name')}`;
    case 'obj-define': {
      const kind = e.str('kind');
      if (kind === 'channel') {
        const cap = e.num('arg');
        return `${g()} makes channel ${e.str('name')} (${cap === 0 ? 'unbuffered' : `capacity ${cap}`})`;
      }
      return `${g()} makes ${kind} ${e.str('name')}`;
    }
    case 'go-switch':
      return `the scheduler runs ${g()}`;
    case 'go-block': {
      const reason = e.str('reason');
      if (reason === 'sleep') return `${g()} sleeps`;
      if (reason === 'io') return `${g()} waits on I/O`;
      if (reason === 'select') return `${g()} blocks in select`;
      if (reason === 'processor') return `${g()} waits for a free processor`;
      return `${g()} ${BLOCKED[reason] ?? `blocks (${reason}) on`} ${o()}`;
    }
    case 'go-unblock':
      return e.num('by') === 0 ? `${g()} wakes up (timer or runtime)` : `${g()} is woken by ${g('by')}`;
    case 'go-exit':
      return `${g()} returns`;
    case 'go-panic':
      return `${g()} panics: ${e.str('message')}`;
    case 'go-recover':
      return `${g()} recovers from its panic`;
    case 'proc-acquire':
      return `${g()} computes on P${e.num('proc')} for ${formatTime(e.num('duration'))}`;
    case 'proc-release':
      return `${g()} releases P${e.num('proc')}`;
    case 'chan-send':
      return `${g()} sends ${e.str('value')} on ${o()}`;
    case 'chan-buffer':
      return `${item()} waits in ${o()}'s buffer (slot ${e.num('slot')})`;
    case 'chan-handoff':
      return `${g('from')} hands ${item()} straight to ${g('to')} via ${o()}`;
    case 'chan-recv':
      return `${g()} received ${item()} from ${o()}`;
    case 'chan-recv-closed':
      return `${g()} finds ${o()} closed (zero value, ok=false)`;
    case 'chan-close':
      return `${g()} closes ${o()}`;
    case 'select-begin':
      return `${g()} enters a select with ${e.num('cases')} cases${e.str('hasDefault') === 'true' ? ' and a default' : ''}`;
    case 'select-case':
      return `  case ${e.num('index')}: ${e.str('send') === 'true' ? 'send on' : 'receive from'} ${e.num('obj') === 0 ? 'a nil channel' : o()}`;
    case 'select-chosen':
      return e.num('index') < 0 ? `${g()}'s select takes the default case` : `${g()}'s select takes case ${e.num('index')}`;
    case 'lock-acquire':
      return `${g()} ${e.str('read') === 'true' ? 'read-locks' : 'locks'} ${o()}`;
    case 'lock-release':
      return `${g()} ${e.str('read') === 'true' ? 'read-unlocks' : 'unlocks'} ${o()}`;
    case 'wait-group-add': {
      const delta = e.num('delta');
      const what = delta === -1 ? `calls ${o()}.Done()` : `adds ${delta} to ${o()}`;
      return `${g()} ${what} (counter ${e.num('counter')})`;
    }
    case 'once-do':
      return e.str('ran') === 'true' ? `${g()} runs ${o()}'s function` : `${g()} finds ${o()} already done`;
    case 'cond-notify':
      return `${g()} ${e.str('broadcast') === 'true' ? 'broadcasts on' : 'signals'} ${o()} (${e.num('woken')} woken)`;
    case 'semaphore-change':
      return `${g()} ${e.str('acquire') === 'true' ? 'acquires' : 'releases'} ${e.num('n')} of ${o()} (${e.num('held')} held)`;
    case 'atomic-op':
      return `${g()} sets ${o()} to ${e.num('value')}`;
    case 'var-access':
      return e.str('write') === 'true' ? `${g()} writes ${o()} = ${e.num('value')}` : `${g()} reads ${o()} (${e.num('value')})`;
    case 'context-cancel':
      return `${o()} is cancelled (${e.str('cause')})${e.num('g') === 0 ? '' : ` by ${g()}`}`;
    case 'timer-set':
      return `${o()} is set to fire at ${formatTime(e.num('when'))}`;
    case 'timer-fire':
      return `${o()} fires`;
    case 'timer-stop':
      return `${g()} stops ${o()}`;
    case 'log':
      return `${g()} prints: ${e.str('text')}`;
    case 'intervention-applied':
      return `intervention ${e.str('kind')} ${e.str('target')}: ${e.str('outcome')}`;
    case 'diagnostic':
      return `${e.str('kind').toUpperCase()}: ${e.str('message')}`;
    case 'run-end':
      return `the run ends: ${e.str('outcome')} (${e.num('goroutinesLeft')} goroutines left)`;
    default:
      return e.name;
  }
}

export function goName(world: World, id: number): string {
  if (id === 0) return 'the runtime';
  return world.goroutines.get(id)?.name ?? `goroutine ${id}`;
}

/**
 * The world state of a run after some prefix of its events: which goroutine runs, waits or is done,
 * what each channel holds, who holds each lock, which processor is busy. `foldEvent` applies one
 * event; the World is plain data (Maps, arrays, records) so a snapshot is a `cloneWorld` and tests
 * can compare two worlds with a deep equality (`comparableWorld`).
 *
 * Items are the exception: every item ever sent stays known (a value is followed from producer to
 * consumer, and the narration names old items), so they grow with the run. They live in an
 * append-only ItemTable that a world and all its clones share, instead of in each snapshot.
 *
 * Invariants kept by the fold (they mirror the engine's, see Event.java):
 *  - a goroutine is in an object's wait queue exactly while it is `blocked` on it (for a select: on
 *    every channel its cases name); `queuedOn` lists those objects so waking it is O(its queues);
 *  - a channel's `slots[i]` is the item in ring slot i, or -1 when empty;
 *  - a sender's `pendingItem` is the item it is trying to send until it is buffered or handed off.
 */
import { unreachable } from '../lib/unreachable';
import type { EventStore } from './events';
import type { BlockReason, CancelCause, DiagnosticKind, InterventionKind, ObjKind, Outcome, RunEvent } from './vocabulary.gen';

export type GoState = 'running' | 'working' | 'runnable' | 'blocked' | 'done' | 'panicked';

export interface SelectCase {
  readonly index: number;
  readonly send: boolean;
  /** Channel id; 0 is a nil channel. */
  readonly obj: number;
}

export interface Goroutine {
  readonly id: number;
  readonly name: string;
  readonly parent: number;
  readonly createdSeq: number;
  state: GoState;
  /** Why it is blocked (`send`, `receive`, `select`, `lock`, `sleep`, …), else null. */
  reason: BlockReason | null;
  /** What it is blocked on (0: nothing, e.g. a sleep or a select). */
  obj: number;
  /** The source label it is at (0: none yet). */
  label: number;
  /** The processor it holds for CPU-bound work, or -1. */
  proc: number;
  /** Virtual time its CPU-bound work ends (meaningful while `working`). */
  workUntil: number;
  /** The item it is trying to send, or -1. */
  pendingItem: number;
  /** The last item it received, or -1. */
  holding: number;
  select: { hasDefault: boolean; cases: SelectCase[] } | null;
  panic: string | null;
  /** Objects whose wait queues hold this goroutine (-1: the processor queue). */
  queuedOn: number[];
}

export interface Item {
  readonly id: number;
  readonly value: string;
  readonly from: number;
  readonly chan: number;
}

export interface SyncObject {
  readonly id: number;
  /** `channel`, `mutex`, `rwmutex`, `waitgroup`, `context`, `timer`, … */
  readonly kind: ObjKind;
  readonly name: string;
  /** Capacity of a channel, size of a semaphore, period of a ticker. */
  readonly arg: number;
  readonly parent: number;
  readonly createdSeq: number;
  /** Channels: item id per ring slot, -1 when empty. */
  slots: number[];
  closed: boolean;
  sendq: number[];
  recvq: number[];
  /** Lock, wait group, semaphore, cond and once waiters. */
  waiters: number[];
  /** Goroutine holding a mutex (or the write side of an RWMutex); 0: none. */
  holder: number;
  readers: number[];
  /** Wait group counter, semaphore units held, atomic or variable value. */
  value: number;
  /** Context: the cancel cause once cancelled. */
  cancelled: CancelCause | null;
  /** Timer: the virtual time it fires at, or -1 when not armed. */
  firesAt: number;
  fired: number;
}

export interface WorldDiagnostic {
  readonly seq: number;
  readonly kind: DiagnosticKind;
  readonly g: number;
  readonly obj: number;
  readonly label: number;
  readonly message: string;
}

export interface World {
  /** Events folded so far: the state is the one right after event `applied - 1`. */
  applied: number;
  time: number;
  /** The goroutine the scheduler is executing (0: none). */
  current: number;
  goroutines: Map<number, Goroutine>;
  objects: Map<number, SyncObject>;
  /** Shared with every clone; see ItemTable. */
  items: ItemTable;
  labels: Map<number, string>;
  /** 1-based source line of a label, when the server sends it (label-define `line`). */
  labelLines: Map<number, number>;
  /** Goroutine on each processor (0: idle). */
  procs: number[];
  procQueue: number[];
  diagnostics: WorldDiagnostic[];
  interventions: Array<{ readonly seq: number; readonly kind: InterventionKind; readonly target: string; readonly outcome: string }>;
  logs: number;
  outcome: Outcome | null;
}

/**
 * The items sent in a run, by id: append-only, shared by a world and its clones. A table backed by
 * an EventStore keeps only the seq of each item's `chan-send` (4 bytes an item) and reads the rest
 * from that event when asked; a standalone table keeps the records.
 *
 * A world sees every item in its table, including ones sent after it when the table is shared
 * with a world further on. The ids a world holds (slots, pending sends, last received) and the
 * events up to it only name items sent before it, so this never shows; `before(n)` gives exactly
 * the items sent in the first n events.
 */
export class ItemTable {
  #seqs = new Int32Array(64).fill(-1);
  readonly #records: Map<number, Item & { readonly seq: number }> | null;
  readonly #store: EventStore | null;

  /** With a store, items are read back from their events; otherwise records are kept. */
  constructor(store: EventStore | null = null) {
    this.#store = store;
    this.#records = store === null ? new Map() : null;
  }

  define(id: number, seq: number, from: number, chan: number, value: string): void {
    if (this.#records !== null) {
      this.#records.set(id, { id, value, from, chan, seq });
      return;
    }
    if (!Number.isInteger(id) || id < 0 || id >= 2 ** 30) throw new RangeError(`item id ${id} is out of range`);
    if (id >= this.#seqs.length) {
      // Grow by a quarter: in a long run this table is one of the few things that grows.
      let capacity = this.#seqs.length;
      while (capacity <= id) capacity = Math.ceil(capacity * 1.25);
      const seqs = new Int32Array(capacity).fill(-1);
      seqs.set(this.#seqs);
      this.#seqs = seqs;
    }
    this.#seqs[id] = seq;
  }

  get(id: number): Item | undefined {
    if (this.#records !== null) return this.#records.get(id);
    const seq = this.#seqs[id] ?? -1;
    const sent = seq < 0 ? null : (this.#store?.runEvent(seq) ?? null);
    if (sent?.type !== 'chan-send') return undefined;
    return { id, value: sent.value, from: sent.g, chan: sent.obj };
  }

  /** The goroutine that sent the item, or -1 when it is unknown. */
  from(id: number): number {
    return this.get(id)?.from ?? -1;
  }

  /** The items sent in the first n events, by id. */
  before(n: number): Map<number, Item> {
    const out = new Map<number, Item>();
    if (this.#records !== null) {
      for (const [id, r] of this.#records) if (r.seq < n) out.set(id, { id, value: r.value, from: r.from, chan: r.chan });
      return out;
    }
    this.#seqs.forEach((seq, id) => {
      const item = seq >= 0 && seq < n ? this.get(id) : undefined;
      if (item !== undefined) out.set(id, item);
    });
    return out;
  }

  /** Forgets the items sent by events from `length` on (the run changed from there). */
  truncate(length: number): void {
    if (this.#records !== null) {
      for (const [id, r] of this.#records) if (r.seq >= length) this.#records.delete(id);
      return;
    }
    this.#seqs.forEach((seq, id) => {
      if (seq >= length) this.#seqs[id] = -1;
    });
  }
}

/** A world before any event. `items` is the table it (and its clones) will share. */
export function emptyWorld(gomaxprocs = 4, items: ItemTable = new ItemTable()): World {
  return {
    applied: 0,
    time: 0,
    current: 0,
    goroutines: new Map(),
    objects: new Map(),
    items,
    labels: new Map(),
    labelLines: new Map(),
    procs: new Array<number>(Math.max(1, gomaxprocs)).fill(0),
    procQueue: [],
    diagnostics: [],
    interventions: [],
    logs: 0,
    outcome: null,
  };
}

/**
 * A deep copy of the state, sharing what never changes: the item table (append-only), and the
 * label, diagnostic and intervention records.
 */
export function cloneWorld(world: World): World {
  const goroutines = new Map<number, Goroutine>();
  for (const [id, g] of world.goroutines) {
    goroutines.set(id, {
      ...g,
      select: g.select === null ? null : { hasDefault: g.select.hasDefault, cases: [...g.select.cases] },
      queuedOn: [...g.queuedOn],
    });
  }
  const objects = new Map<number, SyncObject>();
  for (const [id, o] of world.objects) {
    objects.set(id, {
      ...o,
      slots: [...o.slots],
      sendq: [...o.sendq],
      recvq: [...o.recvq],
      waiters: [...o.waiters],
      readers: [...o.readers],
    });
  }
  return {
    ...world,
    goroutines,
    objects,
    labels: new Map(world.labels),
    labelLines: new Map(world.labelLines),
    procs: [...world.procs],
    procQueue: [...world.procQueue],
    diagnostics: [...world.diagnostics],
    interventions: [...world.interventions],
  };
}

/**
 * The world as plain data for comparing two worlds: its items are the ones sent before it, since a
 * shared table may also hold later ones.
 */
export function comparableWorld(world: World): Omit<World, 'items'> & { items: Map<number, Item> } {
  return { ...world, items: world.items.before(world.applied) };
}

/** Applies event `seq` to the world (in place). An event of a type the page does not know (null) only advances time. */
export function foldEvent(world: World, seq: number, time: number, e: RunEvent | null): void {
  world.applied = seq + 1;
  world.time = time;
  if (e === null) return;
  const g = 'g' in e ? world.goroutines.get(e.g) : undefined;

  // Every operation carries the label of the line the goroutine is on.
  if (g !== undefined && e.type !== 'go-create' && 'label' in e && e.label !== 0) g.label = e.label;

  switch (e.type) {
    case 'label-define':
      world.labels.set(e.label, e.text);
      if (e.line > 0) world.labelLines.set(e.label, e.line);
      return;
    case 'go-create': {
      const parent = world.goroutines.get(e.parent);
      if (parent !== undefined && e.label !== 0) parent.label = e.label;
      world.goroutines.set(e.g, newGoroutine(e.g, e.name, e.parent, seq));
      return;
    }
    case 'obj-define':
      world.objects.set(e.obj, newObject(e.obj, e.kind, e.name, e.arg, e.parent, seq));
      return;
    case 'go-switch': {
      const previous = world.goroutines.get(world.current);
      if (previous !== undefined && previous.state === 'running') previous.state = 'runnable';
      world.current = e.g;
      if (g !== undefined && (g.state === 'runnable' || g.state === 'running')) g.state = 'running';
      return;
    }
    case 'go-block':
      if (g !== undefined) park(world, g, e.reason, e.obj);
      return;
    case 'go-unblock':
      if (g === undefined) return;
      unpark(world, g);
      g.state = 'runnable';
      return;
    case 'go-exit':
      if (g === undefined) return;
      unpark(world, g);
      g.state = 'done';
      g.pendingItem = -1;
      if (world.current === g.id) world.current = 0;
      return;
    case 'go-panic':
      if (g === undefined) return;
      g.state = 'panicked';
      g.panic = e.message;
      return;
    case 'go-recover':
      if (g === undefined) return;
      g.state = world.current === g.id ? 'running' : 'runnable';
      g.panic = null;
      return;
    case 'proc-acquire':
      if (g === undefined) return;
      unpark(world, g);
      while (world.procs.length <= e.proc) world.procs.push(0);
      world.procs[e.proc] = g.id;
      g.state = 'working';
      g.proc = e.proc;
      g.workUntil = time + e.duration;
      return;
    case 'proc-release':
      if (world.procs[e.proc] === e.g) world.procs[e.proc] = 0;
      if (g !== undefined) {
        g.proc = -1;
        if (g.state === 'working') g.state = 'runnable';
      }
      return;
    case 'chan-send':
      world.items.define(e.item, seq, e.g, e.obj, e.value);
      if (g !== undefined) g.pendingItem = e.item;
      return;
    case 'chan-buffer': {
      const ch = world.objects.get(e.obj);
      if (ch !== undefined) {
        while (ch.slots.length <= e.slot) ch.slots.push(-1);
        ch.slots[e.slot] = e.item;
      }
      clearPending(world, e.item);
      return;
    }
    case 'chan-handoff': {
      clearPending(world, e.item);
      const to = world.goroutines.get(e.to);
      if (to !== undefined) to.holding = e.item;
      return;
    }
    case 'chan-recv': {
      const ch = world.objects.get(e.obj);
      if (ch !== undefined) {
        const slot = ch.slots.indexOf(e.item);
        if (slot >= 0) ch.slots[slot] = -1;
      }
      if (g !== undefined) g.holding = e.item;
      return;
    }
    case 'chan-recv-closed':
      if (g !== undefined) g.holding = -1;
      return;
    case 'chan-close': {
      const ch = world.objects.get(e.obj);
      if (ch !== undefined) ch.closed = true;
      return;
    }
    case 'select-begin':
      if (g !== undefined) g.select = { hasDefault: e.hasDefault, cases: [] };
      return;
    case 'select-case':
      g?.select?.cases.push({ index: e.index, send: e.send, obj: e.obj });
      return;
    case 'select-chosen':
      if (g !== undefined) g.select = null;
      return;
    case 'lock-acquire': {
      const lock = world.objects.get(e.obj);
      if (lock === undefined) return;
      remove(lock.waiters, e.g);
      if (e.read) lock.readers.push(e.g);
      else lock.holder = e.g;
      return;
    }
    case 'lock-release': {
      const lock = world.objects.get(e.obj);
      if (lock === undefined) return;
      if (e.read) remove(lock.readers, e.g);
      else if (lock.holder === e.g) lock.holder = 0;
      return;
    }
    case 'wait-group-add':
      setValue(world, e.obj, e.counter);
      return;
    case 'semaphore-change':
      setValue(world, e.obj, e.held);
      return;
    case 'atomic-op':
      setValue(world, e.obj, e.value);
      return;
    case 'var-access':
      if (e.write) setValue(world, e.obj, e.value);
      return;
    case 'once-do':
      if (e.ran) setValue(world, e.obj, 1);
      return;
    case 'cond-notify':
      // The woken waiters each get their own go-unblock.
      return;
    case 'context-cancel': {
      const ctx = world.objects.get(e.obj);
      if (ctx !== undefined && ctx.cancelled === null) ctx.cancelled = e.cause;
      return;
    }
    case 'timer-set': {
      const timer = world.objects.get(e.obj);
      if (timer !== undefined) timer.firesAt = e.when;
      return;
    }
    case 'timer-fire': {
      const timer = world.objects.get(e.obj);
      if (timer !== undefined) {
        timer.firesAt = -1;
        timer.fired++;
      }
      return;
    }
    case 'timer-stop': {
      const timer = world.objects.get(e.obj);
      if (timer !== undefined) timer.firesAt = -1;
      return;
    }
    case 'log':
    case 'output': // a program's own write to stdout or stderr counts as a line it printed
      world.logs++;
      return;
    case 'intervention-applied':
      world.interventions.push({ seq, kind: e.kind, target: e.target, outcome: e.outcome });
      return;
    case 'diagnostic':
      world.diagnostics.push({ seq, kind: e.kind, g: e.g, obj: e.obj, label: e.label, message: e.message });
      return;
    case 'run-end':
      world.outcome = e.outcome;
      return;
    default:
      unreachable(e, 'event');
  }
}

function newGoroutine(id: number, name: string, parent: number, seq: number): Goroutine {
  return {
    id,
    name,
    parent,
    createdSeq: seq,
    state: 'runnable',
    reason: null,
    obj: 0,
    label: 0,
    proc: -1,
    workUntil: 0,
    pendingItem: -1,
    holding: -1,
    select: null,
    panic: null,
    queuedOn: [],
  };
}

function newObject(id: number, kind: ObjKind, name: string, arg: number, parent: number, seq: number): SyncObject {
  return {
    id,
    kind,
    name,
    arg,
    parent,
    createdSeq: seq,
    slots: kind === 'channel' ? new Array<number>(Math.min(arg, 4096)).fill(-1) : [],
    closed: false,
    sendq: [],
    recvq: [],
    waiters: [],
    holder: 0,
    readers: [],
    // A variable or atomic is defined with its initial value.
    value: kind === 'variable' || kind === 'atomic' ? arg : 0,
    cancelled: null,
    firesAt: -1,
    fired: 0,
  };
}

function park(world: World, g: Goroutine, reason: BlockReason, objId: number): void {
  unpark(world, g);
  g.state = 'blocked';
  g.reason = reason;
  g.obj = objId;
  if (world.current === g.id) world.current = 0;
  const enqueue = (id: number, queue: (o: SyncObject) => number[]) => {
    const o = world.objects.get(id);
    if (o === undefined) return;
    queue(o).push(g.id);
    g.queuedOn.push(id);
  };
  switch (reason) {
    case 'send':
      enqueue(objId, (o) => o.sendq);
      return;
    case 'receive':
      enqueue(objId, (o) => o.recvq);
      return;
    case 'select':
      for (const c of g.select?.cases ?? []) {
        if (c.obj !== 0) enqueue(c.obj, (o) => (c.send ? o.sendq : o.recvq));
      }
      return;
    case 'lock':
    case 'rlock':
    case 'waitgroup':
    case 'semaphore':
    case 'cond':
    case 'once':
      enqueue(objId, (o) => o.waiters);
      return;
    case 'processor':
      world.procQueue.push(g.id);
      g.queuedOn.push(-1);
      return;
    case 'sleep':
    case 'io':
      // Waiting for time to pass: in no queue.
      return;
    default:
      unreachable(reason, 'block reason');
  }
}

/** Takes the goroutine out of every wait queue it is in. */
function unpark(world: World, g: Goroutine): void {
  for (const id of g.queuedOn) {
    if (id === -1) {
      remove(world.procQueue, g.id);
      continue;
    }
    const o = world.objects.get(id);
    if (o === undefined) continue;
    remove(o.sendq, g.id);
    remove(o.recvq, g.id);
    remove(o.waiters, g.id);
  }
  g.queuedOn = [];
  g.reason = null;
  g.obj = 0;
}

function clearPending(world: World, item: number): void {
  const from = world.goroutines.get(world.items.from(item));
  if (from !== undefined && from.pendingItem === item) from.pendingItem = -1;
}

function setValue(world: World, id: number, value: number): void {
  const o = world.objects.get(id);
  if (o !== undefined) o.value = value;
}

function remove(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

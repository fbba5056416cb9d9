/**
 * Where things go on the stage, decided from the whole run so far (not the playhead), so tokens
 * stay put while the playhead moves. Data flows left to right: goroutines that only send start
 * on the left (rank 0), a channel sits one rank right of its first sender, a goroutine one rank
 * right of the first channel it receives from. Goroutines take even ranks, channels odd ones.
 */
import { unreachable } from '../lib/unreachable';
import type { EventStore } from '../model/events';
import type { DiagnosticKind, ObjKind, RunEvent } from '../model/vocabulary.gen';

export interface StageLayout {
  /** Rank (column) of each goroutine and channel id. */
  readonly goRank: ReadonlyMap<number, number>;
  readonly chanRank: ReadonlyMap<number, number>;
  /** Ids in creation order. */
  readonly goOrder: readonly number[];
  readonly chanOrder: readonly number[];
  readonly otherOrder: readonly number[];
  /** Each channel's capacity, and the channels and sync objects that belong to a timer or ticker. */
  readonly chanCap: ReadonlyMap<number, number>;
  readonly timerOwned: ReadonlySet<number>;
  /** By channel rank: how many goroutines receive from timer channels there (at most that many wait at once). */
  readonly timerReceivers: ReadonlyMap<number, number>;
  /** What the stage writes, so placement can give names their room: */
  readonly names: StageNames;
}

export interface StageNames {
  /** Goroutine and object names, and each object's kind. */
  readonly goroutine: ReadonlyMap<number, string>;
  readonly object: ReadonlyMap<number, string>;
  readonly kind: ReadonlyMap<number, ObjKind>;
  /** Goroutines that ever sent (a token may show the item it holds to send). */
  readonly sends: ReadonlySet<number>;
  /** The kinds of the findings about each goroutine (a token shows one as its flag). */
  readonly findings: ReadonlyMap<number, readonly DiagnosticKind[]>;
  /** Channels that were closed, and who ever sent to or received from each (its queues are among them). */
  readonly closed: ReadonlySet<number>;
  readonly senders: ReadonlyMap<number, readonly number[]>;
  readonly receivers: ReadonlyMap<number, readonly number[]>;
  /** Each goroutine's longest select, as the channel names of its cases (its status lists them). */
  readonly selects: ReadonlyMap<number, readonly string[]>;
  /** The panic messages goroutines died or recovered with (a panicked token's status shows one). */
  readonly panics: ReadonlyMap<number, string>;
  /** Who ever took or waited on each lock, wait group or other sync object (its detail names them). */
  readonly users: ReadonlyMap<number, readonly number[]>;
}

/** The layout of the first `upTo` events, in one go. */
export function computeLayout(store: EventStore, upTo = store.length): StageLayout {
  return new LayoutBuilder().update(store, upTo);
}

/**
 * Keeps a layout up to date as events arrive: `update` reads only the events it has not seen, and
 * returns the same StageLayout object until a goroutine, a channel or a send/receive relation is
 * new (so the stage can tell that nothing moved). A cleared or truncated store starts it over.
 */
export class LayoutBuilder {
  #generation = -1;
  #applied = 0;
  #changed = true;
  #layout: StageLayout | null = null;
  #sendsTo = new Map<number, Set<number>>();
  #receivers = new Map<number, Set<number>>();
  #receivesFrom = new Map<number, Set<number>>();
  #goOrder: number[] = [];
  #chanOrder: number[] = [];
  #otherOrder: number[] = [];
  #chanCap = new Map<number, number>();
  #timerOwned = new Set<number>();
  #goNames = new Map<number, string>();
  #objNames = new Map<number, string>();
  #kinds = new Map<number, ObjKind>();
  #closed = new Set<number>();
  #findings = new Map<number, Set<DiagnosticKind>>();
  #users = new Map<number, Set<number>>();
  #selecting = new Map<number, string[]>();
  #selects = new Map<number, string[]>();
  #panics = new Map<number, string>();

  update(store: EventStore, upTo = store.length): StageLayout {
    if (store.generation !== this.#generation || upTo < this.#applied) this.#reset(store.generation);
    for (let seq = this.#applied; seq < upTo; seq++) this.#read(store.runEvent(seq));
    this.#applied = Math.max(this.#applied, upTo);
    if (this.#changed || this.#layout === null) {
      this.#changed = false;
      this.#layout = this.#rank();
    }
    return this.#layout;
  }

  #reset(generation: number): void {
    this.#generation = generation;
    this.#applied = 0;
    this.#changed = true;
    this.#sendsTo = new Map();
    this.#receivers = new Map();
    this.#receivesFrom = new Map();
    this.#goOrder = [];
    this.#chanOrder = [];
    this.#otherOrder = [];
    this.#chanCap = new Map();
    this.#timerOwned = new Set();
    this.#goNames = new Map();
    this.#objNames = new Map();
    this.#kinds = new Map();
    this.#closed = new Set();
    this.#findings = new Map();
    this.#users = new Map();
    this.#selecting = new Map();
    this.#selects = new Map();
    this.#panics = new Map();
  }

  #add<T>(map: Map<number, Set<T>>, key: number, value: T): void {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set()));
    if (set.has(value)) return;
    set.add(value);
    this.#changed = true;
  }

  #send(g: number, ch: number): void {
    if (g === 0 || ch === 0) return;
    this.#add(this.#sendsTo, g, ch);
  }

  #recv(g: number, ch: number): void {
    if (g === 0 || ch === 0) return;
    this.#add(this.#receivesFrom, g, ch);
    this.#add(this.#receivers, ch, g);
  }

  #read(e: RunEvent | null): void {
    if (e === null) return;
    switch (e.type) {
      case 'go-create':
        this.#goOrder.push(e.g);
        this.#goNames.set(e.g, e.name);
        this.#changed = true;
        break;
      case 'obj-define':
        this.#objNames.set(e.obj, e.name);
        this.#kinds.set(e.obj, e.kind);
        if (e.kind === 'channel') {
          this.#chanOrder.push(e.obj);
          this.#chanCap.set(e.obj, e.arg);
        } else this.#otherOrder.push(e.obj);
        if (e.kind === 'timer' || e.kind === 'ticker' || this.#timerOwned.has(e.parent)) this.#timerOwned.add(e.obj);
        this.#changed = true;
        break;
      case 'chan-send':
        this.#send(e.g, e.obj);
        break;
      case 'chan-recv':
      case 'chan-recv-closed':
        this.#recv(e.g, e.obj);
        break;
      case 'chan-handoff':
        this.#recv(e.to, e.obj);
        break;
      case 'select-begin':
        this.#selecting.set(e.g, []);
        break;
      case 'select-case': {
        if (e.send) this.#send(e.g, e.obj);
        else this.#recv(e.g, e.obj);
        const cases = this.#selecting.get(e.g);
        if (cases === undefined) break;
        cases.push(e.obj === 0 ? 'nil' : (this.#objNames.get(e.obj) ?? '?'));
        const longest = this.#selects.get(e.g);
        if (longest === undefined || cases.join(', ').length > longest.join(', ').length) {
          this.#selects.set(e.g, [...cases]);
          this.#changed = true;
        }
        break;
      }
      case 'chan-close':
        if (!this.#closed.has(e.obj)) {
          this.#closed.add(e.obj);
          this.#changed = true;
        }
        break;
      case 'go-block':
      case 'lock-acquire':
        if (e.obj !== 0 && this.#kinds.get(e.obj) !== 'channel') this.#add(this.#users, e.obj, e.g);
        break;
      case 'go-panic':
        if (e.message.length > (this.#panics.get(e.g) ?? '').length) {
          this.#panics.set(e.g, e.message);
          this.#changed = true;
        }
        break;
      case 'diagnostic':
        if (e.g !== 0) this.#add(this.#findings, e.g, e.kind);
        break;
      case 'label-define':
      case 'go-switch':
      case 'go-unblock':
      case 'go-exit':
      case 'go-recover':
      case 'proc-acquire':
      case 'proc-release':
      case 'chan-buffer':
      case 'select-chosen':
      case 'lock-release':
      case 'wait-group-add':
      case 'once-do':
      case 'cond-notify':
      case 'semaphore-change':
      case 'atomic-op':
      case 'var-access':
      case 'context-cancel':
      case 'timer-set':
      case 'timer-fire':
      case 'timer-stop':
      case 'log':
      case 'output':
      case 'intervention-applied':
      case 'run-end':
        break; // changes no place, name or relation
      default:
        unreachable(e, 'event');
    }
  }

  #rank(): StageLayout {
    const sendsTo = this.#sendsTo;
    const receivers = this.#receivers;
    const receivesFrom = this.#receivesFrom;
    const goOrder = [...this.#goOrder];
    const chanOrder = [...this.#chanOrder];
    const otherOrder = [...this.#otherOrder];
    const goRank = new Map<number, number>();
    const chanRank = new Map<number, number>();
    const queue: number[] = [];
    const visit = (g: number) => {
      queue.push(g);
      for (let head = 0; head < queue.length; head++) {
        const from = queue[head] ?? 0;
        const rank = goRank.get(from) ?? 0;
        for (const ch of sendsTo.get(from) ?? []) {
          if (chanRank.has(ch)) continue;
          chanRank.set(ch, rank + 1);
          for (const r of receivers.get(ch) ?? []) {
            if (goRank.has(r)) continue;
            goRank.set(r, rank + 2);
            queue.push(r);
          }
        }
      }
      queue.length = 0;
    };
    const pureProducers = goOrder.filter((g) => sendsTo.has(g) && !receivesFrom.has(g));
    const roots = pureProducers.length > 0 ? pureProducers : goOrder.slice(0, 1);
    for (const g of roots) goRank.set(g, 0);
    for (const g of roots) visit(g);
    // Whatever the first pass missed: more senders, then receivers of runtime-fed channels (timers).
    for (const g of goOrder) {
      if (goRank.has(g) || !sendsTo.has(g)) continue;
      const fed = [...(receivesFrom.get(g) ?? [])].map((c) => chanRank.get(c)).filter((r) => r !== undefined);
      goRank.set(g, fed.length > 0 ? Math.min(...fed) + 1 : 0);
      visit(g);
    }
    for (const ch of chanOrder) if (!chanRank.has(ch)) chanRank.set(ch, 1);
    for (const g of goOrder) {
      if (goRank.has(g)) continue;
      const fed = [...(receivesFrom.get(g) ?? [])].map((c) => chanRank.get(c) ?? 1);
      goRank.set(g, fed.length > 0 ? Math.min(...fed) + 1 : 0);
    }
    const timerWaiters = new Map<number, Set<number>>();
    for (const ch of chanOrder) {
      if (!this.#timerOwned.has(ch)) continue;
      const rank = chanRank.get(ch) ?? 1;
      let set = timerWaiters.get(rank);
      if (set === undefined) timerWaiters.set(rank, (set = new Set()));
      for (const g of receivers.get(ch) ?? []) set.add(g);
    }
    const timerReceivers = new Map([...timerWaiters].map(([rank, set]) => [rank, set.size]));
    const senders = new Map<number, number[]>();
    for (const [g, chans] of sendsTo) for (const ch of chans) senders.set(ch, [...(senders.get(ch) ?? []), g]);
    const names: StageNames = {
      goroutine: new Map(this.#goNames),
      object: new Map(this.#objNames),
      kind: new Map(this.#kinds),
      sends: new Set(sendsTo.keys()),
      findings: new Map([...this.#findings].map(([g, kinds]) => [g, [...kinds]])),
      closed: new Set(this.#closed),
      senders,
      receivers: new Map([...receivers].map(([ch, gs]) => [ch, [...gs]])),
      selects: new Map([...this.#selects].map(([g, cases]) => [g, [...cases]])),
      panics: new Map(this.#panics),
      users: new Map([...this.#users].map(([o, gs]) => [o, [...gs]])),
    };
    return { goRank, chanRank, goOrder, chanOrder, otherOrder, chanCap: new Map(this.#chanCap), timerOwned: new Set(this.#timerOwned), timerReceivers, names };
  }
}

/**
 * Where things go on the stage, decided from the whole run so far (not the playhead), so tokens
 * stay put while the playhead moves. Data flows left to right: goroutines that only send start
 * on the left (rank 0), a channel sits one rank right of its first sender, a goroutine one rank
 * right of the first channel it receives from. Goroutines take even ranks, channels odd ones.
 */
import type { EventStore } from '../model/events';
import { Fields, type FoldPlan } from '../model/world';

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
  readonly kind: ReadonlyMap<number, string>;
  /** Goroutines that ever sent (a token may show the item it holds to send). */
  readonly sends: ReadonlySet<number>;
  /** The kinds of the findings about each goroutine (a token shows one as its flag). */
  readonly findings: ReadonlyMap<number, readonly string[]>;
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
export function computeLayout(store: EventStore, plan: FoldPlan, upTo = store.length): StageLayout {
  return new LayoutBuilder(plan).update(store, upTo);
}

/**
 * Keeps a layout up to date as events arrive: `update` reads only the events it has not seen, and
 * returns the same StageLayout object until a goroutine, a channel or a send/receive relation is
 * new (so the stage can tell that nothing moved). A cleared or truncated store starts it over.
 */
export class LayoutBuilder {
  readonly #plan: FoldPlan;
  readonly #f = new Fields();
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
  #kinds = new Map<number, string>();
  #closed = new Set<number>();
  #findings = new Map<number, Set<string>>();
  #users = new Map<number, Set<number>>();
  #selecting = new Map<number, string[]>();
  #selects = new Map<number, string[]>();
  #panics = new Map<number, string>();

  constructor(plan: FoldPlan) {
    this.#plan = plan;
  }

  update(store: EventStore, upTo = store.length): StageLayout {
    if (store.generation !== this.#generation || upTo < this.#applied) this.#reset(store.generation);
    for (let seq = this.#applied; seq < upTo; seq++) this.#read(store, seq);
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

  #read(store: EventStore, seq: number): void {
    const f = this.#f;
    if (!f.read(this.#plan, store.code(seq), store.fields(seq))) return;
    switch (f.name) {
      case 'go-create':
        this.#goOrder.push(f.num('g'));
        this.#goNames.set(f.num('g'), f.str('name'));
        this.#changed = true;
        break;
      case 'obj-define': {
        const id = f.num('obj');
        const kind = f.str('kind');
        this.#objNames.set(id, f.str('name'));
        this.#kinds.set(id, kind);
        if (kind === 'channel') {
          this.#chanOrder.push(id);
          this.#chanCap.set(id, f.num('arg'));
        } else this.#otherOrder.push(id);
        if (kind === 'timer' || kind === 'ticker' || this.#timerOwned.has(f.num('parent'))) this.#timerOwned.add(id);
        this.#changed = true;
        break;
      }
      case 'chan-send':
        this.#send(f.num('g'), f.num('obj'));
        break;
      case 'chan-recv':
      case 'chan-recv-closed':
        this.#recv(f.num('g'), f.num('obj'));
        break;
      case 'chan-handoff':
        this.#recv(f.num('to'), f.num('obj'));
        break;
      case 'select-begin':
        this.#selecting.set(f.num('g'), []);
        break;
      case 'select-case': {
        if (f.str('send') === 'true') this.#send(f.num('g'), f.num('obj'));
        else this.#recv(f.num('g'), f.num('obj'));
        const cases = this.#selecting.get(f.num('g'));
        if (cases === undefined) break;
        cases.push(f.num('obj') === 0 ? 'nil' : (this.#objNames.get(f.num('obj')) ?? '?'));
        const longest = this.#selects.get(f.num('g'));
        if (longest === undefined || cases.join(', ').length > longest.join(', ').length) {
          this.#selects.set(f.num('g'), [...cases]);
          this.#changed = true;
        }
        break;
      }
      case 'chan-close':
        if (!this.#closed.has(f.num('obj'))) {
          this.#closed.add(f.num('obj'));
          this.#changed = true;
        }
        break;
      case 'go-block':
      case 'lock-acquire':
        if (f.num('obj') !== 0 && this.#kinds.get(f.num('obj')) !== 'channel') this.#add(this.#users, f.num('obj'), f.num('g'));
        break;
      case 'go-panic':
        if (f.str('message').length > (this.#panics.get(f.num('g')) ?? '').length) {
          this.#panics.set(f.num('g'), f.str('message'));
          this.#changed = true;
        }
        break;
      case 'diagnostic':
        if (f.num('g') !== 0) this.#add(this.#findings, f.num('g'), f.str('kind'));
        break;
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

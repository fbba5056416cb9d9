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
}

export function computeLayout(store: EventStore, plan: FoldPlan, upTo = store.length): StageLayout {
  const f = new Fields();
  const sendsTo = new Map<number, Set<number>>();
  const receivers = new Map<number, Set<number>>();
  const receivesFrom = new Map<number, Set<number>>();
  const senders = new Map<number, Set<number>>();
  const goOrder: number[] = [];
  const chanOrder: number[] = [];
  const otherOrder: number[] = [];
  const add = (map: Map<number, Set<number>>, key: number, value: number) => {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set()));
    set.add(value);
  };
  const send = (g: number, ch: number) => {
    if (g === 0 || ch === 0) return;
    add(sendsTo, g, ch);
    add(senders, ch, g);
  };
  const recv = (g: number, ch: number) => {
    if (g === 0 || ch === 0) return;
    add(receivesFrom, g, ch);
    add(receivers, ch, g);
  };
  for (let seq = 0; seq < upTo; seq++) {
    if (!f.read(plan, store.code(seq), store.fields(seq))) continue;
    switch (f.name) {
      case 'go-create':
        goOrder.push(f.num('g'));
        break;
      case 'obj-define':
        (f.str('kind') === 'channel' ? chanOrder : otherOrder).push(f.num('obj'));
        break;
      case 'chan-send':
        send(f.num('g'), f.num('obj'));
        break;
      case 'chan-recv':
      case 'chan-recv-closed':
        recv(f.num('g'), f.num('obj'));
        break;
      case 'chan-handoff':
        recv(f.num('to'), f.num('obj'));
        break;
      case 'select-case':
        if (f.str('send') === 'true') send(f.num('g'), f.num('obj'));
        else recv(f.num('g'), f.num('obj'));
        break;
    }
  }

  const goRank = new Map<number, number>();
  const chanRank = new Map<number, number>();
  const queue: number[] = [];
  const visit = (g: number) => {
    queue.push(g);
    while (queue.length > 0) {
      const from = queue.shift() ?? 0;
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
  return { goRank, chanRank, goOrder, chanOrder, otherOrder };
}

package dev.chanscope.engine;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A goroutine waiting in a channel's send or receive queue (the runtime's {@code sudog}). A select
 * enqueues one waiter per case; when one of them is matched, the others are removed at once.
 */
final class Waiter {

  final Goroutine g;
  final Select select;
  final int caseIndex;
  final int label;

  /** Sender: the value offered. Receiver: the value received. */
  Object value;

  /** Sender: the item's identity. Receiver: the identity of the item received. */
  long item;

  /** Whether the sender has already emitted its ChanSend (plain sends do so before parking). */
  boolean announced;

  /** True when the operation completed with a value; false when the channel was closed on it. */
  boolean success;

  Waiter(Goroutine g, Select select, int caseIndex, int label) {
    this.g = g;
    this.select = select;
    this.caseIndex = caseIndex;
    this.label = label;
  }

  /** A FIFO of waiters, like the runtime's waitq. */
  static final class Queue implements Iterable<Waiter> {
    private final ArrayDeque<Waiter> q = new ArrayDeque<>();

    void add(Waiter w) {
      q.addLast(w);
    }

    Waiter poll() {
      return q.pollFirst();
    }

    boolean isEmpty() {
      return q.isEmpty();
    }

    int size() {
      return q.size();
    }

    void remove(Waiter w) {
      q.removeFirstOccurrence(w);
    }

    @Override
    public Iterator<Waiter> iterator() {
      return q.iterator();
    }
  }
}

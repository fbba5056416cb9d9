package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import java.util.ArrayList;
import java.util.List;

/**
 * A Go {@code select}, mirroring runtime/select.go: poll the cases in the random order the run's
 * {@link Scheduler} gives and take the first ready one; otherwise take the default case if there is one;
 * otherwise enqueue on every channel, park, and when one case fires dequeue from all the others.
 *
 * <pre>{@code
 * Select sel = go.select();
 * var job = sel.recv(jobs, "case j, ok := <-jobs:");
 * var done = sel.recv(ctx.done(), "case <-ctx.Done():");
 * var fired = sel.run("select {");
 * if (fired == done) return;
 * }</pre>
 *
 * A Select may be built once and run many times (a select inside a for loop).
 */
public final class Select {

    /** One case; after {@link #run}, a receive case holds the value received and ok. */
    public static final class Case<T> {
        final Chan<T> chan;
        final boolean send;
        final T offered;
        final int label;
        final int index;
        T value;
        boolean ok;

        private Case(Chan<T> chan, boolean send, T offered, int label, int index) {
            this.chan = chan;
            this.send = send;
            this.offered = offered;
            this.label = label;
            this.index = index;
        }

        public T value() {
            return value;
        }

        public boolean ok() {
            return ok;
        }

        public int index() {
            return index;
        }
    }

    /** What {@link #run} returns when the default case was taken. */
    public static final Case<Void> DEFAULT = new Case<>(null, false, null, 0, -1);

    private final Sim sim;
    private final List<Case<?>> cases = new ArrayList<>(4);
    private boolean hasDefault;
    private Waiter firedWaiter;
    private List<Waiter> enqueued;

    Select(Sim sim) {
        this.sim = sim;
    }

    public <T> Case<T> recv(RecvChan<T> ch, String label) {
        return add(new Case<>((Chan<T>) ch, false, null, sim.label(label), cases.size()));
    }

    public <T> Case<T> send(SendChan<T> ch, T value, String label) {
        return add(new Case<>((Chan<T>) ch, true, value, sim.label(label), cases.size()));
    }

    /** Adds a default case: {@link #run} then never blocks. */
    public Select withDefault() {
        hasDefault = true;
        return this;
    }

    private <T> Case<T> add(Case<T> c) {
        cases.add(c);
        return c;
    }

    /** Runs the select once and returns the case taken ({@link #DEFAULT} for the default case). */
    public Case<?> run(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        int n = cases.size();
        firedWaiter = null;
        enqueued = null;
        sim.events().selectBegin(g.id, n, hasDefault, l);
        for (Case<?> c : cases) {
            sim.events().selectCase(g.id, c.index, c.send, c.chan.id, c.label);
        }
        for (int i : sim.scheduler().pollOrder(n)) {
            Case<?> c = cases.get(i);
            if (c.send ? c.chan.canSend() : c.chan.canRecv()) {
                sim.events().selectChosen(g.id, i);
                complete(g, c);
                return c;
            }
        }
        if (hasDefault) {
            sim.events().selectChosen(g.id, -1);
            return DEFAULT;
        }
        enqueued = new ArrayList<>(n);
        for (Case<?> c : cases) {
            if (c.chan.isNil()) {
                continue;
            }
            Waiter w = new Waiter(g, this, c.index, c.label);
            if (c.send) {
                w.value = c.offered;
                w.item = sim.nextItemId();
                c.chan.sendq.add(w);
            } else {
                c.chan.recvq.add(w);
            }
            enqueued.add(w);
        }
        sim.turns().park(BlockReason.SELECT, null, l, () -> fired(null));
        Waiter w = firedWaiter;
        Case<?> c = cases.get(w.caseIndex);
        sim.events().selectChosen(g.id, c.index);
        if (c.send && !w.success) {
            throw sim.panic("send on closed channel", c.label);
        }
        if (!c.send) {
            receive(c, w.success ? w.value : c.chan.recvZero(), w.success);
        }
        return c;
    }

    /** Called by the channel that matched one of this select's waiters: leave every other queue. */
    void fired(Waiter w) {
        firedWaiter = w;
        for (Waiter other : enqueued) {
            if (other != w) {
                Chan<?> ch = cases.get(other.caseIndex).chan;
                (cases.get(other.caseIndex).send ? ch.sendq : ch.recvq).remove(other);
            }
        }
    }

    private void complete(Goroutine g, Case<?> c) {
        if (c.send) {
            if (c.chan.isClosed()) {
                throw sim.panic("send on closed channel", c.label);
            }
            long item = sim.nextItemId();
            sim.events().chanSend(g.id, c.chan.id, item, c.offered, c.label);
            c.chan.trySend(g, c.offered, item);
        } else {
            Waiter w = g.plainWaiter(c.label);
            c.chan.tryRecv(g, c.label, w); // the case was chosen because it is ready
            receive(c, w.value, w.success);
            w.value = null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void receive(Case<T> c, Object value, boolean ok) {
        c.value = (T) value;
        c.ok = ok;
    }
}

package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's detectors: races and lock problems (delegated), plus the two that look at the whole program
 * when it stops — leaks when main returns, global deadlock when nothing can ever run again.
 */
final class Detectors {

    private final Sim sim;
    private final RaceDetector races;
    private final LockDetector locks;

    Detectors(Sim sim, boolean raceDetection) {
        this.sim = sim;
        this.races = new RaceDetector(sim, raceDetection);
        this.locks = new LockDetector(sim);
    }

    void spawned(Goroutine parent, Goroutine child) {
        races.spawned(parent, child);
    }

    void release(Goroutine g, SyncObject obj) {
        races.release(g, obj.hb);
    }

    void acquire(Goroutine g, SyncObject obj) {
        races.acquire(g, obj.hb);
    }

    void release(Goroutine g, ClockCell cell) {
        races.release(g, cell);
    }

    void acquire(Goroutine g, ClockCell cell) {
        races.acquire(g, cell);
    }

    void handoff(Goroutine from, Goroutine to) {
        races.handoff(from, to);
    }

    /** The program has a location to watch: clocks are kept from now on (see {@link RaceDetector}). */
    void activateRaces() {
        races.activate();
    }

    /**
     * A read or write of a watched location, checked against the earlier ones (race detection is
     * turned on first): 0 when ordered after them, 2 when it races with a write, 1 when (a write) it
     * races only with reads. {@code obj} is the location's object id, 0 when it has none.
     */
    int access(Goroutine g, RaceCell cell, boolean write, int obj, int label) {
        races.activate();
        if (write) {
            return races.write(g, cell, obj, label);
        }
        return races.read(g, cell, obj, label) ? 2 : 0;
    }

    void lockRequested(Goroutine g, LockDetector.Lock lock, int label) {
        locks.requested(g, lock, label);
    }

    void lockAcquired(Goroutine g, LockDetector.Lock lock) {
        locks.acquired(g, lock);
    }

    void lockReleased(Goroutine g, SyncObject lock) {
        locks.released(g, lock);
    }

    void lockBlocked(Goroutine g, LockDetector.Lock lock) {
        locks.blocked(g, lock);
    }

    /** main returned: goroutines still parked on a synchronisation object would leak. */
    void mainReturned(List<Goroutine> all) {
        for (int i = 1; i < all.size(); i++) {
            Goroutine g = all.get(i);
            if (g.isBlockedOnSync()) {
                String where = sim.labelText(g.blockLabel);
                sim.report(
                        DiagnosticKind.LEAK,
                        "goroutine leak: " + g.describe() + " was still blocked on " + blocking(g)
                                + (where == null ? "" : " at `" + where + "`")
                                + " when main returned; in a long-running program it would never finish",
                        List.of(g.id),
                        g.blockedOn == null ? List.of() : List.of(g.blockedOn.id),
                        where == null ? List.of() : List.of(where));
            }
        }
    }

    /** Nothing is runnable and no timer is pending: Go's "all goroutines are asleep". */
    void allAsleep(Goroutine main) {
        List<Integer> gs = new ArrayList<>();
        List<Integer> objs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        StringBuilder m = new StringBuilder("fatal error: all goroutines are asleep - deadlock!");
        List<Goroutine> all = sim.registry().goroutines();
        for (int i = 1; i < all.size(); i++) {
            Goroutine g = all.get(i);
            if (g.state != Goroutine.State.BLOCKED) {
                continue;
            }
            gs.add(g.id);
            if (g.blockedOn != null && !objs.contains(g.blockedOn.id)) {
                objs.add(g.blockedOn.id);
            }
            String where = sim.labelText(g.blockLabel);
            if (where != null) {
                labels.add(where);
            }
            m.append(gs.size() == 1 ? " " : "; ")
                    .append(g.describe())
                    .append(" is blocked on ")
                    .append(blocking(g));
            if (where != null) {
                m.append(" at `").append(where).append('`');
            }
        }
        if (main != null && gs.remove(Integer.valueOf(main.id))) {
            gs.addFirst(main.id);
        }
        sim.report(DiagnosticKind.DEADLOCK, m.toString(), gs, objs, labels);
    }

    /** "send to channel results", "lock of mutex a", "select", … */
    static String blocking(Goroutine g) {
        String on = g.blockedOn == null ? null : g.blockedOn.name;
        return switch (g.blockReason) {
            case SEND -> on == null ? "send to a nil channel" : "send to channel " + on;
            case RECEIVE -> on == null ? "receive from a nil channel" : "receive from channel " + on;
            case SELECT -> "select";
            case LOCK -> "Lock of " + on;
            case RLOCK -> "RLock of " + on;
            case WAITGROUP -> "Wait of WaitGroup " + on;
            case COND -> "Wait of Cond " + on;
            case SEMAPHORE -> "Acquire of semaphore " + on;
            case ONCE -> "Once " + on;
            case SLEEP -> "sleep";
            case IO -> "I/O";
            case PROCESSOR -> "a processor";
            case null -> "nothing";
        };
    }
}

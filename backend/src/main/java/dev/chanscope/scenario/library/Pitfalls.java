package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import java.util.List;

/** Bugs and their fixes (each has a fix parameter). */
final class Pitfalls {

    private Pitfalls() {}

    /**
     * From the bug people meet first to the subtler ones: a data race; a receive nobody answers (the
     * runtime catches it) and sends nobody receives (nothing catches them); misuse of close; two locks
     * taken in opposite orders; goroutines busy without progress; a queue with no backpressure; and a
     * panic that escapes its goroutine.
     */
    static List<Scenario> all() {
        return List.of(
                new SharedCounter(),
                new GlobalDeadlock(),
                new GoroutineLeak(),
                new ClosedChannel(),
                new LockOrderDeadlock(),
                new Livelock(),
                new UnboundedQueue(),
                new PanicRecover());
    }
}

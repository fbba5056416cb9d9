package dev.chanscope.engine;

import static dev.chanscope.engine.Durations.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sync.Mutex, RWMutex, WaitGroup, Once, Cond, x/sync/semaphore and sync/atomic behave as in Go. */
class SyncPrimitivesTest {

    private static final int SEEDS = 200;

    static int obj(Runs.Trace t, String name) {
        return t.all(Event.ObjDefine.class).stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow()
                .obj();
    }

    static String gname(Runs.Trace t, int g) {
        return t.all(Event.GoCreate.class).stream()
                .filter(c -> c.g() == g)
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** Goroutine ids in the order they blocked on {@code obj} for {@code reason}. */
    static List<Integer> blockOrder(Runs.Trace t, int obj, BlockReason reason) {
        return t.all(Event.GoBlock.class).stream()
                .filter(b -> b.obj() == obj && b.reason() == reason)
                .map(Event.GoBlock::g)
                .toList();
    }

    // ---- Mutex -------------------------------------------------------------------------------------

    private static Program increments(boolean locked) {
        return go -> {
            Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
            SharedVar x = go.newVar("x", 0, "var x int");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int i = 0; i < 5; i++) {
                wg.add(1, "wg.Add(1)");
                go.go("inc-" + i, "go inc()", () -> {
                    for (int k = 0; k < 10; k++) {
                        if (locked) mu.lock("mu.Lock()");
                        long v = x.get("v := x");
                        x.set(v + 1, "x = v + 1");
                        if (locked) mu.unlock("mu.Unlock()");
                    }
                    wg.done("wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            go.log("x=" + x.get("fmt.Println(x)"), "fmt.Println(x)");
        };
    }

    @Test
    void mutexMakesReadModifyWriteAtomicSoNoUpdateIsLostAndNoRaceIsReported() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(increments(true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.logs()).as(t.why()).containsExactly("x=50");
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void withoutTheMutexTheSameIncrementsRaceAndSomeScheduleLosesUpdates() {
        boolean lost = false;
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(increments(false), seed);
            assertThat(t.findings(DiagnosticKind.RACE)).as(t.why()).isNotEmpty();
            lost |= !t.logs().equals(List.of("x=50"));
        }
        assertThat(lost).as("some seed loses an update").isTrue();
    }

    @Test
    void unlockOfUnlockedMutexIsFatalAndCannotBeRecovered() {
        var t = Runs.run(
                go -> {
                    Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                    try {
                        mu.unlock("mu.Unlock()");
                    } catch (GoPanic p) {
                        go.recovered(p, "recover()");
                        go.log("recovered", "fmt.Println");
                    }
                    go.log("after", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC))
                .as(t.why())
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("fatal error: sync: unlock of unlocked mutex")
                        .contains("main (goroutine 1)"));
        assertThat(t.logs()).as(t.why()).isEmpty();
        assertThat(t.all(Event.GoRecover.class)).as(t.why()).isEmpty();
    }

    @Test
    void aMutexMayBeUnlockedByAnotherGoroutine() {
        var t = Runs.run(
                go -> {
                    Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                    mu.lock("mu.Lock()");
                    go.go("unlocker", "go", () -> {
                        go.sleep(ms(3), "time.Sleep(3ms)");
                        mu.unlock("mu.Unlock()");
                    });
                    mu.lock("mu.Lock()");
                    go.log("relocked at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).as(t.why()).containsExactly("relocked at " + ms(3));
    }

    @Test
    void lockingAMutexYouAlreadyHoldDeadlocks() {
        var t = Runs.run(
                go -> {
                    Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                    mu.lock("mu.Lock()");
                    mu.lock("mu.Lock() // sync.Mutex is not reentrant");
                    go.log("unreachable", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        assertThat(t.findings(DiagnosticKind.DEADLOCK))
                .as(t.why())
                .anySatisfy(f -> assertThat(f.message()).contains("all goroutines are asleep"));
        assertThat(t.logs()).as(t.why()).isEmpty();
    }

    @Test
    void blockedLockersAcquireTheMutexInTheOrderTheyQueued() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                        mu.lock("mu.Lock()");
                        for (int i = 0; i < 5; i++) {
                            go.go("w" + i, "go w()", () -> {
                                mu.lock("mu.Lock()");
                                go.log("got at " + go.now(), "fmt.Println");
                                mu.unlock("mu.Unlock()");
                            });
                        }
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        mu.unlock("mu.Unlock()");
                        go.sleep(ms(1), "time.Sleep(1ms)");
                    },
                    seed);
            int mu = obj(t, "mu");
            List<Integer> acquired = t.all(Event.LockAcquire.class).stream()
                    .filter(a -> a.obj() == mu && a.g() != 1)
                    .map(Event.LockAcquire::g)
                    .toList();
            assertThat(blockOrder(t, mu, BlockReason.LOCK))
                    .as(t.why())
                    .hasSize(5)
                    .isEqualTo(acquired);
            assertThat(t.logs()).as(t.why()).containsOnly("got at " + ms(1)).hasSize(5);
        }
    }

    @Test
    void tryLockFailsWithoutBlockingWhileHeldAndSucceedsOnceFree() {
        var t = Runs.run(
                go -> {
                    Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                    mu.lock("mu.Lock()");
                    go.go("trier", "go trier()", () -> {
                        go.log("first " + mu.tryLock("mu.TryLock()"), "fmt.Println");
                        go.sleep(ms(2), "time.Sleep(2ms)");
                        go.log("second " + mu.tryLock("mu.TryLock()"), "fmt.Println");
                    });
                    go.sleep(ms(1), "time.Sleep(1ms)");
                    mu.unlock("mu.Unlock()");
                    go.sleep(ms(5), "time.Sleep(5ms)");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("first false", "second true");
        assertThat(blockOrder(t, obj(t, "mu"), BlockReason.LOCK)).as(t.why()).isEmpty();
    }

    // ---- RWMutex -----------------------------------------------------------------------------------

    @Test
    void readersHoldAnRWMutexTogether() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        RWMutex rw = go.newRWMutex("rw", "var rw sync.RWMutex");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        wg.add(2, "wg.Add(2)");
                        for (int i = 0; i < 2; i++) {
                            go.go("reader" + i, "go reader()", () -> {
                                rw.rlock("rw.RLock()");
                                go.sleep(ms(1), "time.Sleep(1ms)");
                                rw.runlock("rw.RUnlock()");
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                    },
                    seed);
            List<Event> lockEvents = t.events().stream()
                    .filter(e -> e instanceof Event.LockAcquire || e instanceof Event.LockRelease)
                    .toList();
            assertThat(lockEvents.subList(0, 2))
                    .as(t.why())
                    .allMatch(e -> e instanceof Event.LockAcquire a && a.read());
            assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(1));
        }
    }

    @Test
    void aWriterExcludesReadersAndOtherWriters() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        RWMutex rw = go.newRWMutex("rw", "var rw sync.RWMutex");
                        SharedVar x = go.newVar("x", 0, "var x int");
                        for (int i = 0; i < 5; i++) {
                            boolean writer = i < 2;
                            go.go((writer ? "writer" : "reader") + i, "go", () -> {
                                for (int k = 0; k < 3; k++) {
                                    if (writer) rw.lock("rw.Lock()");
                                    else rw.rlock("rw.RLock()");
                                    if (writer) x.set(x.get("v := x") + 1, "x = v + 1");
                                    else x.get("_ = x");
                                    go.sleep(go.jitter(ms(1), 50), "time.Sleep(d)");
                                    if (writer) rw.unlock("rw.Unlock()");
                                    else rw.runlock("rw.RUnlock()");
                                }
                            });
                        }
                        go.sleep(ms(100), "time.Sleep(100ms)");
                    },
                    seed);
            int readers = 0;
            boolean writing = false;
            int acquisitions = 0;
            for (Event e : t.events()) {
                if (e instanceof Event.LockAcquire a) {
                    assertThat(writing).as(t.why() + " at seq " + a.seq()).isFalse();
                    assertThat(a.read() || readers == 0)
                            .as(t.why() + " at seq " + a.seq())
                            .isTrue();
                    acquisitions++;
                    if (a.read()) readers++;
                    else writing = true;
                } else if (e instanceof Event.LockRelease r) {
                    if (r.read()) readers--;
                    else writing = false;
                }
            }
            assertThat(acquisitions).as(t.why()).isEqualTo(15);
            assertThat(t.result().findings()).as(t.why()).isEmpty(); // the lock orders every write and read
        }
    }

    @Test
    void aWaitingWriterBlocksLaterReaders() {
        var t = Runs.run(
                go -> {
                    RWMutex rw = go.newRWMutex("rw", "var rw sync.RWMutex");
                    rw.rlock("rw.RLock()");
                    go.go("writer", "go writer()", () -> {
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        rw.lock("rw.Lock()");
                        go.log("writer in at " + go.now(), "fmt.Println");
                        go.sleep(ms(5), "time.Sleep(5ms)");
                        rw.unlock("rw.Unlock()");
                    });
                    go.go("late reader", "go reader()", () -> {
                        go.sleep(ms(2), "time.Sleep(2ms)");
                        rw.rlock("rw.RLock()");
                        go.log("late reader in at " + go.now(), "fmt.Println");
                        rw.runlock("rw.RUnlock()");
                    });
                    go.sleep(ms(10), "time.Sleep(10ms)");
                    rw.runlock("rw.RUnlock()");
                    go.sleep(ms(10), "time.Sleep(10ms)");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("writer in at " + ms(10), "late reader in at " + ms(15));
        assertThat(blockOrder(t, obj(t, "rw"), BlockReason.RLOCK)).as(t.why()).hasSize(1);
    }

    @Test
    void recursiveReadLockingDeadlocksWhenAWriterIsWaitingInBetween() {
        var t = Runs.run(
                go -> {
                    RWMutex rw = go.newRWMutex("rw", "var rw sync.RWMutex");
                    go.go("writer", "go writer()", () -> {
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        rw.lock("rw.Lock()");
                    });
                    rw.rlock("rw.RLock()");
                    go.sleep(ms(2), "time.Sleep(2ms)");
                    rw.rlock("rw.RLock() // again, in a callee");
                    go.log("unreachable", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        assertThat(t.logs()).as(t.why()).isEmpty();
        assertThat(t.findings(DiagnosticKind.DEADLOCK))
                .as(t.why())
                .anySatisfy(f -> assertThat(f.message()).contains("all goroutines are asleep"));
    }

    @Test
    void runlockOrUnlockOfAnUnlockedRWMutexIsFatal() {
        for (boolean read : new boolean[] {true, false}) {
            var t = Runs.run(
                    go -> {
                        RWMutex rw = go.newRWMutex("rw", "var rw sync.RWMutex");
                        try {
                            if (read) rw.runlock("rw.RUnlock()");
                            else rw.unlock("rw.Unlock()");
                        } catch (GoPanic p) {
                            go.recovered(p, "recover()");
                        }
                        go.log("after", "fmt.Println");
                    },
                    1);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
            assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                    .as(t.why())
                    .contains(
                            read
                                    ? "fatal error: sync: RUnlock of unlocked RWMutex"
                                    : "fatal error: sync: Unlock of unlocked RWMutex");
            assertThat(t.logs()).as(t.why()).isEmpty();
        }
    }

    // ---- WaitGroup ---------------------------------------------------------------------------------

    @Test
    void waitGroupWaitReturnsWhenTheCounterReachesZero() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        for (int i = 1; i <= 3; i++) {
                            long d = ms(i);
                            wg.add(1, "wg.Add(1)");
                            go.go("w" + i, "go w()", () -> {
                                go.sleep(d, "time.Sleep(d)");
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                        go.log("waited until " + go.now() + " counter " + wg.counter(), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("waited until " + ms(3) + " counter 0");
            assertThat(t.all(Event.WaitGroupAdd.class).stream().map(Event.WaitGroupAdd::counter))
                    .as(t.why())
                    .containsExactly(1, 2, 3, 2, 1, 0);
        }
    }

    @Test
    void negativeWaitGroupCounterPanicsWithARecoverablePanic() {
        var crash = Runs.run(go -> go.newWaitGroup("wg", "var wg").done("wg.Done()"), 1);
        assertThat(crash.result().outcome()).as(crash.why()).isEqualTo(Outcome.PANICKED);
        assertThat(crash.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(crash.why())
                .contains("panic: sync: negative WaitGroup counter");
        var recovered = Runs.run(
                go -> {
                    try {
                        go.newWaitGroup("wg", "var wg").done("wg.Done()");
                    } catch (GoPanic p) {
                        go.log("recovered: " + go.recovered(p, "recover()"), "fmt.Println");
                    }
                },
                1);
        assertThat(recovered.result().outcome()).as(recovered.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(recovered.logs()).as(recovered.why()).containsExactly("recovered: sync: negative WaitGroup counter");
    }

    @Test
    void waitGroupWaitWithAZeroCounterReturnsImmediately() {
        var t = Runs.run(
                go -> {
                    go.newWaitGroup("wg", "var wg sync.WaitGroup").await("wg.Wait()");
                    go.log("at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("at 0");
        assertThat(t.all(Event.GoBlock.class)).as(t.why()).isEmpty();
    }

    // ---- Once --------------------------------------------------------------------------------------

    @Test
    void onceRunsItsFunctionExactlyOnceAcrossGoroutines() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        Once once = go.newOnce("once", "var once sync.Once");
                        AtomicInt calls = go.newAtomic("calls", 0, "var calls int64");
                        SharedVar config = go.newVar("config", 0, "var config int");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        for (int i = 0; i < 8; i++) {
                            wg.add(1, "wg.Add(1)");
                            go.go("g" + i, "go", () -> {
                                once.run(
                                        () -> {
                                            calls.add(1, "calls.Add(1)");
                                            config.set(42, "config = 42");
                                        },
                                        "once.Do(init)");
                                config.get("use(config)"); // Do returning happens after the function: no race
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                        go.log("calls=" + calls.load("calls.Load()"), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("calls=1");
            assertThat(t.all(Event.OnceDo.class))
                    .as(t.why())
                    .hasSize(8)
                    .filteredOn(Event.OnceDo::ran)
                    .hasSize(1);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void callersArrivingWhileOnceRunsWaitForItToFinish() {
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(
                    go -> {
                        Once once = go.newOnce("once", "var once sync.Once");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        wg.add(3, "wg.Add(3)");
                        for (int i = 0; i < 3; i++) {
                            long arrive = ms(i);
                            go.go("g" + i, "go", () -> {
                                go.sleep(arrive, "time.Sleep(d)");
                                once.run(() -> go.sleep(ms(10), "time.Sleep(10ms)"), "once.Do(slowInit)");
                                go.log("returned at " + go.now(), "fmt.Println");
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                    },
                    seed);
            assertThat(t.logs())
                    .as(t.why())
                    .containsOnly("returned at " + ms(10))
                    .hasSize(3);
            assertThat(blockOrder(t, obj(t, "once"), BlockReason.ONCE))
                    .as(t.why())
                    .hasSize(2);
        }
    }

    @Test
    void aOnceWhoseFunctionPanickedCountsAsDone() {
        var t = Runs.run(
                go -> {
                    Once once = go.newOnce("once", "var once sync.Once");
                    try {
                        once.run(
                                () -> {
                                    throw go.panic("init failed", "panic(err)");
                                },
                                "once.Do(init)");
                    } catch (GoPanic p) {
                        go.recovered(p, "recover()");
                    }
                    once.run(() -> go.log("ran again", "fmt.Println"), "once.Do(init)");
                    go.log("done", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).as(t.why()).containsExactly("done");
    }

    @Test
    void callingOnceDoFromInsideItsOwnFunctionDeadlocks() {
        var t = Runs.run(
                go -> {
                    Once once = go.newOnce("once", "var once sync.Once");
                    once.run(() -> once.run(() -> {}, "once.Do(inner)"), "once.Do(outer)");
                    go.log("unreachable", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        assertThat(t.findings(DiagnosticKind.DEADLOCK).getFirst().message())
                .as(t.why())
                .contains("all goroutines are asleep")
                .contains("Once once");
    }

    // ---- Cond --------------------------------------------------------------------------------------

    @Test
    void signalWakesTheLongestWaiterAndBroadcastWakesAllTheRest() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                        Cond cond = go.newCond("cond", mu, "cond := sync.NewCond(&mu)");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        for (int i = 0; i < 3; i++) {
                            wg.add(1, "wg.Add(1)");
                            go.go("waiter" + i, "go waiter()", () -> {
                                mu.lock("mu.Lock()");
                                cond.await("cond.Wait()");
                                go.log("woke", "fmt.Println");
                                mu.unlock("mu.Unlock()");
                                wg.done("wg.Done()");
                            });
                        }
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        cond.signal("cond.Signal()");
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        go.log("after signal", "fmt.Println");
                        cond.broadcast("cond.Broadcast()");
                        wg.await("wg.Wait()");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("woke", "after signal", "woke", "woke");
            assertThat(t.all(Event.CondNotify.class).stream().map(Event.CondNotify::woken))
                    .as(t.why())
                    .containsExactly(1, 2);
            int firstWaiter = blockOrder(t, obj(t, "cond"), BlockReason.COND).getFirst();
            int firstWoke = t.all(Event.Log.class).getFirst().g();
            assertThat(firstWoke).as(t.why()).isEqualTo(firstWaiter);
        }
    }

    @Test
    void condWaitReacquiresTheMutexBeforeReturning() {
        var t = Runs.run(
                go -> {
                    Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                    Cond cond = go.newCond("cond", mu, "cond := sync.NewCond(&mu)");
                    go.go("waiter", "go waiter()", () -> {
                        mu.lock("mu.Lock()");
                        cond.await("cond.Wait()");
                        go.log("wait returned at " + go.now() + " locked=" + mu.isLocked(), "fmt.Println");
                        mu.unlock("mu.Unlock()");
                    });
                    go.sleep(ms(1), "time.Sleep(1ms)");
                    mu.lock("mu.Lock()");
                    cond.signal("cond.Signal()");
                    go.sleep(ms(5), "time.Sleep(5ms)"); // still holding mu: the woken waiter must wait for it
                    mu.unlock("mu.Unlock()");
                    go.sleep(ms(1), "time.Sleep(1ms)");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("wait returned at " + ms(6) + " locked=true");
        assertThat(blockOrder(t, obj(t, "mu"), BlockReason.LOCK)).as(t.why()).containsExactly(2);
    }

    @Test
    void condWaitWithoutHoldingTheMutexIsFatal() {
        var t = Runs.run(
                go -> {
                    Cond cond = go.newCond("cond", go.newMutex("mu", "var mu sync.Mutex"), "cond := sync.NewCond(&mu)");
                    try {
                        cond.await("cond.Wait()");
                    } catch (GoPanic p) {
                        go.recovered(p, "recover()");
                    }
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("fatal error: sync: unlock of unlocked mutex");
    }

    // ---- Semaphore ---------------------------------------------------------------------------------

    @Test
    void semaphoreNeverHandsOutMoreThanItsSize() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        Semaphore sem = go.newSemaphore("sem", 3, "sem := semaphore.NewWeighted(3)");
                        for (int i = 0; i < 8; i++) {
                            long n = i % 2 + 1;
                            go.go("w" + i, "go", () -> {
                                sem.acquire(n, "sem.Acquire(ctx, n)");
                                go.sleep(go.jitter(ms(1), 50), "time.Sleep(d)");
                                sem.release(n, "sem.Release(n)");
                            });
                        }
                        go.sleep(ms(100), "time.Sleep(100ms)");
                    },
                    seed);
            var changes = t.all(Event.SemaphoreChange.class);
            assertThat(changes).as(t.why()).hasSize(16).allMatch(c -> c.held() >= 0 && c.held() <= 3);
            assertThat(changes).as(t.why()).anyMatch(c -> c.held() == 3);
            assertThat(changes.getLast().held()).as(t.why()).isZero();
        }
    }

    @Test
    void semaphoreWaitersAreServedInArrivalOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        Semaphore sem = go.newSemaphore("sem", 1, "sem := semaphore.NewWeighted(1)");
                        sem.acquire(1, "sem.Acquire(ctx, 1)");
                        for (int i = 0; i < 5; i++) {
                            go.go("w" + i, "go", () -> {
                                sem.acquire(1, "sem.Acquire(ctx, 1)");
                                go.sleep(ms(1), "time.Sleep(1ms)");
                                sem.release(1, "sem.Release(1)");
                            });
                        }
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        sem.release(1, "sem.Release(1)");
                        go.sleep(ms(10), "time.Sleep(10ms)");
                    },
                    seed);
            List<Integer> order = t.all(Event.SemaphoreChange.class).stream()
                    .filter(c -> c.acquire() && c.g() != 1)
                    .map(Event.SemaphoreChange::g)
                    .toList();
            assertThat(blockOrder(t, obj(t, "sem"), BlockReason.SEMAPHORE))
                    .as(t.why())
                    .hasSize(5)
                    .isEqualTo(order);
            assertThat(t.all(Event.SemaphoreChange.class).stream()
                            .filter(Event.SemaphoreChange::acquire)
                            .map(Event.SemaphoreChange::time))
                    .as(t.why())
                    .containsExactly(0L, ms(1), ms(2), ms(3), ms(4), ms(5));
        }
    }

    @Test
    void aSemaphoreWaiterThatDoesNotFitHoldsBackSmallerRequestsBehindIt() {
        var t = Runs.run(
                go -> {
                    Semaphore sem = go.newSemaphore("sem", 4, "sem := semaphore.NewWeighted(4)");
                    sem.acquire(3, "sem.Acquire(ctx, 3)");
                    go.go("big", "go", () -> {
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        sem.acquire(2, "sem.Acquire(ctx, 2)");
                        go.log("big at " + go.now(), "fmt.Println");
                    });
                    go.go("small", "go", () -> {
                        go.sleep(ms(2), "time.Sleep(2ms)");
                        go.log("try " + sem.tryAcquire(1, "sem.TryAcquire(1)"), "fmt.Println"); // fails: big is queued
                        sem.acquire(1, "sem.Acquire(ctx, 1)"); // one unit is free, but big is queued first
                        go.log("small at " + go.now(), "fmt.Println");
                    });
                    go.sleep(ms(3), "time.Sleep(3ms)");
                    sem.release(3, "sem.Release(3)");
                    go.sleep(ms(1), "time.Sleep(1ms)");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactlyInAnyOrder("try false", "big at " + ms(3), "small at " + ms(3));
        assertThat(blockOrder(t, obj(t, "sem"), BlockReason.SEMAPHORE))
                .as(t.why())
                .hasSize(2);
    }

    @Test
    void releasingMoreThanHeldPanics() {
        var t = Runs.run(
                go -> {
                    Semaphore sem = go.newSemaphore("sem", 2, "sem := semaphore.NewWeighted(2)");
                    sem.acquire(1, "sem.Acquire(ctx, 1)");
                    sem.release(2, "sem.Release(2)");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("panic: semaphore: released more than held");
    }

    @Test
    void acquiringMoreThanTheSizeBlocksForeverWithoutHoldingUpOthers() {
        var t = Runs.run(
                go -> {
                    Semaphore sem = go.newSemaphore("sem", 2, "sem := semaphore.NewWeighted(2)");
                    go.go("greedy", "go", () -> sem.acquire(3, "sem.Acquire(ctx, 3)"));
                    go.sleep(ms(1), "time.Sleep(1ms)");
                    sem.acquire(1, "sem.Acquire(ctx, 1)");
                    go.log("small acquire at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("small acquire at " + ms(1));
        assertThat(t.findings(DiagnosticKind.LEAK))
                .as(t.why())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("greedy"));
    }

    // ---- atomic ------------------------------------------------------------------------------------

    @Test
    void concurrentAtomicAddsAreExactAndNeverReportedAsRaces() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        AtomicInt n = go.newAtomic("n", 0, "var n atomic.Int64");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        for (int i = 0; i < 6; i++) {
                            wg.add(1, "wg.Add(1)");
                            go.go("adder" + i, "go", () -> {
                                for (int k = 0; k < 20; k++) {
                                    n.add(1, "n.Add(1)");
                                    n.load("n.Load()"); // a load between adds must not write an old value back
                                }
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                        go.log("n=" + n.load("n.Load()"), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("n=120");
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void exactlyOneCompareAndSwapFromTheSameOldValueWins() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        AtomicInt owner = go.newAtomic("owner", 0, "var owner atomic.Int64");
                        for (int i = 1; i <= 5; i++) {
                            long id = i;
                            go.go("g" + i, "go", () -> {
                                if (owner.compareAndSwap(0, id, "owner.CompareAndSwap(0, id)"))
                                    go.log("won " + id, "fmt.Println");
                            });
                        }
                        go.sleep(ms(1), "time.Sleep(1ms)");
                        go.log("owner " + owner.load("owner.Load()"), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).hasSize(2);
            assertThat(t.logs().get(1))
                    .as(t.why())
                    .isEqualTo("owner " + t.logs().get(0).substring(4));
        }
    }
}

package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine operations the interpreter's std natives use: TryLock, AfterFunc, timers' values, atomics. */
class NativeHooksTest {

    @Test
    void tryLockTakesAFreeLockAndRefusesAHeldOne() {
        List<Boolean> got = new ArrayList<>();
        var t = Runs.run(
                go -> {
                    RWMutex mu = go.newRWMutex("mu", "var mu sync.RWMutex");
                    got.add(mu.tryRLock("mu.TryRLock()"));
                    got.add(mu.tryRLock("mu.TryRLock()"));
                    got.add(mu.tryLock("mu.TryLock()"));
                    mu.runlock("mu.RUnlock()");
                    mu.runlock("mu.RUnlock()");
                    got.add(mu.tryLock("mu.TryLock()"));
                    got.add(mu.tryRLock("mu.TryRLock()"));
                    mu.unlock("mu.Unlock()");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(got).containsExactly(true, true, false, true, false);
    }

    @Test
    void afterFuncStartsItsFunctionAsAGoroutineWhenTheTimerFires() {
        List<Long> ranAt = new ArrayList<>();
        var t = Runs.run(
                go -> {
                    Chan<Void> done = go.makeChan("done", 0, "done := make(chan struct{})");
                    go.afterFunc("tick", Durations.ms(5), "time.AfterFunc(5*time.Millisecond, f)", () -> {
                        ranAt.add(go.now());
                        done.close("close(done)");
                    });
                    done.recv("<-done");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(ranAt).containsExactly(Durations.ms(5));
    }

    @Test
    void aTimerDeliversTheValueMadeFromTheTimeItFired() {
        List<Object> got = new ArrayList<>();
        var t = Runs.run(
                go -> {
                    Timer timer = go.newTimer(
                            "t", Durations.ms(2), 0, "t := time.NewTimer(2*time.Millisecond)", now -> "time " + now);
                    got.add(timer.channel().recv("<-t.C"));
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(got).containsExactly("time " + Durations.ms(2));
    }

    @Test
    void anAtomicUpdateSeesWhatPlainCodeAdopted() {
        long[] got = new long[1];
        var t = Runs.run(
                go -> {
                    AtomicInt n = go.newAtomic("n", 0, "var n int64");
                    n.adopt(40);
                    got[0] = n.update(v -> v + 2, "atomic.AddInt64(&n, 2)");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(got[0]).isEqualTo(42);
    }
}

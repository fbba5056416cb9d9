package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.GoPanic;
import dev.chanscope.engine.Mutex;
import dev.chanscope.engine.Once;
import dev.chanscope.engine.RWMutex;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.lang.interp.exec.EngineOps;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * sync: each Mutex, RWMutex, WaitGroup and Once is the engine's primitive, made on first use (so a
 * zero value is ready) and named after how the program writes it. A WaitGroup copied by value keeps
 * its counter, as in Go, so the classic pass-by-value bug deadlocks as it does there.
 */
final class SyncLib {

    private SyncLib() {}

    static Mutex mutex(GState g, StructVal m) {
        if (m.ext == null) {
            m.ext = g.m.go.newMutex(Args.name(g, "mutex"), g.label());
        }
        return (Mutex) m.ext;
    }

    static RWMutex rwmutex(GState g, StructVal m) {
        if (m.ext == null) {
            m.ext = g.m.go.newRWMutex(Args.name(g, "rwmutex"), g.label());
        }
        return (RWMutex) m.ext;
    }

    static WaitGroup waitGroup(GState g, StructVal wg) {
        if (wg.ext == null) {
            WaitGroup w = g.m.go.newWaitGroup(Args.name(g, "wg"), g.label());
            wg.ext = w;
            long copied = (Long) wg.f[0];
            if (copied != 0) {
                w.add((int) copied, g.label());
            }
        }
        return (WaitGroup) wg.ext;
    }

    static void register(Natives.Registry r) {
        r.fn("(*sync.Mutex).Lock", (g, a) -> {
            String label = g.label();
            Mutex m = mutex(g, Args.struct(a[0]));
            g.waitReason = "semacquire";
            m.lock(label);
            return null;
        });
        r.fn("(*sync.Mutex).Unlock", (g, a) -> {
            String label = g.label();
            mutex(g, Args.struct(a[0])).unlock(label);
            return null;
        });
        r.fn("(*sync.Mutex).TryLock", (g, a) -> {
            String label = g.label();
            return mutex(g, Args.struct(a[0])).tryLock(label);
        });
        r.fn("(*sync.RWMutex).Lock", (g, a) -> {
            String label = g.label();
            RWMutex m = rwmutex(g, Args.struct(a[0]));
            g.waitReason = "semacquire";
            m.lock(label);
            return null;
        });
        r.fn("(*sync.RWMutex).RLock", (g, a) -> {
            String label = g.label();
            RWMutex m = rwmutex(g, Args.struct(a[0]));
            g.waitReason = "semacquire";
            m.rlock(label);
            return null;
        });
        r.fn("(*sync.RWMutex).Unlock", (g, a) -> {
            String label = g.label();
            rwmutex(g, Args.struct(a[0])).unlock(label);
            return null;
        });
        r.fn("(*sync.RWMutex).RUnlock", (g, a) -> {
            String label = g.label();
            rwmutex(g, Args.struct(a[0])).runlock(label);
            return null;
        });
        r.fn("(*sync.RWMutex).TryLock", (g, a) -> {
            String label = g.label();
            return rwmutex(g, Args.struct(a[0])).tryLock(label);
        });
        r.fn("(*sync.RWMutex).TryRLock", (g, a) -> {
            String label = g.label();
            return rwmutex(g, Args.struct(a[0])).tryRLock(label);
        });
        r.fn("(*sync.WaitGroup).Add", (g, a) -> {
            add(g, Args.struct(a[0]), Args.i(a[1]));
            return null;
        });
        r.fn("(*sync.WaitGroup).Done", (g, a) -> {
            add(g, Args.struct(a[0]), -1);
            return null;
        });
        r.fn("(*sync.WaitGroup).Wait", (g, a) -> {
            String label = g.label();
            WaitGroup w = waitGroup(g, Args.struct(a[0]));
            g.waitReason = "semacquire";
            w.await(label);
            return null;
        });
        r.fn("(*sync.Once).Do", (g, a) -> {
            String label = g.label();
            StructVal o = Args.struct(a[0]);
            if (o.ext == null) {
                o.ext = g.m.go.newOnce(Args.name(g, "once"), label);
            }
            Func f = (Func) a[1];
            g.waitReason = "semacquire";
            ((Once) o.ext).run(() -> f.call(g, new Object[0]), label);
            return null;
        });
        SyncCondMapPool.register(r);
    }

    private static void add(GState g, StructVal wg, long delta) {
        String label = g.label();
        WaitGroup w = waitGroup(g, wg);
        try {
            w.add((int) delta, label);
        } catch (GoPanic e) {
            throw EngineOps.convert(e);
        }
        wg.f[0] = (long) w.counter();
    }
}

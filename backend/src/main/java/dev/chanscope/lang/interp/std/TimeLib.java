package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.Timer;
import dev.chanscope.lang.interp.exec.GoroutineStarts;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * time on the run's virtual clock. A Time is nanoseconds since 1970 in its one field; the clock starts
 * at the Go playground's 2009-11-10 23:00:00 UTC. Sleep, After, Tick, timers, tickers and AfterFunc
 * are the engine's; time.Now reads the goroutine's clock, which includes the CPU work it has not
 * charged yet (see GState#clock), so measured durations include it.
 */
final class TimeLib {

    /** 2009-11-10 23:00:00 UTC in Unix nanoseconds. */
    static final long EPOCH = 1_257_894_000L * 1_000_000_000L;

    private TimeLib() {}

    static StructVal time(RType t, long unixNanos) {
        return new StructVal(t, new Object[] {unixNanos});
    }

    static long nanos(Object time) {
        return (Long) ((StructVal) time).f[0];
    }

    static void register(Natives.Registry r) {
        r.fn("time.Sleep", (g, a) -> {
            String label = g.label();
            g.waitReason = "sleep";
            g.m.go.sleep(Args.i(a[0]), label);
            return null;
        });
        r.factory("time.Now", site -> {
            RType t = site.results()[0];
            return new Natives.Named("time.Now", (g, a) -> time(t, EPOCH + g.clock()));
        });
        r.factory("time.After", site -> {
            RType t = site.results()[0].elem();
            return new Natives.Named("time.After", (g, a) -> {
                long d = Args.i(a[0]);
                String name = "time.After(" + DurationText.of(d) + ")";
                return g.m.go
                        .newTimer(name, d, 0, g.label(), now -> time(t, EPOCH + now))
                        .channel();
            });
        });
        r.factory("time.Tick", site -> {
            RType t = site.results()[0].elem();
            return new Natives.Named("time.Tick", (g, a) -> {
                long d = Args.i(a[0]);
                if (d <= 0) {
                    return null;
                }
                String name = "time.Tick(" + DurationText.of(d) + ")";
                return g.m.go
                        .newTimer(name, d, d, g.label(), now -> time(t, EPOCH + now))
                        .channel();
            });
        });
        r.factory("time.NewTimer", site -> timerMaker(site, false));
        r.factory("time.NewTicker", site -> timerMaker(site, true));
        r.factory("time.AfterFunc", site -> {
            RType timerType = site.results()[0].elem();
            return new Natives.Named("time.AfterFunc", (g, a) -> {
                long d = Args.i(a[0]);
                Func f = (Func) a[1];
                Timer t = g.m.go.afterFunc(
                        Args.name(g, "time.AfterFunc"),
                        d,
                        g.label(),
                        GoroutineStarts.body(g.m, f.name(), f, new Object[0]));
                StructVal v = new StructVal(timerType, new Object[] {null, 0L});
                v.ext = t;
                return v;
            });
        });
        r.fn("(*time.Timer).Stop", (g, a) -> timer(a[0]).stop(g.label()));
        r.fn("(*time.Timer).Reset", (g, a) -> timer(a[0]).reset(Args.i(a[1]), g.label()));
        r.fn("(*time.Ticker).Stop", (g, a) -> {
            timer(a[0]).stop(g.label());
            return null;
        });
        r.fn("(*time.Ticker).Reset", (g, a) -> {
            long d = Args.i(a[1]);
            if (d <= 0) {
                throw Panics.plain("non-positive interval for Ticker.Reset");
            }
            timer(a[0]).reset(d, g.label());
            return null;
        });
        TimeValues.register(r);
    }

    private static Timer timer(Object t) {
        if (t == null) {
            throw Panics.nilDeref();
        }
        Timer timer = (Timer) ((StructVal) t).ext;
        if (timer == null) {
            throw Panics.plain("time: Stop called on uninitialized Timer");
        }
        return timer;
    }

    private static Natives.Named timerMaker(Natives.Site site, boolean ticker) {
        RType timerType = site.results()[0].elem();
        RType timeType = timerType.fields()[0].type().elem();
        String what = ticker ? "time.NewTicker" : "time.NewTimer";
        return new Natives.Named(what, (g, a) -> {
            long d = Args.i(a[0]);
            if (ticker && d <= 0) {
                throw new dev.chanscope.lang.interp.rt.PanicException(
                        ErrorsLib.newError("non-positive interval for NewTicker"));
            }
            String name = Args.name(g, ticker ? "ticker" : "timer");
            Timer t = g.m.go.newTimer(name, d, ticker ? d : 0, g.label(), now -> time(timeType, EPOCH + now));
            StructVal v = new StructVal(timerType, new Object[] {t.channel(), 0L});
            v.ext = t;
            return v;
        });
    }
}

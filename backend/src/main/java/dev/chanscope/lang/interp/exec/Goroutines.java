package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.GoFatal;
import dev.chanscope.engine.GoPanic;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Machine;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.Panics;

/**
 * Goroutines: the {@code go} statement, and what runs at the bottom of every goroutine — the crash
 * report for a panic nobody recovered or a fatal error, and runtime.Goexit.
 */
public final class Goroutines {

    private Goroutines() {}

    /** {@code go f(args)}: the function value and arguments are evaluated by the caller, as in Go. */
    public static final class Go extends St {
        final Ex fn;
        final Ex[] args;
        final String label;

        public Go(Ex fn, Ex[] args, String label) {
            this.fn = fn;
            this.args = args;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object v = fn.eval(f);
            Object[] a = Calls.boxAll(f, args);
            if (v == null) {
                throw f.g.m.go.fatal("go of nil func value", label);
            }
            start(f.g.m, (Func) v, a, label);
            return NEXT;
        }
    }

    /** Starts a goroutine running {@code fn(args)}. */
    public static void start(Machine m, Func fn, Object[] args, String label) {
        GState ng = new GState(m, fn.name());
        m.goroutines++;
        m.go.startRaceClocks();
        m.go.go(fn.name(), label, () -> body(ng, () -> fn.call(ng, args)));
    }

    /**
     * Runs a goroutine's function and reports how it ended. A panic or fatal error is written to stderr
     * as Go writes it, then rethrown so the engine ends the run; Goexit just ends the goroutine.
     */
    public static void body(GState g, Runnable run) {
        g.id = g.m.go.goroutineId();
        g.m.live.add(g);
        try {
            run.run();
            g.m.go.retireRaceClock();
            g.charge(null);
        } catch (PanicException p) {
            Defers.link(g, p);
            if (p.goexit) {
                return;
            }
            p.report = Report.panic(g, p);
            g.m.writeRuntime(p.report);
            throw p;
        } catch (GoFatal e) {
            g.m.writeRuntime(Report.fatal(g, e.getMessage(), null));
            throw e;
        } catch (GoPanic e) {
            // An engine panic that no operation converted (an intervention's): report it the same way.
            PanicException p = Panics.plain(e.getMessage());
            g.m.writeRuntime(Report.panic(g, p));
            throw e;
        } catch (StackOverflowError e) {
            g.stackOverflow = true;
            g.m.writeRuntime(Report.fatal(g, "stack overflow", null));
            throw g.m.go.fatal("stack overflow", null);
        } finally {
            g.m.goroutines--;
            g.m.live.remove(g);
        }
    }
}

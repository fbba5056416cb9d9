package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Context;
import dev.chanscope.lang.interp.exec.GoroutineStarts;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Types;

/**
 * context on the engine's contexts: cancellation and deadlines propagate as the engine does it, so
 * the browser shows them; values are a chain of (key, value) links. Err returns the std package's
 * own Canceled and DeadlineExceeded values, so errors.Is and == compare as in Go.
 */
final class ContextLib {

    static final RType EMPTY = NativeTypes.pointer(NativeTypes.named("context", "emptyCtx", Types.INT));
    static final RType CANCEL = NativeTypes.pointer(NativeTypes.struct("context", "cancelCtx"));
    static final RType TIMER = NativeTypes.pointer(NativeTypes.struct("context", "timerCtx"));
    static final RType VALUE = NativeTypes.pointer(NativeTypes.struct("context", "valueCtx"));

    /** A context: its engine context (shared by a value context with its parent) and what it adds. */
    static final class Ctx {
        final Context engine;
        final Ctx parent;
        final String text;
        final Iface key;
        final Iface value;
        final Env env;
        Iface cause;

        Ctx(Context engine, Ctx parent, String text, Iface key, Iface value, Env env) {
            this.engine = engine;
            this.parent = parent;
            this.text = text;
            this.key = key;
            this.value = value;
            this.env = env;
        }
    }

    /** Where a run's Canceled, DeadlineExceeded and time.Time live, resolved when a call compiles. */
    record Env(int canceled, int deadlineExceeded, RType time) {
        Iface global(GState g, int index) {
            return (Iface) ((Cell) g.m.globals[index]).o;
        }
    }

    static {
        for (RType t : new RType[] {EMPTY, CANCEL, TIMER, VALUE}) {
            t.methods.put("Done", null, NativeTypes.method("Done", (g, a) -> done((Ctx) a[0])));
            t.methods.put("Err", null, NativeTypes.method("Err", (g, a) -> err(g, (Ctx) a[0])));
            t.methods.put("Value", null, NativeTypes.method("Value", (g, a) -> value((Ctx) a[0], (Iface) a[1])));
            t.methods.put("Deadline", null, NativeTypes.method("Deadline", (g, a) -> deadline((Ctx) a[0])));
            t.methods.put(
                    "String", NativeTypes.STRING_METHOD, NativeTypes.method("String", (g, a) -> ((Ctx) a[0]).text));
        }
    }

    private ContextLib() {}

    static Env env(Natives.Site site) {
        return new Env(
                site.global("context.Canceled"), site.global("context.DeadlineExceeded"), site.type("time.Time"));
    }

    static Object done(Ctx c) {
        if (c.engine == null) {
            return null;
        }
        Chan<?> ch = (Chan<?>) c.engine.done();
        return ch.name().equals("nil") ? null : ch;
    }

    static Iface err(GState g, Ctx c) {
        if (c.engine == null || c.engine.err() == null) {
            return null;
        }
        return c.engine.err().equals("context canceled")
                ? c.env.global(g, c.env.canceled())
                : c.env.global(g, c.env.deadlineExceeded());
    }

    static Object value(Ctx c, Iface key) {
        for (Ctx at = c; at != null; at = at.parent) {
            if (at.key != null && dev.chanscope.lang.interp.rt.Values.ifaceEqual(at.key, key)) {
                return at.value;
            }
        }
        return null;
    }

    static Object[] deadline(Ctx c) {
        long d = c.engine == null ? -1 : c.engine.deadline();
        if (d < 0) {
            return Args.tuple(TimeLib.time(c.env.time(), 0), false);
        }
        return Args.tuple(TimeLib.time(c.env.time(), TimeLib.EPOCH + d), true);
    }

    static Ctx of(Object ctx) {
        Iface i = (Iface) ctx;
        if (i == null) {
            throw Panics.plain("cannot create context from nil parent");
        }
        if (i.value() instanceof Ctx c) {
            return c;
        }
        throw Panics.plain("Chanscope's context package only takes contexts it made");
    }

    static String nameOf(GState g, String fallback) {
        return Args.name(g, fallback);
    }

    static void register(Natives.Registry r) {
        r.factory("context.Background", site -> background(env(site), "context.Background"));
        r.factory("context.TODO", site -> background(env(site), "context.TODO"));
        r.factory("context.WithCancel", site -> {
            Env env = env(site);
            return new Natives.Named("context.WithCancel", (g, a) -> {
                Ctx parent = of(a[0]);
                Context e = g.m.go.withCancel(engineOf(g, parent), nameOf(g, "ctx"), g.label());
                Ctx c = new Ctx(e, parent, parent.text + ".WithCancel", null, null, env);
                return Args.tuple(new Iface(CANCEL, c), cancelFunc(e));
            });
        });
        r.factory("context.WithTimeout", site -> {
            Env env = env(site);
            return new Natives.Named("context.WithTimeout", (g, a) -> {
                Ctx parent = of(a[0]);
                long d = Args.i(a[1]);
                Context e = g.m.go.withTimeout(engineOf(g, parent), nameOf(g, "ctx"), d, g.label());
                Ctx c = new Ctx(e, parent, parent.text + ".WithDeadline(" + DurationText.of(d) + ")", null, null, env);
                return Args.tuple(new Iface(TIMER, c), cancelFunc(e));
            });
        });
        r.factory("context.WithDeadline", site -> {
            Env env = env(site);
            return new Natives.Named("context.WithDeadline", (g, a) -> {
                Ctx parent = of(a[0]);
                long when = TimeLib.nanos(a[1]) - TimeLib.EPOCH;
                Context e = g.m.go.withDeadline(engineOf(g, parent), nameOf(g, "ctx"), when, g.label());
                Ctx c = new Ctx(e, parent, parent.text + ".WithDeadline", null, null, env);
                return Args.tuple(new Iface(TIMER, c), cancelFunc(e));
            });
        });
        r.factory(
                "context.WithValue",
                site -> new Natives.Named("context.WithValue", (g, a) -> {
                    Ctx parent = of(a[0]);
                    Iface key = (Iface) a[1];
                    if (key == null) {
                        throw Panics.plain("nil key");
                    }
                    if (!key.type().comparable()) {
                        throw Panics.plain("key is not comparable");
                    }
                    Iface val = (Iface) a[2];
                    String text = parent.text + ".WithValue(type " + key.type() + ", val " + stringify(g, val) + ")";
                    return new Iface(VALUE, new Ctx(parent.engine, parent, text, key, val, parent.env));
                }));
        ContextExtras.register(r);
    }

    /** A value context's engine context is its parent's; background gets the engine's background. */
    static Context engineOf(GState g, Ctx c) {
        return c.engine != null ? c.engine : g.m.go.background();
    }

    static Func background(Env env, String text) {
        return new Natives.Named(text, (g, a) -> {
            String key = "context:" + text;
            Object c = g.m.library.computeIfAbsent(
                    key, k -> new Iface(EMPTY, new Ctx(g.m.go.background(), null, text, null, null, env)));
            return c;
        });
    }

    static Func cancelFunc(Context e) {
        return new Natives.Named("context.CancelFunc", (g, a) -> {
            e.cancel(g.label());
            return null;
        });
    }

    static String stringify(GState g, Iface v) {
        if (v == null) {
            return "<not Stringer>";
        }
        Func s = v.type().methods.stringMethod("String");
        if (s != null) {
            return (String) s.call(g, new Object[] {v.value()});
        }
        if (v.type().kind() == Kind.STRING && v.type() == Types.STRING) {
            return (String) v.value();
        }
        return "<not Stringer>";
    }

    static Runnable waiter(GState g, Ctx c, Func f, boolean[] stopped) {
        return GoroutineStarts.body(
                g.m,
                "context.AfterFunc",
                new Natives.Named("context.AfterFunc", (gs, a) -> {
                    Object ch = done(c);
                    gs.waitReason = "chan receive";
                    (ch == null ? gs.m.nilChan() : (Chan<?>) ch).recv(null);
                    if (!stopped[0]) {
                        stopped[0] = true;
                        f.call(gs, new Object[0]);
                    }
                    return null;
                }),
                new Object[0]);
    }
}

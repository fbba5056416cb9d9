package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.Context;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.Iface;

/** context's newer functions: WithCancelCause and Cause, WithoutCancel, AfterFunc. */
final class ContextExtras {

    private ContextExtras() {}

    static void register(Natives.Registry r) {
        r.factory("context.WithCancelCause", site -> {
            ContextLib.Env env = ContextLib.env(site);
            return new Natives.Named("context.WithCancelCause", (g, a) -> {
                ContextLib.Ctx parent = ContextLib.of(a[0]);
                Context e = g.m.go.withCancel(ContextLib.engineOf(g, parent), ContextLib.nameOf(g, "ctx"), g.label());
                ContextLib.Ctx c = new ContextLib.Ctx(e, parent, parent.text + ".WithCancel", null, null, env);
                Func cancel = new Natives.Named("context.CancelCauseFunc", (gs, args) -> {
                    if (e.err() == null) {
                        c.cause = (Iface) args[0];
                    }
                    e.cancel(gs.label());
                    return null;
                });
                return Args.tuple(new Iface(ContextLib.CANCEL, c), cancel);
            });
        });
        r.fn("context.Cause", (g, a) -> {
            ContextLib.Ctx c = ContextLib.of(a[0]);
            for (ContextLib.Ctx at = c; at != null; at = at.parent) {
                if (at.cause != null) {
                    return at.cause;
                }
            }
            return ContextLib.err(g, c);
        });
        r.factory("context.WithoutCancel", site -> {
            ContextLib.Env env = ContextLib.env(site);
            return new Natives.Named("context.WithoutCancel", (g, a) -> {
                ContextLib.Ctx parent = ContextLib.of(a[0]);
                return new Iface(
                        ContextLib.VALUE,
                        new ContextLib.Ctx(null, parent, parent.text + ".WithoutCancel", null, null, env));
            });
        });
        r.fn("context.AfterFunc", (g, a) -> {
            ContextLib.Ctx c = ContextLib.of(a[0]);
            Func f = (Func) a[1];
            boolean[] stopped = new boolean[1];
            g.m.go.go("context.AfterFunc", g.label(), ContextLib.waiter(g, c, f, stopped));
            return new Natives.Named("stop", (gs, args) -> {
                boolean was = !stopped[0];
                stopped[0] = true;
                return was;
            });
        });
    }
}

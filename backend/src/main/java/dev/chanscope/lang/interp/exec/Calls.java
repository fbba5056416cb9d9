package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;

/**
 * Calls of compiled functions, fast path: the arguments are evaluated straight into the callee's
 * slots in their own representation (no boxing), the body runs, and the result is read from the
 * callee's frame. Anything else that is called (a native function through a func value) gets boxed
 * arguments. Arguments arrive already shaped: aggregates copied when borrowed, variadic ones packed.
 */
public final class Calls {

    private Calls() {}

    /** Evaluates {@code args} in the caller's frame into the callee's parameter slots. */
    static void bind(Frame caller, Frame callee, Ex[] args, FuncCode.Param[] params) {
        bind(caller, callee, args, params, 0);
    }

    /** As {@link #bind}, the arguments going to the parameters from {@code first} on. */
    static void bind(Frame caller, Frame callee, Ex[] args, FuncCode.Param[] params, int first) {
        for (int i = 0; i < args.length; i++) {
            FuncCode.Param p = params[first + i];
            Ex a = args[i];
            int slot = p.slot();
            switch (p.rep()) {
                case LONG -> {
                    long v = a.evalLong(caller);
                    if (slot >= 0) {
                        if (p.cell()) {
                            Cell c = Cell.of(p.type());
                            c.l = v;
                            callee.o[slot] = c;
                        } else {
                            callee.l[slot] = v;
                        }
                    }
                }
                case DOUBLE -> {
                    long v = Double.doubleToRawLongBits(a.evalDouble(caller));
                    if (slot >= 0) {
                        if (p.cell()) {
                            Cell c = Cell.of(p.type());
                            c.l = v;
                            callee.o[slot] = c;
                        } else {
                            callee.l[slot] = v;
                        }
                    }
                }
                case BOOL -> {
                    long v = a.evalBool(caller) ? 1 : 0;
                    if (slot >= 0) {
                        if (p.cell()) {
                            Cell c = Cell.of(p.type());
                            c.l = v;
                            callee.o[slot] = c;
                        } else {
                            callee.l[slot] = v;
                        }
                    }
                }
                case REF -> {
                    Object v = a.eval(caller);
                    if (slot >= 0) {
                        if (p.cell()) {
                            Cell c = Cell.of(p.type());
                            c.o = v;
                            callee.o[slot] = c;
                        } else {
                            callee.o[slot] = v;
                        }
                    }
                }
            }
        }
    }

    static Object[] boxAll(Frame f, Ex[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i].eval(f);
        }
        return out;
    }

    /** A call whose result (of representation {@code rep}, or none) is read by the typed eval methods. */
    abstract static class Call extends Ex {
        final Rep rep;

        Call(Rep rep) {
            this.rep = rep;
        }

        /**
         * Runs the call; returns the callee's frame, or null when the callee was not compiled code, with
         * the boxed result left in the goroutine's {@link GState#result}.
         */
        abstract Frame run(Frame f);

        @Override
        public Object eval(Frame f) {
            Frame cf = run(f);
            if (cf == null) {
                return f.g.takeResult();
            }
            if (rep == null) {
                return cf.ret;
            }
            return rep == Rep.REF ? cf.ret : rep.fromBits(cf.retL);
        }

        @Override
        public long evalLong(Frame f) {
            Frame cf = run(f);
            return cf != null ? cf.retL : (Long) f.g.takeResult();
        }

        @Override
        public double evalDouble(Frame f) {
            Frame cf = run(f);
            return cf != null ? Double.longBitsToDouble(cf.retL) : (Double) f.g.takeResult();
        }

        @Override
        public boolean evalBool(Frame f) {
            Frame cf = run(f);
            return cf != null ? cf.retL != 0 : (Boolean) f.g.takeResult();
        }
    }

    /** A call of a function known when compiling: a package function or a concrete method. */
    public static final class Static extends Call {
        final FuncCode code;
        final Ex[] args;

        /** {@code rep}: the single result's representation; null for none or several. */
        public Static(FuncCode code, Ex[] args, Rep rep) {
            super(rep);
            this.code = code;
            this.args = args;
        }

        @Override
        Frame run(Frame f) {
            Frame cf = new Frame(code, f.g);
            cf.caller = f;
            bind(f, cf, args, code.params);
            code.run(cf);
            return cf;
        }
    }

    /** A call of a function value (a closure, a method value, a native through a variable). */
    public static final class Value extends Call {
        final Ex fn;
        final Ex[] args;

        public Value(Ex fn, Ex[] args, Rep rep) {
            super(rep);
            this.fn = fn;
            this.args = args;
        }

        @Override
        Frame run(Frame f) {
            Object v = fn.eval(f);
            if (v instanceof Closure c) {
                Frame cf = c.frame(f.g);
                cf.caller = f;
                bind(f, cf, args, c.code.params);
                c.code.run(cf);
                return cf;
            }
            if (v == null) {
                boxAll(f, args);
                throw Panics.nilDeref();
            }
            f.g.result = ((Func) v).call(f.g, boxAll(f, args));
            return null;
        }
    }

    /**
     * A call of a native function (a standard library function implemented in Java); it learns the
     * call's label and how its receiver is written, for the engine objects and events it makes.
     */
    public static final class Native extends Call {
        final Func fn;
        final Ex[] args;
        final String label;
        final String nameHint;

        public Native(Func fn, Ex[] args, Rep rep, String label, String nameHint) {
            super(rep);
            this.fn = fn;
            this.args = args;
            this.label = label;
            this.nameHint = nameHint;
        }

        @Override
        Frame run(Frame f) {
            Object[] a = boxAll(f, args);
            GState g = f.g;
            g.callLabel = label;
            g.nameHint = nameHint;
            g.result = fn.call(g, a);
            return null;
        }
    }

    /** f(g()) where g has several results: they become f's arguments. */
    public static final class Spread extends Call {
        final Ex fn;
        final Ex tuple;

        public Spread(Ex fn, Ex tuple, Rep rep) {
            super(rep);
            this.fn = fn;
            this.tuple = tuple;
        }

        @Override
        Frame run(Frame f) {
            Object v = fn.eval(f);
            Object[] args = (Object[]) tuple.eval(f);
            if (v == null) {
                throw Panics.nilDeref();
            }
            if (v instanceof Closure c) {
                Frame cf = c.frame(f.g);
                cf.caller = f;
                c.code.bindBoxed(cf, args);
                c.code.run(cf);
                return cf;
            }
            f.g.result = ((Func) v).call(f.g, args);
            return null;
        }
    }

    /** Calls a function value with boxed arguments from Java code (sort.Slice's less, a String method). */
    public static Object callBoxed(GState g, Func fn, Object... args) {
        return fn.call(g, args);
    }
}

package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.RuntimePrint;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;

/** panic, recover, print and println, min and max, clear. */
public final class BuiltinOps {

    private BuiltinOps() {}

    /** panic(v): v already converted to an interface value (null for panic(nil), as Go 1.19 allows). */
    public static final class Panic extends Ex {
        final Ex value;
        final String label;

        public Panic(Ex value, String label) {
            this.value = value;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            Iface v = (Iface) value.eval(f);
            GState g = f.g;
            PanicException p = new PanicException(v);
            Defers.link(g, p);
            p.announced = true;
            g.m.go.panicked(describe(v), label);
            throw p;
        }

        /** The panic as the event names it, without calling any method of the value. */
        static String describe(Iface v) {
            if (v == null) {
                return "nil";
            }
            Kind k = v.type().kind();
            if (k == Kind.STRING || k.isBasicNumber() || k == Kind.BOOL) {
                return String.valueOf(
                        v.value() instanceof String s ? dev.chanscope.lang.interp.rt.Utf8.toJava(s) : v.value());
            }
            return v.type().toString();
        }
    }

    /** recover(): stops the panic in progress when called by a deferred call that panic ran. */
    public static final class Recover extends Ex {
        final String label;

        public Recover(String label) {
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            GState g = f.g;
            PanicException p = g.panicking;
            if (!f.recoverable || p == null || p.recovered || p.goexit) {
                return null;
            }
            p.recovered = true;
            g.m.go.recovered(p, label);
            return p.value();
        }
    }

    /** print and println: the runtime's own formatting, to stderr. */
    public static final class Print extends Ex {
        final Ex[] args;
        final RType[] types;
        final boolean newline;
        final String label;

        public Print(Ex[] args, RType[] types, boolean newline, String label) {
            this.args = args;
            this.types = types;
            this.newline = newline;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (newline && i > 0) {
                    b.append(' ');
                }
                b.append(RuntimePrint.value(types[i], args[i].eval(f), f.g.m.addresses));
            }
            if (newline) {
                b.append('\n');
            }
            f.g.m.write(true, b.toString(), label);
            return null;
        }
    }

    /** min(x, y, ...) and max: NaN wins, and min(-0, +0) is -0, as Go's builtins define. */
    public static final class MinMax extends Ex {
        final RType type;
        final Ex[] args;
        final boolean max;

        public MinMax(RType type, Ex[] args, boolean max) {
            this.type = type;
            this.args = args;
            this.max = max;
        }

        @Override
        public Object eval(Frame f) {
            Kind k = type.kind();
            if (k.isInteger()) {
                return evalLong(f);
            }
            if (k.isFloat()) {
                return evalDouble(f);
            }
            String best = (String) args[0].eval(f);
            for (int i = 1; i < args.length; i++) {
                String s = (String) args[i].eval(f);
                int c = s.compareTo(best);
                if (max ? c > 0 : c < 0) {
                    best = s;
                }
            }
            return best;
        }

        @Override
        public long evalLong(Frame f) {
            boolean unsigned = dev.chanscope.lang.interp.rt.Ints.wideUnsigned(type.kind());
            long best = args[0].evalLong(f);
            for (int i = 1; i < args.length; i++) {
                long v = args[i].evalLong(f);
                int c = unsigned ? Long.compareUnsigned(v, best) : Long.compare(v, best);
                if (max ? c > 0 : c < 0) {
                    best = v;
                }
            }
            return best;
        }

        @Override
        public double evalDouble(Frame f) {
            double best = args[0].evalDouble(f);
            for (int i = 1; i < args.length; i++) {
                double v = args[i].evalDouble(f);
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
            return best;
        }
    }

    /** clear(m) deletes every entry; clear(s) zeroes every element of the slice. */
    public static final class Clear extends St {
        final Ex x;
        final RType type;

        String label;

        public Clear(Ex x, RType type) {
            this.x = x;
            this.type = type;
        }

        /** The source line a race report on a cleared map quotes. */
        public Clear at(String label) {
            this.label = label;
            return this;
        }

        @Override
        public int exec(Frame f) {
            Object v = x.eval(f);
            if (v instanceof GoMap m) {
                MapWrites.write(f, m, label);
                m.clear();
            } else if (v instanceof Slice s) {
                RType elem = type.elem();
                for (int i = 0; i < s.len; i++) {
                    if (elem.kind().isAggregate()) {
                        Values.assign(elem, ((Object[]) s.array)[s.off + i], Values.zero(elem));
                    } else {
                        Arrays.set(s.array, s.off + i, Values.zero(elem));
                    }
                }
            }
            return NEXT;
        }
    }
}

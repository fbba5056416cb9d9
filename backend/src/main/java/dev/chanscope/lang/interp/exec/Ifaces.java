package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;

/** Type assertions, interface satisfaction at run time, and method calls through interfaces. */
public final class Ifaces {

    private Ifaces() {}

    /** The first method of {@code iface} that {@code dyn} lacks (or has with another signature), or null. */
    public static String missingMethod(RType dyn, RType iface) {
        for (RType.IMethod m : iface.imethods()) {
            MethodTable.Method have = dyn.methods.get(m.name());
            if (have == null || (have.signature() != null && !sameSignature(have.signature(), m.type()))) {
                return m.name();
            }
        }
        return null;
    }

    /** Identical signatures: the same descriptor, or (for Java-made methods) the same parameter and result types. */
    static boolean sameSignature(RType a, RType b) {
        if (a == b) {
            return true;
        }
        if (a.variadic() != b.variadic()
                || a.params().length != b.params().length
                || a.results().length != b.results().length) {
            return false;
        }
        for (int i = 0; i < a.params().length; i++) {
            if (a.params()[i] != b.params()[i]) {
                return false;
            }
        }
        for (int i = 0; i < a.results().length; i++) {
            if (a.results()[i] != b.results()[i]) {
                return false;
            }
        }
        return true;
    }

    /** x.(T): a value of T (borrowed: the interface owns it), or a panic naming both types. */
    public static final class Assert extends Ex {
        final Ex x;
        final RType target;
        final RType staticType;
        private RType lastOk;

        public Assert(Ex x, RType target, RType staticType) {
            this.x = x;
            this.target = target;
            this.staticType = staticType;
        }

        /** The interface value if it holds a T (for an interface T: implements it), else null. */
        Iface match(Iface i) {
            if (i == null) {
                return null;
            }
            if (!target.isInterface()) {
                return i.type() == target ? i : null;
            }
            RType t = i.type();
            if (t == lastOk) {
                return i;
            }
            if (missingMethod(t, target) == null) {
                lastOk = t;
                return i;
            }
            return null;
        }

        RuntimeException failure(Iface i) {
            if (target.isInterface()) {
                if (i == null) {
                    return Panics.typeAssertion("interface is nil, not " + target);
                }
                return Panics.typeAssertion(
                        i.type() + " is not " + target + ": missing method " + missingMethod(i.type(), target));
            }
            return Panics.typeAssertion(
                    staticType + " is " + (i == null ? "nil" : i.type().toString()) + ", not " + target);
        }

        private Object value(Frame f) {
            Iface i = (Iface) x.eval(f);
            Iface m = match(i);
            if (m == null) {
                throw failure(i);
            }
            return target.isInterface() ? m : m.value();
        }

        @Override
        public Object eval(Frame f) {
            return value(f);
        }

        @Override
        public long evalLong(Frame f) {
            return (Long) value(f);
        }

        @Override
        public double evalDouble(Frame f) {
            return (Double) value(f);
        }

        @Override
        public boolean evalBool(Frame f) {
            return (Boolean) value(f);
        }
    }

    /** v, ok := x.(T) as Object[]{v (a copy, or the zero value), ok}. */
    public static final class AssertOk extends Ex {
        final Assert a;

        public AssertOk(Ex x, RType target, RType staticType) {
            this.a = new Assert(x, target, staticType);
        }

        @Override
        public Object eval(Frame f) {
            Iface i = (Iface) a.x.eval(f);
            Iface m = a.match(i);
            if (m == null) {
                return new Object[] {dev.chanscope.lang.interp.rt.Values.zero(a.target), false};
            }
            Object v = a.target.isInterface() ? m : dev.chanscope.lang.interp.rt.Values.copy(a.target, m.value());
            return new Object[] {v, true};
        }
    }

    /** Whether an interface value holds exactly {@code type} or (an interface type) implements it. */
    public static boolean holds(Iface i, RType type) {
        if (i == null) {
            return false;
        }
        return type.isInterface() ? missingMethod(i.type(), type) == null : i.type() == type;
    }

    /**
     * recv.M(args) on an interface: the method is found in the dynamic type's table (the last type
     * seen is cached); compiled methods get the fast path, the receiver bound first.
     */
    public static final class Call extends Calls.Call {
        final Ex recv;
        final String name;
        final Ex[] args;
        private RType cachedType;
        private Func cachedImpl;

        public Call(Ex recv, String name, Ex[] args, Rep rep) {
            super(rep);
            this.recv = recv;
            this.name = name;
            this.args = args;
        }

        @Override
        Frame run(Frame f) {
            Iface i = (Iface) recv.eval(f);
            if (i == null) {
                Calls.boxAll(f, args);
                throw Panics.nilDeref();
            }
            Func impl;
            if (i.type() == cachedType) {
                impl = cachedImpl;
            } else {
                impl = i.type().methods.get(name).impl();
                cachedType = i.type();
                cachedImpl = impl;
            }
            if (impl instanceof Closure c && c.code.params.length == args.length + 1) {
                Frame cf = c.frame(f.g);
                cf.caller = f;
                FuncCode.Param p0 = c.code.params[0];
                Object self = p0.type().kind().isAggregate()
                        ? dev.chanscope.lang.interp.rt.Values.copy(p0.type(), i.value())
                        : i.value();
                bindReceiver(cf, p0, self);
                Calls.bind(f, cf, args, c.code.params, 1);
                c.code.run(cf);
                return cf;
            }
            Object[] a = new Object[args.length + 1];
            a[0] = i.value();
            for (int k = 0; k < args.length; k++) {
                a[k + 1] = args[k].eval(f);
            }
            f.g.result = impl.call(f.g, a);
            return null;
        }
    }

    static void bindReceiver(Frame cf, FuncCode.Param p, Object v) {
        if (p.slot() < 0) {
            return;
        }
        if (p.cell()) {
            dev.chanscope.lang.interp.rt.Cell c = dev.chanscope.lang.interp.rt.Cell.of(p.type());
            c.store(v);
            cf.o[p.slot()] = c;
        } else if (p.rep() == Rep.REF) {
            cf.o[p.slot()] = v;
        } else {
            cf.l[p.slot()] = p.rep().toBits(v);
        }
    }
}

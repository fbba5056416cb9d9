package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Function values made from methods: bound method values ({@code x.M}), and the adapters that put a
 * method into another type's method table — a value method called through a pointer, a method
 * promoted from an embedded field.
 */
public final class Methods {

    private Methods() {}

    /** x.M as a value: the receiver was evaluated (and copied, for a value method) when it was made. */
    public static final class Bound extends Func {
        final Func method;
        final Object recv;
        final String name;

        public Bound(Func method, Object recv, String name) {
            this.method = method;
            this.recv = recv;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object call(GState g, Object[] args) {
            Object[] a = new Object[args.length + 1];
            a[0] = recv;
            System.arraycopy(args, 0, a, 1, args.length);
            return method.call(g, a);
        }
    }

    private static Object derefAny(Object p) {
        return p instanceof dev.chanscope.lang.interp.rt.Ref r ? r.load() : p;
    }

    /** A value method in the pointer type's table: dereferences (and copies) the receiver. */
    public static final class ThroughPointer extends Func {
        final Func method;
        final RType elem;
        final String goName;

        /** {@code goName}: "main.T.M", as the runtime names the method in its nil-pointer panic. */
        public ThroughPointer(Func method, RType elem, String goName) {
            this.method = method;
            this.elem = elem;
            this.goName = goName;
        }

        @Override
        public String name() {
            return method.name();
        }

        @Override
        public Object call(GState g, Object[] args) {
            if (args[0] == null) {
                throw Panics.plain("value method " + goName + " called using nil *" + elem + " pointer");
            }
            Object[] a = args.clone();
            Object target = elem.kind().isAggregate() ? args[0] : ((dev.chanscope.lang.interp.rt.Ref) args[0]).load();
            a[0] = Values.copy(elem, target);
            return method.call(g, a);
        }
    }

    /**
     * A method promoted from an embedded field: follows {@code path} (field indexes; {@code
     * pointers[i]}: that field is a pointer) from the receiver to the embedded value, then calls the
     * method with it, or with its address when {@code wantsPointer}.
     */
    public static final class Promoted extends Func {
        final Func method;
        final int[] path;
        final boolean[] pointers;
        final boolean wantsPointer;
        final RType embeddedType;

        public Promoted(Func method, int[] path, boolean[] pointers, boolean wantsPointer, RType embeddedType) {
            this.method = method;
            this.path = path;
            this.pointers = pointers;
            this.wantsPointer = wantsPointer;
            this.embeddedType = embeddedType;
        }

        @Override
        public String name() {
            return method.name();
        }

        @Override
        public Object call(GState g, Object[] args) {
            Object v = args[0];
            StructVal parent = null;
            for (int i = 0; i < path.length; i++) {
                if (v == null) {
                    throw Panics.nilDeref();
                }
                parent = (StructVal) v;
                v = parent.f[path[i]];
            }
            boolean lastIsPointer = pointers.length > 0 && pointers[pointers.length - 1];
            Object[] a = args.clone();
            if (lastIsPointer) {
                if (v == null && !wantsPointer) {
                    throw Panics.nilDeref();
                }
                a[0] = wantsPointer ? v : Values.copy(embeddedType, derefAny(v));
            } else if (wantsPointer) {
                a[0] = embeddedType.kind().isAggregate()
                        ? v
                        : dev.chanscope.lang.interp.rt.Ref.field(parent, path[path.length - 1]);
            } else {
                a[0] = Values.copy(embeddedType, v);
            }
            return method.call(g, a);
        }
    }
}

package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Struct fields: {@code x.f}, assignment to it and {@code &x.f}. The base yields the StructVal (a
 * struct value, or the struct a pointer points to); {@code viaPointer}: it came through a pointer,
 * so nil is a nil dereference faulting at the field's offset.
 */
public final class Fields {

    private Fields() {}

    static StructVal base(Frame f, Ex base, boolean viaPointer, long offset) {
        StructVal s = (StructVal) base.eval(f);
        if (s == null) {
            throw Panics.nilDeref(offset);
        }
        return s;
    }

    public static final class Get extends Ex {
        final Ex base;
        final int index;
        final boolean viaPointer;
        final long offset;
        String label;

        public Get(Ex base, int index, boolean viaPointer, long offset) {
            this.base = base;
            this.index = index;
            this.viaPointer = viaPointer;
            this.offset = offset;
        }

        /** The source line race reports quote for this read. */
        public Get at(String label) {
            this.label = label;
            return this;
        }

        private StructVal struct(Frame f) {
            StructVal s = base(f, base, viaPointer, offset);
            Shared.field(f, s, index, false, label);
            return s;
        }

        @Override
        public Object eval(Frame f) {
            return struct(f).f[index];
        }

        @Override
        public long evalLong(Frame f) {
            return (Long) struct(f).f[index];
        }

        @Override
        public double evalDouble(Frame f) {
            return (Double) struct(f).f[index];
        }

        @Override
        public boolean evalBool(Frame f) {
            return (Boolean) struct(f).f[index];
        }
    }

    public static final class Set extends St {
        final Ex base;
        final int index;
        final boolean viaPointer;
        final long offset;
        final RType type;
        final Ex value;
        String label;

        public Set at(String label) {
            this.label = label;
            return this;
        }

        public Set(Ex base, int index, boolean viaPointer, long offset, RType type, Ex value) {
            this.base = base;
            this.index = index;
            this.viaPointer = viaPointer;
            this.offset = offset;
            this.type = type;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            StructVal s = (StructVal) base.eval(f);
            Object v = value.eval(f);
            if (s == null) {
                throw Panics.nilDeref(offset);
            }
            Shared.field(f, s, index, true, label);
            if (type.kind().isAggregate()) {
                Values.assign(type, s.f[index], v);
            } else {
                s.f[index] = v;
            }
            return NEXT;
        }
    }

    /** &x.f: the field's Ref, or the field's own StructVal or array when it is an aggregate. */
    public static final class Addr extends Ex {
        final Ex base;
        final int index;
        final boolean viaPointer;
        final long offset;
        final boolean aggregate;

        public Addr(Ex base, int index, boolean viaPointer, long offset, boolean aggregate) {
            this.base = base;
            this.index = index;
            this.viaPointer = viaPointer;
            this.offset = offset;
            this.aggregate = aggregate;
        }

        @Override
        public Object eval(Frame f) {
            StructVal s = base(f, base, viaPointer, offset);
            return aggregate ? s.f[index] : Ref.field(s, index);
        }
    }

    /** Follows an embedded pointer field on a selector's path: nil is a dereference of nil. */
    public static final class NotNil extends Ex {
        final Ex x;

        public NotNil(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            if (v == null) {
                throw Panics.nilDeref();
            }
            return v;
        }
    }
}

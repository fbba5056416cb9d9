package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.Values;

/** {@code *p} and {@code *p = v}: a pointer is a Ref, or the aggregate it points to. */
public final class Pointers {

    private Pointers() {}

    /** An access through a pointer to a variable or a struct field: watched for sharing (Shared). */
    static Ref watched(Frame f, Ref r, boolean write) {
        if (r instanceof dev.chanscope.lang.interp.rt.Cell c) {
            Shared.cell(f, c, write, "*p", null);
        } else if (r.container() instanceof dev.chanscope.lang.interp.rt.StructVal s) {
            Shared.field(f, s, r.index(), write, null);
        }
        return r;
    }

    public static final class Deref extends Ex {
        final Ex p;
        final boolean aggregate;

        public Deref(Ex p, RType elem) {
            this.p = p;
            this.aggregate = elem.kind().isAggregate();
        }

        private Object target(Frame f) {
            Object v = p.eval(f);
            if (v == null) {
                throw Panics.nilDeref();
            }
            return v;
        }

        @Override
        public Object eval(Frame f) {
            Object v = target(f);
            return aggregate ? v : watched(f, (Ref) v, false).load();
        }

        @Override
        public long evalLong(Frame f) {
            return watched(f, (Ref) target(f), false).loadLong();
        }

        @Override
        public double evalDouble(Frame f) {
            return watched(f, (Ref) target(f), false).loadDouble();
        }

        @Override
        public boolean evalBool(Frame f) {
            return watched(f, (Ref) target(f), false).loadBool();
        }
    }

    public static final class Set extends St {
        final Ex p;
        final RType elem;
        final Ex value;

        public Set(Ex p, RType elem, Ex value) {
            this.p = p;
            this.elem = elem;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object target = p.eval(f);
            Object v = value.eval(f);
            if (target == null) {
                throw Panics.nilDeref();
            }
            if (elem.kind().isAggregate()) {
                Values.assign(elem, target, v);
            } else {
                watched(f, (Ref) target, true).store(v);
            }
            return NEXT;
        }
    }
}

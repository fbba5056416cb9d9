package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Assignment in its general form, for what the compiler does not turn into a direct store: several
 * targets at once ({@code a, b = b, a}), compound operators on element or field targets, comma-ok
 * forms. Go's order is kept: the operands that locate every target (indexes, pointers, map keys) are
 * evaluated first, then the values, then the stores happen left to right.
 */
public final class Assign {

    private Assign() {}

    /** Where a value goes. {@link #locate} evaluates the operands naming the location. */
    public abstract static class Target {
        public Object locate(Frame f) {
            return null;
        }

        public abstract void set(Frame f, Object loc, Object v);

        public abstract Object get(Frame f, Object loc);
    }

    /** A combination for compound assignment: {@code old op value}. */
    public interface Op2 {
        Object apply(Frame f, Object old, Object value);
    }

    public static final class Blank extends Target {
        @Override
        public void set(Frame f, Object loc, Object v) {}

        @Override
        public Object get(Frame f, Object loc) {
            return null;
        }
    }

    public static final class Slot extends Target {
        final Rep rep;
        final int slot;

        public Slot(Rep rep, int slot) {
            this.rep = rep;
            this.slot = slot;
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            if (rep == Rep.REF) {
                f.o[slot] = v;
            } else {
                f.l[slot] = rep.toBits(v);
            }
        }

        @Override
        public Object get(Frame f, Object loc) {
            return rep == Rep.REF ? f.o[slot] : rep.fromBits(f.l[slot]);
        }
    }

    /** A variable in a Cell: a captured local (frame slot) or a package variable. */
    public static final class CellTarget extends Target {
        final int slot;
        final boolean global;
        String name;
        String label;

        public CellTarget(int slot, boolean global) {
            this.slot = slot;
            this.global = global;
        }

        /** The variable's name and the line, for race reports. */
        public CellTarget named(String name, String label) {
            this.name = name;
            this.label = label;
            return this;
        }

        @Override
        public Object locate(Frame f) {
            return global ? f.g.m.globals[slot] : f.o[slot];
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            Shared.cell(f, (Cell) loc, true, name, label);
            ((Cell) loc).store(v);
        }

        @Override
        public Object get(Frame f, Object loc) {
            Shared.cell(f, (Cell) loc, false, name, label);
            return ((Cell) loc).load();
        }
    }

    /** An aggregate location (a struct or array variable, field or element): assigned in place. */
    public static final class InPlace extends Target {
        final Ex where;
        final RType type;

        public InPlace(Ex where, RType type) {
            this.where = where;
            this.type = type;
        }

        @Override
        public Object locate(Frame f) {
            return where.eval(f);
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            Values.assign(type, loc, v);
        }

        @Override
        public Object get(Frame f, Object loc) {
            return loc;
        }
    }

    /** A non-aggregate struct field: {@code base} yields the StructVal (nil-checked already). */
    public static final class Field extends Target {
        final Ex base;
        final int index;

        public Field(Ex base, int index) {
            this.base = base;
            this.index = index;
        }

        @Override
        public Object locate(Frame f) {
            return base.eval(f);
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            ((StructVal) loc).f[index] = v;
        }

        @Override
        public Object get(Frame f, Object loc) {
            return ((StructVal) loc).f[index];
        }
    }

    /** A location reached through a pointer or an index: {@code ref} evaluates to a Ref. */
    public static final class ViaRef extends Target {
        final Ex ref;

        public ViaRef(Ex ref) {
            this.ref = ref;
        }

        @Override
        public Object locate(Frame f) {
            return ref.eval(f);
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            ((Ref) loc).store(v);
        }

        @Override
        public Object get(Frame f, Object loc) {
            return ((Ref) loc).load();
        }
    }

    /** {@code m[k]}: a nil map panics on store; a missing key reads as the zero value. */
    public static final class MapEntry extends Target {
        final Ex map;
        final Ex key;
        final RType mapType;

        String label;

        public MapEntry(Ex map, Ex key, RType mapType) {
            this.map = map;
            this.key = key;
            this.mapType = mapType;
        }

        /** The source line a race report on this entry's map quotes. */
        public MapEntry at(String label) {
            this.label = label;
            return this;
        }

        @Override
        public Object locate(Frame f) {
            return new Object[] {map.eval(f), Values.copy(mapType.key(), key.eval(f))};
        }

        @Override
        public void set(Frame f, Object loc, Object v) {
            Object[] mk = (Object[]) loc;
            GoMap m = (GoMap) mk[0];
            if (m == null) {
                throw Panics.nilMapWrite();
            }
            Maps.put(f, m, mk[1], Values.copy(mapType.elem(), v), label);
        }

        @Override
        public Object get(Frame f, Object loc) {
            Object[] mk = (Object[]) loc;
            GoMap m = (GoMap) mk[0];
            Object v = m == null ? null : m.get(mk[1]);
            return v != null ? v : Values.zero(mapType.elem());
        }
    }

    /** {@code t = v} through the general path. */
    public static final class Single extends St {
        final Target t;
        final Ex v;

        public Single(Target t, Ex v) {
            this.t = t;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            Object loc = t.locate(f);
            t.set(f, loc, v.eval(f));
            return NEXT;
        }
    }

    /** {@code a, b = x, y}: locate all, evaluate all (aggregates copied), then store in order. */
    public static final class Multi extends St {
        final Target[] ts;
        final Ex[] vs;

        public Multi(Target[] ts, Ex[] vs) {
            this.ts = ts;
            this.vs = vs;
        }

        @Override
        public int exec(Frame f) {
            int n = ts.length;
            Object[] locs = new Object[n];
            for (int i = 0; i < n; i++) {
                locs[i] = ts[i].locate(f);
            }
            Object[] vals = new Object[n];
            for (int i = 0; i < n; i++) {
                vals[i] = vs[i].eval(f);
            }
            for (int i = 0; i < n; i++) {
                ts[i].set(f, locs[i], vals[i]);
            }
            return NEXT;
        }
    }

    /** {@code a, b = f()} and the comma-ok forms: {@code tuple} yields an Object[]. */
    public static final class FromTuple extends St {
        final Target[] ts;
        final Ex tuple;

        public FromTuple(Target[] ts, Ex tuple) {
            this.ts = ts;
            this.tuple = tuple;
        }

        @Override
        public int exec(Frame f) {
            int n = ts.length;
            Object[] locs = new Object[n];
            for (int i = 0; i < n; i++) {
                locs[i] = ts[i].locate(f);
            }
            Object[] vals = (Object[]) tuple.eval(f);
            for (int i = 0; i < n; i++) {
                ts[i].set(f, locs[i], vals[i]);
            }
            return NEXT;
        }
    }

    /** {@code t op= v}: the target is located once. */
    public static final class Compound extends St {
        final Target t;
        final Op2 op;
        final Ex v;

        public Compound(Target t, Op2 op, Ex v) {
            this.t = t;
            this.op = op;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            Object loc = t.locate(f);
            Object old = t.get(f, loc);
            t.set(f, loc, op.apply(f, old, v.eval(f)));
            return NEXT;
        }
    }
}

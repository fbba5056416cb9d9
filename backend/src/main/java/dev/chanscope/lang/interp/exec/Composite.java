package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Composite literals and new(T). Element and field values arrive as copies the literal may own; the
 * result is fresh (a new location), so whoever receives it owns it without copying again.
 */
public final class Composite {

    private Composite() {}

    public static final class Struct extends Ex {
        final RType type;
        final int[] fields;
        final Ex[] values;

        public Struct(RType type, int[] fields, Ex[] values) {
            this.type = type;
            this.fields = fields;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            StructVal s = (StructVal) Values.zero(type);
            for (int i = 0; i < fields.length; i++) {
                s.f[fields[i]] = values[i].eval(f);
            }
            f.g.m.alloc(type.size());
            return s;
        }
    }

    /** An array literal: elements at the given indexes, the rest zero. */
    public static final class Array extends Ex {
        final RType type;
        final int[] indexes;
        final Ex[] values;

        public Array(RType type, int[] indexes, Ex[] values) {
            this.type = type;
            this.indexes = indexes;
            this.values = values;
        }

        Object fill(Frame f, int n) {
            Object a = Arrays.make(type.elem(), n);
            for (int i = 0; i < indexes.length; i++) {
                Arrays.set(a, indexes[i], values[i].eval(f));
            }
            return a;
        }

        @Override
        public Object eval(Frame f) {
            f.g.m.alloc(type.size());
            return fill(f, (int) type.len());
        }
    }

    /** A slice literal: a new backing array of {@code len} elements. */
    public static final class SliceLit extends Ex {
        final Array array;
        final int len;

        public SliceLit(RType elemArrayType, int len, int[] indexes, Ex[] values) {
            this.array = new Array(elemArrayType, indexes, values);
            this.len = len;
        }

        @Override
        public Object eval(Frame f) {
            f.g.m.alloc(len * array.type.elem().size());
            return new Slice(array.fill(f, len), 0, len, len);
        }
    }

    public static final class MapLit extends Ex {
        final RType type;
        final Ex[] keys;
        final Ex[] values;

        public MapLit(RType type, Ex[] keys, Ex[] values) {
            this.type = type;
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            GoMap m = new GoMap(type, keys.length);
            f.g.m.alloc(48);
            for (int i = 0; i < keys.length; i++) {
                Maps.put(f, m, keys[i].eval(f), values[i].eval(f), null);
            }
            return m;
        }
    }

    /** new(T), or &x of a fresh non-aggregate value: a Cell (an aggregate is its own pointer). */
    public static final class New extends Ex {
        final RType type;
        final Ex init;

        public New(RType type, Ex init) {
            this.type = type;
            this.init = init;
        }

        @Override
        public Object eval(Frame f) {
            f.g.m.alloc(Math.max(8, type.size()));
            if (type.kind().isAggregate()) {
                return init == null ? Values.zero(type) : init.eval(f);
            }
            Cell c = Cell.of(type);
            if (init != null) {
                c.store(init.eval(f));
            }
            return c;
        }
    }
}

package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;

/** Map nodes: make, index (zero value when missing), comma-ok, store, delete, len. */
public final class Maps {

    private Maps() {}

    /** Stores an entry the map may own, counting a new entry's memory. */
    static void put(Frame f, GoMap m, Object k, Object v, String label) {
        MapWrites.write(f, m, label);
        if (m.find(k) == null) {
            f.g.m.alloc(m.type.key().size() + m.type.elem().size() + 8);
        }
        m.put(k, v);
    }

    public static final class Make extends Ex {
        final RType type;
        final Ex hint;

        public Make(RType type, Ex hint) {
            this.type = type;
            this.hint = hint;
        }

        @Override
        public Object eval(Frame f) {
            long n = hint == null ? 0 : hint.evalLong(f);
            if (n < 0) {
                throw Panics.error("makemap: size out of range");
            }
            f.g.m.alloc(
                    48 + Math.min(n, 1 << 20) * (type.key().size() + type.elem().size()));
            return new GoMap(type, (int) Math.min(n, 1 << 16));
        }
    }

    /** m[k]: the zero value when the key is missing (an aggregate read is borrowed: the map owns it). */
    public static final class Get extends Ex {
        String label;
        final Ex map;
        final Ex key;
        final RType type;

        public Get(Ex map, Ex key, RType type) {
            this.map = map;
            this.key = key;
            this.type = type;
        }

        /** The source line race reports quote for this access. */
        public Get at(String label) {
            this.label = label;
            return this;
        }

        private Object lookup(Frame f) {
            GoMap m = (GoMap) map.eval(f);
            Object k = key.eval(f);
            if (m == null) {
                Values.hash(type.key(), k); // an unhashable interface key panics even on a nil map
                return null;
            }
            MapWrites.read(f, m, label);
            return m.get(k);
        }

        @Override
        public Object eval(Frame f) {
            Object v = lookup(f);
            return v != null ? v : Values.zero(type.elem());
        }

        @Override
        public long evalLong(Frame f) {
            Object v = lookup(f);
            return v == null ? 0 : (Long) v;
        }

        @Override
        public double evalDouble(Frame f) {
            Object v = lookup(f);
            return v == null ? 0 : (Double) v;
        }

        @Override
        public boolean evalBool(Frame f) {
            Object v = lookup(f);
            return v != null && (Boolean) v;
        }
    }

    /** v, ok := m[k] as an Object[]{v, ok}. */
    public static final class GetOk extends Ex {
        String label;
        final Ex map;
        final Ex key;
        final RType type;

        public GetOk(Ex map, Ex key, RType type) {
            this.map = map;
            this.key = key;
            this.type = type;
        }

        /** The source line race reports quote for this access. */
        public GetOk at(String label) {
            this.label = label;
            return this;
        }

        @Override
        public Object eval(Frame f) {
            GoMap m = (GoMap) map.eval(f);
            Object k = key.eval(f);
            GoMap.Entry e = null;
            if (m != null) {
                MapWrites.read(f, m, label);
                e = m.find(k);
            } else {
                Values.hash(type.key(), k);
            }
            return e == null
                    ? new Object[] {Values.zero(type.elem()), false}
                    : new Object[] {Values.copy(type.elem(), e.value), true};
        }
    }

    public static final class Set extends St {
        String label;
        final Ex map;
        final Ex key;
        final Ex value;
        final RType type;

        /** {@code value} must be a copy the map may own (the compiler copies borrowed aggregates). */
        public Set(Ex map, Ex key, Ex value, RType type) {
            this.map = map;
            this.key = key;
            this.value = value;
            this.type = type;
        }

        /** The source line race reports quote for this access. */
        public Set at(String label) {
            this.label = label;
            return this;
        }

        @Override
        public int exec(Frame f) {
            GoMap m = (GoMap) map.eval(f);
            Object k = Values.copy(type.key(), key.eval(f));
            Object v = value.eval(f);
            if (m == null) {
                throw Panics.nilMapWrite();
            }
            put(f, m, k, v, label);
            return NEXT;
        }
    }

    public static final class Delete extends St {
        String label;
        final Ex map;
        final Ex key;
        final RType type;

        public Delete(Ex map, Ex key, RType type) {
            this.map = map;
            this.key = key;
            this.type = type;
        }

        /** The source line race reports quote for this access. */
        public Delete at(String label) {
            this.label = label;
            return this;
        }

        @Override
        public int exec(Frame f) {
            GoMap m = (GoMap) map.eval(f);
            Object k = key.eval(f);
            if (m == null) {
                Values.hash(type.key(), k);
                return NEXT;
            }
            MapWrites.write(f, m, label);
            m.delete(k);
            return NEXT;
        }
    }

    public static final class Len extends Ex.L {
        final Ex map;

        public Len(Ex map) {
            this.map = map;
        }

        @Override
        public long evalLong(Frame f) {
            GoMap m = (GoMap) map.eval(f);
            return m == null ? 0 : m.len();
        }
    }
}

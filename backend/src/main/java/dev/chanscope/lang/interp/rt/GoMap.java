package dev.chanscope.lang.interp.rt;

import java.util.HashMap;

/**
 * A Go map: entries kept in insertion order (with tombstones) and indexed by a hash table whose keys
 * follow Go's equality. Iteration never depends on Java hashing: {@code range} visits the entries
 * that existed when it began, starting at an offset drawn from the run's seeded source, skipping
 * those deleted meanwhile (entries added during the loop are not visited, which Go allows).
 */
public final class GoMap {

    /** One key/value pair; {@code deleted} tells iterators that still hold it to skip it. */
    public static final class Entry {
        public final Object key;
        public Object value;
        boolean deleted;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }

        public boolean deleted() {
            return deleted;
        }
    }

    /** A NaN key: never equal to anything, so every NaN inserted is a new entry, as in Go. */
    private static final class NaNKey {}

    /** A struct, array or interface key: Go equality and hashing by value. */
    private record DeepKey(RType type, Object value, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DeepKey d && Values.equal(type, value, d.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    public final RType type;
    private final HashMap<Object, Entry> index = new HashMap<>();
    private Entry[] entries;
    private int used;

    /** The goroutine that first wrote the map; another goroutine's access makes it shared. */
    public int writer;

    /** The race detector's state, once goroutines other than the first writer use the map. */
    public dev.chanscope.engine.RaceCell race;

    public GoMap(RType type, int hint) {
        this.type = type;
        this.entries = new Entry[Math.max(4, Math.min(hint, 1 << 16))];
    }

    public int len() {
        return index.size();
    }

    private Object lookupKey(Object k) {
        RType kt = type.key();
        Kind kind = kt.kind();
        if (kind.isInteger() || kind == Kind.STRING || kind == Kind.BOOL) {
            return k;
        }
        return switch (kind) {
            case FLOAT32, FLOAT64 -> {
                double d = (Double) k;
                yield d != d ? new NaNKey() : d == 0 ? (Object) 0.0 : k;
            }
            case STRUCT, ARRAY, INTERFACE -> new DeepKey(kt, k, Values.hash(kt, k));
            default -> k; // pointers, channels: identity, or Ref's own location equality
        };
    }

    /** The entry for {@code k}, or null. */
    public Entry find(Object k) {
        return index.get(lookupKey(k));
    }

    /** The value for {@code k}, or null when absent (callers supply the zero value). */
    public Object get(Object k) {
        Entry e = index.get(lookupKey(k));
        return e == null ? null : e.value;
    }

    /** Stores the value (an aggregate key or value must already be a copy the map may own). */
    public void put(Object k, Object v) {
        Object lk = lookupKey(k);
        Entry e = index.get(lk);
        if (e != null) {
            e.value = v;
            return;
        }
        e = new Entry(k, v);
        index.put(lk, e);
        if (used == entries.length) {
            grow();
        }
        entries[used++] = e;
    }

    public void delete(Object k) {
        Entry e = index.remove(lookupKey(k));
        if (e != null) {
            e.deleted = true;
        }
    }

    public void clear() {
        for (int i = 0; i < used; i++) {
            if (entries[i] != null) {
                entries[i].deleted = true;
            }
        }
        index.clear();
        entries = new Entry[4];
        used = 0;
    }

    /** Makes room: drops tombstones when they are many, else doubles. Iterators keep the old array. */
    private void grow() {
        int live = index.size();
        Entry[] next = new Entry[live * 2 <= entries.length ? entries.length : entries.length * 2];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (!entries[i].deleted) {
                next[j++] = entries[i];
            }
        }
        entries = next;
        used = j;
    }

    /** The live entries in insertion order (for fmt, which sorts them, and for copying). */
    public Entry[] snapshot() {
        Entry[] out = new Entry[index.size()];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (!entries[i].deleted) {
                out[j++] = entries[i];
            }
        }
        return out;
    }

    /** An iterator for {@code range}; {@code start} is drawn from the run's seeded source by the caller. */
    public Iter iterate(int start) {
        return new Iter(entries, used, start);
    }

    /** Entries present when the loop began, from a random start, wrapping around; deleted ones skipped. */
    public static final class Iter {
        private final Entry[] entries;
        private final int n;
        private final int start;
        private int i;

        Iter(Entry[] entries, int n, int start) {
            this.entries = entries;
            this.n = n;
            this.start = n == 0 ? 0 : Math.floorMod(start, n);
        }

        /** The next live entry, or null at the end. */
        public Entry next() {
            while (i < n) {
                Entry e = entries[(start + i++) % n];
                if (!e.deleted) {
                    return e;
                }
            }
            return null;
        }
    }

    /** How many entries a range could visit: the bound to draw its start offset from. */
    public int span() {
        return used;
    }
}

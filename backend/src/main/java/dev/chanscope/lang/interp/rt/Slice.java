package dev.chanscope.lang.interp.rt;

/**
 * A slice header: a window {@code [off, off+len)} of a backing Java array with room up to {@code
 * off+cap}. Headers are immutable values, as in Go (append returns a new one); the backing array is
 * shared by every slice of it, so writes through one are seen through the others.
 */
public final class Slice {

    public final Object array;
    public final int off;
    public final int len;
    public final int cap;

    public Slice(Object array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    /** A slice over a whole new array. */
    public static Slice of(Object array) {
        int n = Arrays.length(array);
        return new Slice(array, 0, n, n);
    }

    /** Element {@code i} boxed, after Go's bounds check. */
    public Object get(int i, RType elem) {
        if (i < 0 || i >= len) {
            throw Panics.indexOutOfRange(i, len);
        }
        return Arrays.get(array, off + i, elem);
    }

    public void set(int i, Object v) {
        if (i < 0 || i >= len) {
            throw Panics.indexOutOfRange(i, len);
        }
        Arrays.set(array, off + i, v);
    }

    @Override
    public String toString() {
        return "Slice[off=" + off + ", len=" + len + ", cap=" + cap + "]";
    }
}

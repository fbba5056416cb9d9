package dev.chanscope.engine;

import java.util.Arrays;

/**
 * A vector clock for the happens-before race detector, in one of two forms. Sparse: the non-zero
 * entries only, as goroutine ids in ascending order with their counts; a goroutine's clock usually
 * knows a handful of goroutines, so ten thousand goroutines cost ten thousand small clocks, not a
 * square. Dense: counts indexed by id, taken once at least a quarter of the ids up to the largest are
 * present (a lock or wait group many goroutines passed through), where a join is a plain loop.
 */
final class VectorClock {

    private static final int[] NONE = new int[0];
    private static final int DENSE_FROM = 16;

    /** Non-null in the dense form: {@code dense[g]} is g's count; ids past the end count 0. */
    private int[] dense;

    /** Sparse form: ids ascending; {@code counts[i]} belongs to {@code ids[i]}; the first {@code n} are used. */
    private int[] ids;

    private int[] counts;
    private int n;

    VectorClock() {
        this.ids = NONE;
        this.counts = NONE;
    }

    int get(int g) {
        if (dense != null) {
            return g < dense.length ? dense[g] : 0;
        }
        int i = Arrays.binarySearch(ids, 0, n, g);
        return i >= 0 ? counts[i] : 0;
    }

    void tick(int g) {
        if (dense != null) {
            if (g >= dense.length) {
                dense = Arrays.copyOf(dense, Math.max(g + 1, dense.length + (dense.length >> 1)));
            }
            dense[g]++;
            return;
        }
        int i = Arrays.binarySearch(ids, 0, n, g);
        if (i >= 0) {
            counts[i]++;
            return;
        }
        int at = -i - 1;
        if (n == ids.length) {
            int size = Math.max(4, n * 2);
            ids = Arrays.copyOf(ids, size);
            counts = Arrays.copyOf(counts, size);
        }
        System.arraycopy(ids, at, ids, at + 1, n - at);
        System.arraycopy(counts, at, counts, at + 1, n - at);
        ids[at] = g;
        counts[at] = 1;
        n++;
    }

    /** this := max(this, other), component-wise. */
    void join(VectorClock other) {
        if (other.dense != null) {
            toDense(other.dense.length);
            int[] o = other.dense;
            int[] d = dense;
            for (int i = 0; i < o.length; i++) {
                if (o[i] > d[i]) {
                    d[i] = o[i];
                }
            }
            return;
        }
        if (other.n == 0) {
            return;
        }
        if (dense != null) {
            ensureDense(other.ids[other.n - 1] + 1);
            for (int j = 0; j < other.n; j++) {
                int g = other.ids[j];
                if (other.counts[j] > dense[g]) {
                    dense[g] = other.counts[j];
                }
            }
            return;
        }
        mergeSparse(other);
        if (n >= DENSE_FROM && n * 4 > ids[n - 1] + 1) {
            toDense(ids[n - 1] + 1);
        }
    }

    private void mergeSparse(VectorClock other) {
        int added = missing(other);
        int total = n + added;
        if (total > ids.length) {
            int size = Math.max(total, ids.length * 2);
            ids = Arrays.copyOf(ids, size);
            counts = Arrays.copyOf(counts, size);
        }
        // From the back, so entries move at most once and nothing is overwritten unread.
        int i = n - 1;
        int j = other.n - 1;
        for (int k = total - 1; j >= 0; k--) {
            if (i >= 0 && ids[i] > other.ids[j]) {
                ids[k] = ids[i];
                counts[k] = counts[i--];
            } else if (i >= 0 && ids[i] == other.ids[j]) {
                ids[k] = ids[i];
                counts[k] = Math.max(counts[i--], other.counts[j--]);
            } else {
                ids[k] = other.ids[j];
                counts[k] = other.counts[j--];
            }
        }
        n = total;
    }

    /** How many ids of sparse {@code other} have no entry in this sparse clock. */
    private int missing(VectorClock other) {
        int count = 0;
        int i = 0;
        for (int j = 0; j < other.n; j++) {
            int id = other.ids[j];
            while (i < n && ids[i] < id) {
                i++;
            }
            if (i == n || ids[i] != id) {
                count++;
            }
        }
        return count;
    }

    /** Switches to (or grows) the dense form, at least {@code length} long. */
    private void toDense(int length) {
        if (dense != null) {
            ensureDense(length);
            return;
        }
        int[] d = new int[Math.max(length, n == 0 ? 0 : ids[n - 1] + 1)];
        for (int i = 0; i < n; i++) {
            d[ids[i]] = counts[i];
        }
        dense = d;
        ids = NONE;
        counts = NONE;
        n = 0;
    }

    /**
     * Grows the dense form to exactly {@code length}: lengths taken from other clocks must not be
     * rounded up, or two clocks joining each other in turn would each outgrow the other without end.
     */
    private void ensureDense(int length) {
        if (length > dense.length) {
            dense = Arrays.copyOf(dense, length);
        }
    }

    int footprint() {
        return dense != null ? dense.length : ids.length + counts.length;
    }

    VectorClock copy() {
        VectorClock c = new VectorClock();
        if (dense != null) {
            c.dense = dense.clone();
        } else {
            c.ids = Arrays.copyOf(ids, n);
            c.counts = Arrays.copyOf(counts, n);
            c.n = n;
        }
        return c;
    }
}

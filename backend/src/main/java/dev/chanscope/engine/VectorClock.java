package dev.chanscope.engine;

import java.util.Arrays;

/**
 * A vector clock indexed by goroutine id, for the happens-before race detector. Entries past the
 * array's end are zero, so clocks of goroutines that never synchronised stay short.
 */
final class VectorClock {

    private int[] c;

    VectorClock() {
        this.c = new int[0];
    }

    private VectorClock(int[] c) {
        this.c = c;
    }

    int get(int g) {
        return g < c.length ? c[g] : 0;
    }

    void tick(int g) {
        ensure(g);
        c[g]++;
    }

    /** this := max(this, other), component-wise. */
    void join(VectorClock other) {
        int[] o = other.c;
        if (o.length > c.length) {
            c = Arrays.copyOf(c, o.length);
        }
        for (int i = 0; i < o.length; i++) {
            if (o[i] > c[i]) {
                c[i] = o[i];
            }
        }
    }

    VectorClock copy() {
        return new VectorClock(c.clone());
    }

    private void ensure(int g) {
        if (g >= c.length) {
            c = Arrays.copyOf(c, Math.max(g + 1, c.length * 2));
        }
    }
}

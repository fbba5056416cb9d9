package dev.chanscope.engine;

import java.util.Arrays;

/**
 * The run's only source of randomness: SplitMix64, fully specified here so the same seed gives the
 * same draws on every JVM (java.util's generators make no such promise across versions). Every
 * choice a run makes ({@link Scheduler}: the next goroutine, a select's poll order, jitter and the
 * program's own draws) comes from {@link #nextInt}, in program order, and nowhere else.
 *
 * <p>As in Fray, the source can keep a record of its draws (bound and value, see {@link #recording})
 * and a record can stand in for the generator ({@link #replaying}): a replay makes exactly the
 * recorded choices, which is how a test shows that no choice escapes this class. Recording is off for
 * ordinary runs, which can make millions of draws.
 */
final class Randomness {

    private long state;
    /** 64-bit values drawn (a bound that needs a retry costs two): what a run reports as its draws. */
    private long draws;

    private final boolean recording;
    private int[] bounds = new int[0];
    private int[] values = new int[0];
    private int count;

    /** The draws to make instead of generating them, or null. */
    private final Randomness replay;

    private int replayed;

    private Randomness(long seed, boolean recording, Randomness replay) {
        this.state = seed;
        this.recording = recording;
        this.replay = replay;
    }

    Randomness(long seed) {
        this(seed, false, null);
    }

    /** A source seeded with {@code seed} that keeps every draw. */
    static Randomness recording(long seed) {
        return new Randomness(seed, true, null);
    }

    /** A source that makes the draws {@code record} kept, in order, checking each bound. */
    static Randomness replaying(Randomness record) {
        if (!record.recording) {
            throw new IllegalArgumentException("only a recording can be replayed");
        }
        return new Randomness(0, true, record);
    }

    /** Uniform in [0, bound), without modulo bias (Lemire's multiply-and-reject). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        int value = replay != null ? replay.take(replayed++, bound) : generate(bound);
        if (recording) {
            keep(bound, value);
        }
        return value;
    }

    private int generate(int bound) {
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    private long nextLong() {
        draws++;
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void keep(int bound, int value) {
        if (count == bounds.length) {
            bounds = Arrays.copyOf(bounds, Math.max(16, count * 2));
            values = Arrays.copyOf(values, bounds.length);
        }
        bounds[count] = bound;
        values[count] = value;
        count++;
    }

    private int take(int i, int bound) {
        if (i >= count || bounds[i] != bound) {
            throw new IllegalStateException("the replayed run diverged at draw " + i + ": asked for a number below "
                    + bound + ", the record has " + (i >= count ? "no more draws" : "one below " + bounds[i]));
        }
        return values[i];
    }

    /** 64-bit values drawn so far; a replay generates none and counts the choices it made. */
    long draws() {
        return replay != null ? replayed : draws;
    }

    /** The draws kept so far, in order, as {@code bound:value}. */
    String[] recorded() {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = bounds[i] + ":" + values[i];
        }
        return out;
    }
}

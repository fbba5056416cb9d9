package dev.chanscope.engine;

/**
 * The run's only source of randomness: SplitMix64, fully specified here so the same seed gives the
 * same draws on every JVM (java.util's generators make no such promise across versions). Every
 * scheduling tie-break, select choice and jitter draws from it, in program order.
 */
final class Rng {

    private long state;
    private long draws;

    Rng(long seed) {
        this.state = seed;
    }

    long nextLong() {
        draws++;
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), without modulo bias (Lemire's multiply-and-reject). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
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

    long draws() {
        return draws;
    }
}

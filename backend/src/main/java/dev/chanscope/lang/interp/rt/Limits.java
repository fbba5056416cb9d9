package dev.chanscope.lang.interp.rt;

/**
 * The interpreter's own bounds on one run, on top of the engine's (goroutines, events, scheduler
 * steps, virtual and wall time). Each ends the run with a limit diagnostic that names it.
 *
 * @param maxUnits units of work (statements, calls, loop iterations) the program may execute
 * @param maxAllocBytes bytes the program may allocate over the whole run, counted as Go sizes them
 *     (make, append, new, composite literals, string concatenation and conversion)
 * @param maxDepth nested Go calls in one goroutine (Go's own limit is a 1 GB stack)
 * @param maxOutputBytes bytes written to stdout and stderr together
 */
public record Limits(long maxUnits, long maxAllocBytes, int maxDepth, long maxOutputBytes) {

    public static final Limits DEFAULT = new Limits(4_000_000_000L, 256L << 20, 100_000, 1L << 20);

    public Limits {
        if (maxUnits <= 0 || maxAllocBytes <= 0 || maxDepth <= 0 || maxOutputBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxUnits(long n) {
        return new Limits(n, maxAllocBytes, maxDepth, maxOutputBytes);
    }

    public Limits withMaxAllocBytes(long n) {
        return new Limits(maxUnits, n, maxDepth, maxOutputBytes);
    }

    public Limits withMaxDepth(int n) {
        return new Limits(maxUnits, maxAllocBytes, n, maxOutputBytes);
    }

    public Limits withMaxOutputBytes(long n) {
        return new Limits(maxUnits, maxAllocBytes, maxDepth, n);
    }
}

package dev.chanscope.engine;

/** Virtual-time helpers: Go-like constructors and a human-readable format. */
public final class Durations {

    public static final long NANOSECOND = 1;
    public static final long MICROSECOND = 1_000;
    public static final long MILLISECOND = 1_000_000;
    public static final long SECOND = 1_000_000_000;

    private Durations() {}

    public static long ms(long n) {
        return n * MILLISECOND;
    }

    public static long us(long n) {
        return n * MICROSECOND;
    }

    public static long seconds(long n) {
        return n * SECOND;
    }

    /**
     * Exactly {@code number} (decimal digits, maybe with a fraction) of {@code unit} ({@code ns},
     * {@code us} or {@code µs}, {@code ms}, {@code s}) in nanoseconds, halves rounded up: what a
     * written duration such as {@code 1.5ms} means, however large.
     */
    public static java.math.BigInteger exactNanos(String number, String unit) {
        long scale = switch (unit) {
            case "ns" -> NANOSECOND;
            case "us", "µs" -> MICROSECOND;
            case "ms" -> MILLISECOND;
            case "s" -> SECOND;
            default -> throw new IllegalArgumentException("not a duration unit: " + unit);
        };
        return new java.math.BigDecimal(number)
                .multiply(java.math.BigDecimal.valueOf(scale))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .toBigIntegerExact();
    }

    /** "1.5ms", "20µs", "3s", like Go's time.Duration.String() but shorter. */
    public static String format(long nanos) {
        if (nanos % SECOND == 0 && nanos != 0) {
            return nanos / SECOND + "s";
        }
        if (nanos >= SECOND) {
            return trim(nanos / (double) SECOND) + "s";
        }
        if (nanos >= MILLISECOND) {
            return trim(nanos / (double) MILLISECOND) + "ms";
        }
        if (nanos >= MICROSECOND) {
            return trim(nanos / (double) MICROSECOND) + "µs";
        }
        return nanos + "ns";
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

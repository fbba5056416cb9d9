package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** strconv's ParseInt, ParseUint and ParseFloat with Go's syntax (prefixes and _ for base 0). */
final class ParseNumbers {

    /** A decimal float without sign or underscores: digits on at least one side of the point. */
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?");

    /** A hexadecimal float (lower case, no sign or underscores): Go requires its p exponent. */
    private static final Pattern HEX_FLOAT = Pattern.compile("0x([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?[0-9]+");

    private ParseNumbers() {}

    /**
     * Go's rule for underscores in a number (sign and base prefix allowed): each one stands between
     * two digits, or between the base prefix and a digit.
     */
    static boolean underscoreOK(String s) {
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        char saw = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
        boolean hex = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0' && "bBoOxX".indexOf(s.charAt(i + 1)) >= 0) {
            hex = Character.toLowerCase(s.charAt(i + 1)) == 'x';
            saw = '0';
            i += 2;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))) {
                saw = '0';
            } else if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
            } else {
                if (saw == '_') {
                    return false;
                }
                saw = '!';
            }
        }
        return saw != '_';
    }

    static Object[] parseInt(GState g, StrconvLib.Env env, String func, String s, long base, long bitSize) {
        if (s.isEmpty()) {
            return Args.tuple(0L, env.err(g, func, s, false));
        }
        String digits = s;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            digits = s.substring(1);
        }
        Object[] u = parseUint(g, env, func, digits, base, bitSize);
        if (u[1] != null) {
            Object err = env.err(g, func, s, isRange(u));
            if (!isRange(u)) {
                return Args.tuple(0L, err);
            }
            long max = bitSize == 0 ? Long.MAX_VALUE : bitSize >= 64 ? Long.MAX_VALUE : (1L << (bitSize - 1)) - 1;
            return Args.tuple(neg ? -max - 1 : max, err);
        }
        long size = bitSize == 0 ? 64 : bitSize;
        BigInteger v = new BigInteger(Long.toUnsignedString((Long) u[0]));
        BigInteger cutoff = BigInteger.ONE.shiftLeft((int) size - 1);
        if (!neg && v.compareTo(cutoff) >= 0) {
            return Args.tuple(cutoff.subtract(BigInteger.ONE).longValue(), env.err(g, func, s, true));
        }
        if (neg && v.compareTo(cutoff) > 0) {
            return Args.tuple(cutoff.negate().longValue(), env.err(g, func, s, true));
        }
        return Args.tuple(neg ? v.negate().longValue() : v.longValue(), null);
    }

    private static boolean isRange(Object[] parsed) {
        return Boolean.TRUE.equals(parsed.length > 2 ? parsed[2] : null);
    }

    /** (value, err, isRange) — the third element says the error is a range error. */
    static Object[] parseUint(GState g, StrconvLib.Env env, String func, String s, long base, long bitSize) {
        String orig = s;
        if (s.isEmpty()) {
            return new Object[] {0L, env.err(g, func, orig, false), false};
        }
        boolean base0 = base == 0;
        if (base0) {
            base = 10;
            if (s.charAt(0) == '0') {
                if (s.length() >= 3 && (s.charAt(1) == 'b' || s.charAt(1) == 'B')) {
                    base = 2;
                    s = s.substring(2);
                } else if (s.length() >= 3 && (s.charAt(1) == 'o' || s.charAt(1) == 'O')) {
                    base = 8;
                    s = s.substring(2);
                } else if (s.length() >= 3 && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                    if (s.isEmpty()) {
                        return new Object[] {0L, null, false};
                    }
                }
            }
        } else if (base < 2 || base > 36) {
            return new Object[] {
                0L,
                ErrorsLib.newError("strconv." + func + ": parsing "
                        + dev.chanscope.lang.interp.rt.Quote.string(orig, false) + ": invalid base " + base),
                false
            };
        }
        if (base0) {
            if (!underscoreOK(orig)) {
                return new Object[] {0L, env.err(g, func, orig, false), false};
            }
            s = s.replace("_", "");
        }
        long size = bitSize == 0 ? 64 : bitSize;
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c < 128 ? Character.digit(c, (int) base) : -1; // Go's digits are ASCII only
            if (d < 0) {
                return new Object[] {0L, env.err(g, func, orig, false), false};
            }
            v = v.multiply(BigInteger.valueOf(base)).add(BigInteger.valueOf(d));
        }
        if (s.isEmpty()) {
            return new Object[] {0L, env.err(g, func, orig, false), false};
        }
        if (v.bitLength() > size) {
            long max = size >= 64 ? -1L : (1L << size) - 1;
            return new Object[] {max, env.err(g, func, orig, true), true};
        }
        return new Object[] {v.longValue(), null, false};
    }

    static Object[] parseFloat(GState g, StrconvLib.Env env, String s, long bitSize) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return Args.tuple(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, null);
        }
        if (t.equals("nan")) { // Go takes no sign before NaN
            return Args.tuple(Double.NaN, null);
        }
        String clean = t.replace("_", "");
        String digits = body.replace("_", "");
        if (!(HEX_FLOAT.matcher(digits).matches()
                        || DECIMAL_FLOAT.matcher(digits).matches())
                || !underscoreOK(body)) {
            return Args.tuple(0.0, env.err(g, "ParseFloat", s, false));
        }
        double d;
        if (clean.contains("0x")) {
            d = Double.parseDouble(clean);
        } else {
            BigDecimal exact = new BigDecimal(clean);
            d = bitSize == 32 ? exact.floatValue() : exact.doubleValue();
        }
        if (d == 0 && neg) {
            d = -0.0; // BigDecimal has no negative zero; Go keeps the sign ("-0", "-1e-400")
        }
        if (Double.isInfinite(d)) {
            return Args.tuple(d, env.err(g, "ParseFloat", s, true));
        }
        return Args.tuple(bitSize == 32 ? (double) (float) d : d, null);
    }
}

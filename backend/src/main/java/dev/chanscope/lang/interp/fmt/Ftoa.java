package dev.chanscope.lang.interp.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * strconv.FormatFloat: formats 'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X' with a precision, or the
 * shortest digits that read back as the same float (precision -1). Fixed precisions round the exact
 * binary value half to even, as Go does; shortest digits come from Java's shortest-representation
 * algorithm, corrected where Java keeps two digits although one suffices (4.9E-324 is Go's 5e-324).
 */
public final class Ftoa {

    /** Decimal digits {@code 0.d1d2…dn × 10^dp}, without trailing zeros ({@code nd == 0} for zero). */
    record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }
    }

    private Ftoa() {}

    public static String format(double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        double a = Math.abs(v);
        if (fmt == 'b') {
            return FtoaBinary.formatB(neg, a, bitSize);
        }
        if (fmt == 'x' || fmt == 'X') {
            return FtoaBinary.formatX(neg, a, prec, fmt, bitSize);
        }
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(a, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> {}
            }
        } else if (fmt == 'f') {
            digs = roundedAfterPoint(a, prec);
        } else {
            int digits = switch (fmt) {
                case 'e', 'E' -> prec + 1;
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    yield prec;
                }
                default -> 1;
            };
            digs = significant(a, digits);
        }
        StringBuilder b = new StringBuilder(24);
        switch (fmt) {
            case 'e', 'E' -> fmtE(b, neg, digs, prec, fmt);
            case 'f' -> fmtF(b, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(b, neg, digs, prec - 1, (char) (fmt + 'e' - 'g'));
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(b, neg, digs, Math.max(prec - digs.dp(), 0));
                }
            }
            default -> {
                b.append('%').append(fmt);
            }
        }
        return b.toString();
    }

    /** The shortest digits that identify {@code a} (non-negative, finite) among floats of its size. */
    static Digits shortest(double a, int bitSize) {
        if (a == 0) {
            return new Digits("", 0);
        }
        String s = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
        Digits d = parseJava(s);
        if (d.nd() == 2) {
            Digits one = oneDigit(a, d, bitSize);
            if (one != null) {
                return one;
            }
        }
        return d;
    }

    /** Java may print two digits where one reads back the same; Go prints the closest such one. */
    private static Digits oneDigit(double a, Digits two, int bitSize) {
        int first = two.at(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(a);
        BigDecimal bestDist = null;
        for (int digit = first; digit <= first + 1; digit++) {
            Digits cand = digit == 10 ? new Digits("1", two.dp() + 1) : new Digits(String.valueOf(digit), two.dp());
            if (digit == 0) {
                continue;
            }
            BigDecimal value = toBig(cand);
            boolean same = bitSize == 32
                    ? Float.parseFloat(value.toString()) == (float) a
                    : Double.parseDouble(value.toString()) == a;
            if (!same) {
                continue;
            }
            BigDecimal dist = value.subtract(exact).abs();
            if (best == null || dist.compareTo(bestDist) < 0) {
                best = cand;
                bestDist = dist;
            }
        }
        return best;
    }

    private static BigDecimal toBig(Digits d) {
        return new BigDecimal(new java.math.BigInteger(d.d()), d.nd() - d.dp());
    }

    /** Digits of Java's Double/Float.toString output ("123.45", "1.0E-5", "4.9E-324"). */
    private static Digits parseJava(String s) {
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int point = mant.indexOf('.');
        String digits = mant.substring(0, point) + mant.substring(point + 1);
        int dp = point + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        dp -= lead;
        return trim(digits, dp);
    }

    private static Digits trim(String digits, int dp) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return end == 0 ? new Digits("", 0) : new Digits(digits.substring(0, end), dp);
    }

    /** The exact value rounded half-even to {@code n} significant digits. */
    private static Digits significant(double a, int n) {
        if (a == 0) {
            return new Digits("", 0);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBig(r);
    }

    /** The exact value rounded half-even to {@code prec} digits after the point. */
    private static Digits roundedAfterPoint(double a, int prec) {
        if (a == 0) {
            return new Digits("", 0);
        }
        BigDecimal r = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN);
        return fromBig(r);
    }

    private static Digits fromBig(BigDecimal r) {
        if (r.signum() == 0) {
            return new Digits("", 0);
        }
        String u = r.unscaledValue().toString();
        return trim(u, u.length() - r.scale());
    }

    /** %e: d.ddddde±dd */
    private static void fmtE(StringBuilder b, boolean neg, Digits d, int prec, char fmt) {
        if (neg) {
            b.append('-');
        }
        b.append(d.nd() == 0 ? '0' : d.at(0));
        if (prec > 0) {
            b.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                b.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                b.append('0');
            }
        }
        b.append(fmt);
        int exp = d.dp() - 1;
        if (d.nd() == 0) {
            exp = 0;
        }
        if (exp < 0) {
            b.append('-');
            exp = -exp;
        } else {
            b.append('+');
        }
        if (exp < 10) {
            b.append('0').append((char) ('0' + exp));
        } else {
            b.append(exp);
        }
    }

    /** %f: -ddddd.ddddd */
    private static void fmtF(StringBuilder b, boolean neg, Digits d, int prec) {
        if (neg) {
            b.append('-');
        }
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            b.append(d.d(), 0, m);
            for (; m < d.dp(); m++) {
                b.append('0');
            }
        } else {
            b.append('0');
        }
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                b.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
            }
        }
    }
}

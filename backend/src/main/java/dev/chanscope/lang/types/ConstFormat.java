package dev.chanscope.lang.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Constants written as go/constant writes them in messages ({@code %.6g} floats, quoted strings). */
final class ConstFormat {

    private ConstFormat() {}

    /** Longest quoted string shown before it is cut with {@code ...}, as go/constant does. */
    private static final int MAX_QUOTED = 72;

    static String format(Constant.Float f) {
        Rat r = f.value();

        double d = r.toDouble();
        if (!Double.isInfinite(d) && (d == 0) == (r.signum() == 0)) {
            String s = formatG(d, 6);
            if (!r.isInt() && s.indexOf('.') < 0 && s.indexOf('e') < 0) {
                s = formatG(d, -1);
            }
            return s;
        }
        // Out of float64 range: mantissa and decimal exponent, as go/constant prints huge values.
        BigDecimal q =
                new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = q.precision() - q.scale() - 1;
        BigDecimal mant = q.movePointLeft(exp).stripTrailingZeros();
        return mant.toPlainString() + "e" + (exp >= 0 ? "+" : "") + exp;
    }

    /** Go's {@code %.<prec>g} (prec -1: the shortest representation that reads back, Go's {@code %g}). */
    static String formatG(double d, int prec) {
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal v;
        if (prec < 0) {
            v = new BigDecimal(Double.toString(Math.abs(d)));
        } else {
            v = new BigDecimal(Math.abs(d)).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        }
        v = v.stripTrailingZeros();
        int digits = v.precision();
        int exp = v.precision() - v.scale() - 1;
        int eprec = prec < 0 ? Math.max(digits, 21) : prec;
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= eprec) {
            String m = v.unscaledValue().toString();
            String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            String e = Integer.toString(Math.abs(exp));
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return sign + v.toPlainString();
    }

    static String quote(Constant.Str s) {
        String q = quoteGo(s.text());
        if (q.length() > MAX_QUOTED) {
            int cut = MAX_QUOTED - 3;
            int i = 0;
            while (i < q.length()) {
                int next = i + Character.charCount(q.codePointAt(i));
                if (next > cut) {
                    break;
                }
                i = next;
            }
            return q.substring(0, i) + "...";
        }
        return q;
    }

    /** strconv.Quote: Go's double-quoted form, printable letters kept. */
    static String quoteGo(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 7 -> b.append("\\a");
                case 8 -> b.append("\\b");
                case 12 -> b.append("\\f");
                case 11 -> b.append("\\v");
                default -> {
                    if (c == 0xFFFD) {
                        b.append("\\ufffd");
                    } else if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\x%02x", c));
                    } else if (c >= 0x80
                            && !Character.isLetterOrDigit(c)
                            && Character.getType(c) == Character.CONTROL) {
                        b.append(c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}

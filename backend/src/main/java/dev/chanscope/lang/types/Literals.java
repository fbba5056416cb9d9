package dev.chanscope.lang.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The values of Go literals as written in source (the scanner has checked their form): integers in
 * every base with {@code _} separators, decimal and hexadecimal floats, runes and strings with
 * escapes. Strings come back as bytes, one char per byte (see {@link Constant.Str}).
 */
public final class Literals {

    private Literals() {}

    /**
     * Decimal exponents beyond this are refused: exact rationals of that size would take unbounded
     * time and memory (Go itself keeps such constants as approximate floats).
     */
    static final int MAX_DECIMAL_EXPONENT = 10_000;

    /** An INT literal's value, or null when malformed. */
    public static BigInteger intValue(String lit) {
        String s = lit.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0') {
                char c = Character.toLowerCase(s.charAt(1));
                if (c == 'x') {
                    return new BigInteger(s.substring(2), 16);
                }
                if (c == 'b') {
                    return new BigInteger(s.substring(2), 2);
                }
                if (c == 'o') {
                    return new BigInteger(s.substring(2), 8);
                }
                return new BigInteger(s.substring(1), 8);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A FLOAT literal's exact value, or null when malformed or its exponent is too large. */
    public static Rat floatValue(String lit) {
        String s = lit.replace("_", "").toLowerCase();
        try {
            if (s.startsWith("0x")) {
                return hexFloat(s.substring(2));
            }
            int e = s.indexOf('e');
            long exp = 0;
            String mant = s;
            if (e >= 0) {
                exp = Long.parseLong(s.substring(e + 1).replace("+", ""));
                mant = s.substring(0, e);
            }
            int dot = mant.indexOf('.');
            String digits = mant;
            if (dot >= 0) {
                digits = mant.substring(0, dot) + mant.substring(dot + 1);
                exp -= mant.length() - dot - 1;
            }
            if (digits.isEmpty()) {
                digits = "0";
            }
            BigInteger n = new BigInteger(digits);
            if (n.signum() == 0) {
                return Rat.ZERO;
            }
            if (Math.abs(exp) > MAX_DECIMAL_EXPONENT + digits.length()) {
                return null;
            }
            return exp >= 0
                    ? Rat.of(n.multiply(BigInteger.TEN.pow((int) exp)))
                    : new Rat(n, BigInteger.TEN.pow((int) -exp));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Rat hexFloat(String s) {
        int p = s.indexOf('p');
        long exp = 0;
        String mant = s;
        if (p >= 0) {
            exp = Long.parseLong(s.substring(p + 1).replace("+", ""));
            mant = s.substring(0, p);
        }
        int dot = mant.indexOf('.');
        String digits = mant;
        if (dot >= 0) {
            digits = mant.substring(0, dot) + mant.substring(dot + 1);
            exp -= 4L * (mant.length() - dot - 1);
        }
        if (digits.isEmpty()) {
            digits = "0";
        }
        BigInteger n = new BigInteger(digits, 16);
        if (n.signum() == 0) {
            return Rat.ZERO;
        }
        if (Math.abs(exp) > 4 * MAX_DECIMAL_EXPONENT) {
            return null;
        }
        return exp >= 0 ? Rat.of(n.shiftLeft((int) exp)) : new Rat(n, BigInteger.ONE.shiftLeft((int) -exp));
    }

    /** A CHAR literal's code point ({@code 'a'}, {@code '\n'}, {@code '\u00e9'}, {@code '\377'}), or -1. */
    public static int runeValue(String lit) {
        if (lit.length() < 3) {
            return -1;
        }
        String body = lit.substring(1, lit.length() - 1);
        if (body.charAt(0) != '\\') {
            return body.codePointAt(0);
        }
        int[] out = new int[2];
        if (escape(body, 0, '\'', out) < 0) {
            return -1;
        }
        return out[0];
    }

    /** A STRING literal's value as bytes, one char per byte; interpreted or raw. */
    public static String stringValue(String lit) {
        if (lit.length() < 2) {
            return "";
        }
        String body = lit.substring(1, lit.length() - 1);
        if (lit.charAt(0) == '`') {
            return bytes(body);
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        int[] out = new int[2];
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                b.append(bytes(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
                continue;
            }
            int next = escape(body, i, '"', out);
            if (next < 0) {
                break;
            }
            if (out[1] == 1) {
                b.append((char) (out[0] & 0xFF));
            } else {
                b.append(bytes(new String(Character.toChars(validRune(out[0])))));
            }
            i = next;
        }
        return b.toString();
    }

    private static int validRune(int cp) {
        return cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp;
    }

    /** UTF-8 bytes of text, one char per byte. */
    static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes the escape at {@code s[i]} (a backslash): out[0] the value, out[1] 1 when it is a byte
     * ({@code \x}, octal) rather than a code point. Returns the index after it, or -1.
     */
    private static int escape(String s, int i, char quote, int[] out) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        char c = s.charAt(i + 1);
        out[1] = 0;
        switch (c) {
            case 'a' -> out[0] = 7;
            case 'b' -> out[0] = 8;
            case 'f' -> out[0] = 12;
            case 'n' -> out[0] = '\n';
            case 'r' -> out[0] = '\r';
            case 't' -> out[0] = '\t';
            case 'v' -> out[0] = 11;
            case '\\' -> out[0] = '\\';
            case '\'', '"' -> out[0] = c;
            case 'x' -> {
                out[1] = 1;
                return hex(s, i + 2, 2, out);
            }
            case 'u' -> {
                return hex(s, i + 2, 4, out);
            }
            case 'U' -> {
                return hex(s, i + 2, 8, out);
            }
            default -> {
                if (c >= '0' && c <= '7' && i + 4 <= s.length()) {
                    try {
                        out[0] = Integer.parseInt(s.substring(i + 1, i + 4), 8);
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                    out[1] = 1;
                    return i + 4;
                }
                return -1;
            }
        }
        return i + 2;
    }

    private static int hex(String s, int from, int n, int[] out) {
        if (from + n > s.length()) {
            return -1;
        }
        try {
            out[0] = (int) Long.parseLong(s.substring(from, from + n), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
        return from + n;
    }
}

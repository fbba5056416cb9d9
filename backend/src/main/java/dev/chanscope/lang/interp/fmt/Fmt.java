package dev.chanscope.lang.interp.fmt;

import dev.chanscope.lang.interp.rt.Quote;
import dev.chanscope.lang.interp.rt.Utf8;

/**
 * fmt's formatter (format.go): flags, width and precision, and how each kind of operand is padded
 * and spelled. Output goes to {@link #buf} as Go bytes, one char per byte.
 */
final class Fmt {

    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    StringBuilder buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    int wid;
    int prec;

    Fmt(StringBuilder buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    /** The flags as a value, to save and restore around nested formatting. */
    long saveFlags() {
        long f = (widPresent ? 1 : 0)
                | (precPresent ? 2 : 0)
                | (minus ? 4 : 0)
                | (plus ? 8 : 0)
                | (sharp ? 16 : 0)
                | (space ? 32 : 0)
                | (zero ? 64 : 0)
                | (plusV ? 128 : 0)
                | (sharpV ? 256 : 0);
        return f | (long) wid << 16 | (long) prec << 40;
    }

    void restoreFlags(long f) {
        widPresent = (f & 1) != 0;
        precPresent = (f & 2) != 0;
        minus = (f & 4) != 0;
        plus = (f & 8) != 0;
        sharp = (f & 16) != 0;
        space = (f & 32) != 0;
        zero = (f & 64) != 0;
        plusV = (f & 128) != 0;
        sharpV = (f & 256) != 0;
        wid = (int) (f >>> 16 & 0xFFFFFF);
        prec = (int) (f >>> 40 & 0xFFFFFF);
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    /** Appends {@code s} (Go bytes) padded to the width, counted in runes. */
    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - Utf8.runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** %U: "U+0078", with #: "U+0078 'x'". */
    void fmtUnicode(long u) {
        int p = precPresent && prec > 4 ? prec : 4;
        StringBuilder digits = new StringBuilder();
        long v = u;
        do {
            digits.append(UDIGITS.charAt((int) (v & 0xF)));
            v >>>= 4;
            p--;
        } while (v != 0);
        while (p > 0) {
            digits.append('0');
            p--;
        }
        StringBuilder s = new StringBuilder("U+").append(digits.reverse());
        if (sharp && u >= 0 && u <= Utf8.MAX_RUNE && Quote.isPrint((int) u)) {
            s.append(" '");
            Utf8.append(s, u);
            s.append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(s.toString());
        zero = oldZero;
    }

    /** Integers in base 2, 8, 10 or 16; {@code u} holds the bits, read as signed when {@code signed}. */
    void fmtInteger(long u, int base, boolean signed, char verb, String digits) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u;
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--;
            }
        }
        StringBuilder b = new StringBuilder(24);
        switch (base) {
            case 10 -> b.append(new StringBuilder(Long.toUnsignedString(u)).reverse());
            case 16 -> {
                do {
                    b.append(digits.charAt((int) (u & 0xF)));
                    u >>>= 4;
                } while (u != 0);
            }
            case 8 -> {
                do {
                    b.append((char) ('0' + (u & 7)));
                    u >>>= 3;
                } while (u != 0);
            }
            default -> {
                do {
                    b.append((char) ('0' + (u & 1)));
                    u >>>= 1;
                } while (u != 0);
            }
        }
        while (precision > b.length()) {
            b.append('0');
        }
        if (sharp) {
            switch (base) {
                case 2 -> b.append("b0");
                case 8 -> {
                    if (b.charAt(b.length() - 1) != '0') {
                        b.append('0');
                    }
                }
                case 16 -> b.append(digits.charAt(16)).append('0');
                default -> {}
            }
        }
        if (verb == 'O') {
            b.append("o0");
        }
        if (negative) {
            b.append('-');
        } else if (plus) {
            b.append('+');
        } else if (space) {
            b.append(' ');
        }
        boolean oldZero = zero;
        zero = false;
        pad(b.reverse().toString());
        zero = oldZero;
    }

    String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += s.charAt(i) < 0x80 ? 1 : Utf8.width(Utf8.decode(s, i));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /** %x of a string or byte slice: hex pairs, with space and # variants. */
    void fmtSx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Quote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(Quote.string(s, plus));
    }

    void fmtC(long c) {
        long r = c < 0 || c > Utf8.MAX_RUNE ? Utf8.RUNE_ERROR : c;
        pad(Utf8.encode(r));
    }

    void fmtQc(long c) {
        long r = c < 0 || c > Utf8.MAX_RUNE ? Utf8.RUNE_ERROR : c;
        pad(Quote.rune(r, plus));
    }

    void fmtFloat(double v, int size, char verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        String s = Ftoa.format(v, verb, precision, size);
        StringBuilder num = new StringBuilder(s.length() + 8);
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            num.append(s);
        } else {
            num.append('+').append(s);
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            pad(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num.toString());
            return;
        }
        pad(num.substring(1));
    }

    /** The # flag on floats: always a decimal point, and %g keeps its trailing zeros. */
    private static void sharpFloat(StringBuilder num, char verb, int precision) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = precision == -1 ? 6 : precision;
        }
        String tail = "";
        boolean hasPoint = false;
        boolean sawNonzero = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasPoint = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = num.substring(i);
                num.setLength(i);
                break;
            }
            if (c != '0') {
                sawNonzero = true;
            }
            if (sawNonzero) {
                digits--;
            }
        }
        if (!hasPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            num.append('.');
        }
        while (digits > 0) {
            num.append('0');
            digits--;
        }
        num.append(tail);
    }
}

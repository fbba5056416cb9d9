package dev.chanscope.lang.syntax;

/**
 * The literal-scanning half of the {@link Scanner}: numbers (decimal, {@code 0x}, {@code 0o},
 * {@code 0b}, legacy octal, {@code _} separators, decimal and hexadecimal floats, imaginary), rune
 * and interpreted string literals with their escapes, and raw strings. Errors carry cmd/compile's
 * wording and positions; a literal with an error is still a token, marked {@link #bad}.
 */
abstract class LiteralScanner extends SourceReader {

    // The current token (see Scanner).
    Token tok;
    int pos;
    String lit;
    boolean bad;
    boolean nlsemi;

    LiteralScanner(SourceFile file, ErrorList errors) {
        super(file, errors);
    }

    final void setLit(Token kind, boolean ok) {
        nlsemi = true;
        tok = kind;
        lit = file.text(pos, chPos);
        bad = !ok;
    }

    static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(int c) {
        return isDecimal(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static int lower(int c) {
        return c | ('a' - 'A');
    }

    /** Digits of {@code base} and '_'; bit 0 of the result: a digit was seen, bit 1: a '_'. */
    private int digits(int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            int max = '0' + base;
            while (isDecimal(ch) || ch == '_') {
                int ds = 1;
                if (ch == '_') {
                    ds = 2;
                } else if (ch >= max && invalid[0] < 0) {
                    invalid[0] = chPos;
                }
                digsep |= ds;
                nextch();
            }
        } else {
            while (isHex(ch) || ch == '_') {
                digsep |= ch == '_' ? 2 : 1;
                nextch();
            }
        }
        return digsep;
    }

    final void number(boolean seenPoint) {
        boolean ok = true;
        Token kind = Token.INT;
        int base = 10;
        int prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
        int digsep = 0;
        int[] invalid = {-1};

        if (!seenPoint) {
            if (ch == '0') {
                nextch();
                switch (lower(ch)) {
                    case 'x' -> {
                        nextch();
                        base = 16;
                        prefix = 'x';
                    }
                    case 'o' -> {
                        nextch();
                        base = 8;
                        prefix = 'o';
                    }
                    case 'b' -> {
                        nextch();
                        base = 2;
                        prefix = 'b';
                    }
                    default -> {
                        base = 8;
                        prefix = '0';
                        digsep = 1; // the leading 0
                    }
                }
            }
            digsep |= digits(base, invalid);
            if (ch == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    error("invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                nextch();
                seenPoint = true;
            }
        }
        if (seenPoint) {
            kind = Token.FLOAT;
            digsep |= digits(base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            error(baseName(base) + " literal has no digits");
            ok = false;
        }
        int e = lower(ch);
        if (e == 'e' || e == 'p') {
            if (ok) {
                if (e == 'e' && prefix != 0 && prefix != '0') {
                    error(GoText.quoteRune(ch) + " exponent requires decimal mantissa");
                    ok = false;
                } else if (e == 'p' && prefix != 'x') {
                    error(GoText.quoteRune(ch) + " exponent requires hexadecimal mantissa");
                    ok = false;
                }
            }
            nextch();
            kind = Token.FLOAT;
            if (ch == '+' || ch == '-') {
                nextch();
            }
            digsep = digits(10, new int[] {0}) | digsep & 2;
            if ((digsep & 1) == 0 && ok) {
                error("exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && kind == Token.FLOAT && ok) {
            error("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (ch == 'i') {
            kind = Token.IMAG;
            nextch();
        }
        setLit(kind, ok);
        if (kind == Token.INT && invalid[0] >= 0 && ok) {
            int c = src[invalid[0]] & 0xFF;
            errorAt(invalid[0], "invalid digit " + GoText.quoteRune(c) + " in " + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(lit);
            if (i >= 0) {
                errorAt(pos + i, "'_' must separate successive digits");
                ok = false;
            }
        }
        bad = !ok;
    }

    static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /** The index of the first '_' in {@code x} that does not separate two digits, or -1. */
    static int invalidSep(String x) {
        int x1 = ' ';
        int d = '.'; // '_', '0' (a digit) or '.' (anything else)
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = lower(x.charAt(1));
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            int p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') {
                    return i;
                }
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.length() - 1 : -1;
    }

    final void rune() {
        boolean ok = true;
        nextch();
        for (int n = 0; ; n++) {
            if (ch == '\'') {
                if (ok) {
                    if (n == 0) {
                        error("empty rune literal or unescaped '");
                        ok = false;
                    } else if (n != 1) {
                        errorAt(pos, "more than one character in rune literal");
                        ok = false;
                    }
                }
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('\'')) {
                    ok = false;
                }
                continue;
            }
            if (ch == '\n') {
                if (ok) {
                    error("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if (ch == EOF) {
                if (ok) {
                    errorAt(pos, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            nextch();
        }
        setLit(Token.CHAR, ok);
    }

    final void stdString() {
        boolean ok = true;
        nextch();
        while (true) {
            if (ch == '"') {
                nextch();
                break;
            }
            if (ch == '\\') {
                nextch();
                if (!escape('"')) {
                    ok = false;
                }
                continue;
            }
            if (ch == '\n') {
                error("newline in string");
                ok = false;
                break;
            }
            if (ch == EOF) {
                errorAt(pos, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(Token.STRING, ok);
    }

    /** A raw string; carriage returns inside it are dropped from its text, as the spec says. */
    final void rawString() {
        boolean ok = true;
        nextch();
        while (true) {
            if (ch == '`') {
                nextch();
                break;
            }
            if (ch == EOF) {
                errorAt(pos, "string not terminated");
                ok = false;
                break;
            }
            nextch();
        }
        setLit(Token.STRING, ok);
        if (lit.indexOf('\r') >= 0) {
            lit = lit.replace("\r", "");
        }
    }

    /** After a backslash: checks one escape; false (after reporting) when it is invalid. */
    private boolean escape(int quote) {
        int n;
        int base;
        long max;
        switch (ch) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                nextch();
                return true;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                nextch();
                n = 4;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            case 'U' -> {
                nextch();
                n = 8;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            default -> {
                if (ch == quote) {
                    nextch();
                    return true;
                }
                if (ch == EOF) {
                    return true; // the caller reports the missing end
                }
                error("unknown escape");
                return false;
            }
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            if (ch == EOF) {
                return true;
            }
            int d = base;
            if (isDecimal(ch)) {
                d = ch - '0';
            } else if (lower(ch) >= 'a' && lower(ch) <= 'f') {
                d = lower(ch) - 'a' + 10;
            }
            if (d >= base) {
                error("invalid character " + GoText.quoteRune(ch) + " in " + baseName(base) + " escape");
                return false;
            }
            x = x * base + d;
            nextch();
        }
        if (x > max && base == 8) {
            error("octal escape value " + x + " > 255");
            return false;
        }
        if (x > max || x >= 0xD800 && x < 0xE000) {
            error("escape is invalid Unicode code point " + GoText.unicode(x));
            return false;
        }
        return true;
    }
}

package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Utf8;

/**
 * strconv's unquoting over Go byte strings: UnquoteChar, and the scan behind Unquote and
 * QuotedPrefix ("…" and '…' with Go's escapes, `…` raw with carriage returns dropped).
 */
final class Unquote {

    private Unquote() {}

    /** One decoded character: its value, whether it stands for a UTF-8 encoded rune, where the rest starts. */
    record Char(int value, boolean multibyte, int next) {}

    /** A quoted prefix: its value (unescaped or as written) and the text after it. */
    record Prefix(String out, String rest) {}

    /** strconv.UnquoteChar on s from index i; null on a syntax error. */
    static Char unquoteChar(String s, int i, char quote) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return null;
        }
        if (c >= 0x80) {
            long d = Utf8.decode(s, i);
            return new Char(Utf8.rune(d), true, i + Utf8.width(d));
        }
        if (c != '\\') {
            return new Char(c, false, i + 1);
        }
        if (i + 1 >= s.length()) {
            return null;
        }
        char e = s.charAt(i + 1);
        i += 2;
        return switch (e) {
            case 'a' -> new Char(7, false, i);
            case 'b' -> new Char('\b', false, i);
            case 'f' -> new Char('\f', false, i);
            case 'n' -> new Char('\n', false, i);
            case 'r' -> new Char('\r', false, i);
            case 't' -> new Char('\t', false, i);
            case 'v' -> new Char(11, false, i);
            case '\\' -> new Char('\\', false, i);
            case '\'', '"' -> e == quote ? new Char(e, false, i) : null;
            case 'x', 'u', 'U' -> hexEscape(s, i, e);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octalEscape(s, i, e - '0');
            default -> null;
        };
    }

    private static Char hexEscape(String s, int i, char kind) {
        int n = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        if (s.length() - i < n) {
            return null;
        }
        long v = 0;
        for (int j = 0; j < n; j++) {
            int x = Character.digit(s.charAt(i + j), 16);
            if (x < 0) {
                return null;
            }
            v = v << 4 | x;
        }
        if (kind == 'x') {
            return new Char((int) v, false, i + n);
        }
        return Utf8.validRune(v) ? new Char((int) v, true, i + n) : null;
    }

    private static Char octalEscape(String s, int i, int first) {
        if (s.length() - i < 2) {
            return null;
        }
        int v = first;
        for (int j = 0; j < 2; j++) {
            int x = s.charAt(i + j) - '0';
            if (x < 0 || x > 7) {
                return null;
            }
            v = v << 3 | x;
        }
        return v > 255 ? null : new Char(v, false, i + 2);
    }

    /** strconv.Unquote; null on a syntax error. */
    static String unquote(String s) {
        Prefix p = prefix(s, true);
        return p == null || !p.rest().isEmpty() ? null : p.out();
    }

    /** The quoted string s starts with, unescaped or as written; null when it starts with none. */
    static Prefix prefix(String in, boolean unescape) {
        if (in.length() < 2) {
            return null;
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            return null;
        }
        end++;
        if (quote == '`') {
            String out = unescape ? in.substring(1, end - 1).replace("\r", "") : in.substring(0, end);
            return new Prefix(out, in.substring(end));
        }
        if (quote != '"' && quote != '\'') {
            return null;
        }
        String quoted = in.substring(0, end);
        if (quoted.indexOf('\\') < 0 && quoted.indexOf('\n') < 0 && plainValid(in, end, quote)) {
            return new Prefix(unescape ? in.substring(1, end - 1) : quoted, in.substring(end));
        }
        StringBuilder b = new StringBuilder();
        int i = 1;
        while (i < in.length() && in.charAt(i) != quote) {
            Char c = unquoteChar(in, i, quote);
            if (in.charAt(i) == '\n' || c == null) {
                return null;
            }
            i = c.next();
            if (c.value() < 0x80 || !c.multibyte()) {
                b.append((char) (c.value() & 0xFF));
            } else {
                Utf8.append(b, c.value());
            }
            if (quote == '\'') {
                break;
            }
        }
        if (i >= in.length() || in.charAt(i) != quote) {
            return null;
        }
        i++;
        return new Prefix(unescape ? b.toString() : in.substring(0, i), in.substring(i));
    }

    /** Without escapes: a "…" body must be valid UTF-8, a '…' body exactly one valid rune. */
    private static boolean plainValid(String in, int end, char quote) {
        String body = in.substring(1, end - 1);
        if (quote == '"') {
            return Utf8.valid(body);
        }
        if (body.isEmpty()) {
            return false;
        }
        long d = Utf8.decode(body, 0);
        int n = Utf8.width(d);
        return n == body.length() && (Utf8.rune(d) != Utf8.RUNE_ERROR || n != 1);
    }
}

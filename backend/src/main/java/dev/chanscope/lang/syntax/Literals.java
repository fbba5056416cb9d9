package dev.chanscope.lang.syntax;

import java.nio.charset.StandardCharsets;

/** The values of literals, and gofmt's spelling of numbers. */
public final class Literals {

    private Literals() {}

    /**
     * The value of a string literal ({@code "..."} or {@code `...`}) as Go's bytes, one char per
     * byte (ISO-8859-1), or null when it is not a valid literal. Escapes are decoded as the spec
     * says: hexadecimal ({@code x}) and octal escapes give single bytes, {@code u} and {@code U}
     * escapes the UTF-8 of their code point.
     */
    public static String unquote(String lit) {
        if (lit.length() < 2) {
            return null;
        }
        char q = lit.charAt(0);
        if (q == '`') {
            if (lit.charAt(lit.length() - 1) != '`') {
                return null;
            }
            return latin1(lit.substring(1, lit.length() - 1).replace("\r", ""));
        }
        if (q != '"' || lit.charAt(lit.length() - 1) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String body = lit.substring(1, lit.length() - 1);
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            if (c == '"' || c == '\n') {
                return null;
            }
            if (c != '\\') {
                out.append(latin1(Character.toString(c)));
                i += Character.charCount(c);
                continue;
            }
            int[] next = {i + 1};
            if (!escape(body, next, '"', out)) {
                return null;
            }
            i = next[0];
        }
        return out.toString();
    }

    /** The value of a rune literal ({@code 'x'}), or -1 when it is not a valid one. */
    public static int unquoteRune(String lit) {
        if (lit.length() < 3 || lit.charAt(0) != '\'' || lit.charAt(lit.length() - 1) != '\'') {
            return -1;
        }
        String body = lit.substring(1, lit.length() - 1);
        int c = body.codePointAt(0);
        if (c != '\\') {
            return Character.charCount(c) == body.length() ? c : -1;
        }
        StringBuilder out = new StringBuilder();
        int[] next = {1};
        if (!escape(body, next, '\'', out) || next[0] != body.length()) {
            return -1;
        }
        char kind = body.charAt(1);
        if (kind == 'u' || kind == 'U') {
            return decodeUtf8(out.toString()).codePointAt(0);
        }
        return out.charAt(0); // a byte value: hexadecimal, octal, or a one-letter escape
    }

    /** Decodes one escape starting after its backslash at {@code at[0]}, appending Go bytes. */
    private static boolean escape(String s, int[] at, char quote, StringBuilder out) {
        int i = at[0];
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        switch (c) {
            case 'a' -> out.append((char) 7);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append((char) 11);
            case '\\' -> out.append('\\');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 3 > s.length()) {
                    return false;
                }
                int v = 0;
                for (int k = i; k < i + 3; k++) {
                    char d = s.charAt(k);
                    if (d < '0' || d > '7') {
                        return false;
                    }
                    v = v * 8 + d - '0';
                }
                if (v > 255) {
                    return false;
                }
                out.append((char) v);
                at[0] = i + 3;
                return true;
            }
            case 'x', 'u', 'U' -> {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (i + 1 + n > s.length()) {
                    return false;
                }
                long v = 0;
                for (int k = i + 1; k <= i + n; k++) {
                    int d = Character.digit(s.charAt(k), 16);
                    if (d < 0) {
                        return false;
                    }
                    v = v * 16 + d;
                }
                if (c == 'x') {
                    out.append((char) v);
                } else {
                    if (v > Character.MAX_CODE_POINT || v >= 0xD800 && v < 0xE000) {
                        return false;
                    }
                    out.append(latin1(Character.toString((int) v)));
                }
                at[0] = i + 1 + n;
                return true;
            }
            default -> {
                if (c != quote) {
                    return false;
                }
                out.append(c);
            }
        }
        at[0] = i + 1;
        return true;
    }

    /** The UTF-8 bytes of {@code s}, one char per byte. */
    static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Go bytes (one char per byte) decoded as UTF-8, invalid bytes as U+FFFD. */
    public static String decodeUtf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * gofmt's canonical spelling of a number: lower-case base prefixes and exponents ({@code 0X1P3}
     * → {@code 0x1p3}, {@code 1E5} → {@code 1e5}), and no leading zeros on an integer imaginary
     * literal ({@code 0765i} → {@code 765i}). Hexadecimal digits are left alone.
     */
    static String normalizedNumber(Token kind, String x) {
        if (kind != Token.INT && kind != Token.FLOAT && kind != Token.IMAG || x.length() < 2) {
            return x;
        }
        switch (x.substring(0, 2)) {
            case "0X" -> {
                x = "0x" + x.substring(2);
                int i = x.lastIndexOf('P');
                if (i >= 0) {
                    x = x.substring(0, i) + "p" + x.substring(i + 1);
                }
            }
            case "0x" -> {
                int i = x.lastIndexOf('P');
                if (i >= 0) {
                    x = x.substring(0, i) + "p" + x.substring(i + 1);
                }
            }
            case "0O" -> x = "0o" + x.substring(2);
            case "0B" -> x = "0b" + x.substring(2);
            case "0o", "0b" -> {}
            default -> {
                int i = x.lastIndexOf('E');
                if (i >= 0) {
                    x = x.substring(0, i) + "e" + x.substring(i + 1);
                } else if (x.endsWith("i") && x.indexOf('.') < 0 && x.indexOf('e') < 0) {
                    int k = 0;
                    while (k < x.length() && (x.charAt(k) == '0' || x.charAt(k) == '_')) {
                        k++;
                    }
                    x = x.substring(k);
                    if (x.equals("i")) {
                        x = "0i";
                    }
                }
            }
        }
        return x;
    }
}

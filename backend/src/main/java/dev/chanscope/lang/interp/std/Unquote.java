package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Utf8;

/** strconv.Unquote: "…" and '…' with Go's escapes, `…` raw; null when the syntax is wrong. */
final class Unquote {

    private Unquote() {}

    static String unquote(String s) {
        if (s.length() < 2) {
            return null;
        }
        char q = s.charAt(0);
        if (q != s.charAt(s.length() - 1)) {
            return null;
        }
        String body = s.substring(1, s.length() - 1);
        if (q == '`') {
            return body.indexOf('`') >= 0 ? null : body.replace("\r", "");
        }
        if (q != '"' && q != '\'') {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int runes = 0;
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c == q || c == '\n') {
                return null;
            }
            if (c != '\\') {
                int w = Utf8.width(Utf8.decode(body, i));
                b.append(body, i, i + w);
                i += w;
                runes++;
                continue;
            }
            if (i + 1 >= body.length()) {
                return null;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> b.append((char) 7);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append((char) 11);
                case '\\' -> b.append('\\');
                case '\'', '"' -> {
                    if (e != q) {
                        return null;
                    }
                    b.append(e);
                }
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n > body.length()) {
                        return null;
                    }
                    long v;
                    try {
                        v = Long.parseLong(body.substring(i, i + n), 16);
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    i += n;
                    if (e == 'x') {
                        b.append((char) v);
                    } else {
                        if (!Utf8.validRune(v)) {
                            return null;
                        }
                        Utf8.append(b, v);
                    }
                }
                default -> {
                    if (e < '0' || e > '7' || i + 2 > body.length()) {
                        return null;
                    }
                    int v = Integer.parseInt(body.substring(i - 1, i + 2), 8);
                    if (v > 255) {
                        return null;
                    }
                    i += 2;
                    b.append((char) v);
                }
            }
            runes++;
        }
        if (q == '\'' && runes != 1) {
            return null;
        }
        return b.toString();
    }
}

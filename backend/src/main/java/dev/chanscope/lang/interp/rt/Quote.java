package dev.chanscope.lang.interp.rt;

import dev.chanscope.lang.syntax.GoText;

/** strconv's quoting (Quote, QuoteToASCII, QuoteToGraphic, QuoteRune, CanBackquote) over Go byte strings. */
public final class Quote {

    private static final String HEX = "0123456789abcdef";

    private Quote() {}

    /** strconv.Quote ({@code ascii}: QuoteToASCII). Input and output are Go bytes. */
    public static String string(String s, boolean ascii) {
        return string(s, ascii, false);
    }

    /** strconv.Quote, QuoteToASCII or ({@code graphic}) QuoteToGraphic, over Go bytes. */
    public static String string(String s, boolean ascii, boolean graphic) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.charAt(i);
            int width = 1;
            if (r >= 0x80) {
                long d = Utf8.decode(s, i);
                r = Utf8.rune(d);
                width = Utf8.width(d);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                int c = s.charAt(i);
                b.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                escaped(b, r, '"', ascii, graphic);
            }
            i += width;
        }
        return b.append('"').toString();
    }

    /** strconv.QuoteRune ({@code ascii}: QuoteRuneToASCII), as Go bytes. */
    public static String rune(long r, boolean ascii) {
        int c = Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR;
        StringBuilder b = new StringBuilder("'");
        escaped(b, c, '\'', ascii, false);
        return b.append('\'').toString();
    }

    /** strconv.CanBackquote: no control characters other than tab, no backquote, valid UTF-8. */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                i += w;
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
            i++;
        }
        return true;
    }

    public static boolean isPrint(int r) {
        return GoText.isPrint(r);
    }

    /** strconv.IsGraphic: printable, or one of Unicode's spaces of category Zs. */
    public static boolean isGraphic(int r) {
        return isPrint(r)
                || r == 0x00A0
                || r == 0x1680
                || (r >= 0x2000 && r <= 0x200A)
                || r == 0x202F
                || r == 0x205F
                || r == 0x3000;
    }

    private static void escaped(StringBuilder b, int r, char quote, boolean ascii, boolean graphic) {
        if (r == quote || r == '\\') {
            b.append('\\').append((char) r);
            return;
        }
        if (ascii ? r < 0x80 && isPrint(r) : isPrint(r) || graphic && isGraphic(r)) {
            Utf8.append(b, r);
            return;
        }
        switch (r) {
            case 7 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 11 -> b.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    b.append("\\x").append(HEX.charAt(r >> 4 & 0xF)).append(HEX.charAt(r & 0xF));
                } else if (r < 0x10000) {
                    b.append("\\u");
                    hex(b, r, 4);
                } else {
                    b.append("\\U");
                    hex(b, r, 8);
                }
            }
        }
    }

    private static void hex(StringBuilder b, int v, int digits) {
        for (int s = (digits - 1) * 4; s >= 0; s -= 4) {
            b.append(HEX.charAt(v >> s & 0xF));
        }
    }
}

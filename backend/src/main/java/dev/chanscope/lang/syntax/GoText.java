package dev.chanscope.lang.syntax;

/**
 * How Go's fmt and strconv print runes inside messages, so that errors quote characters the way
 * cmd/compile does: {@code %q} of a rune ({@code 'x'}, {@code '\n'}, {@code '\x00'}) and {@code %#U}
 * ({@code U+0023 '#'}).
 */
public final class GoText {

    private GoText() {}

    /** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        if (r < 0 || r > Character.MAX_CODE_POINT) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** {@code %q} of a rune: strconv.QuoteRune. */
    public static String quoteRune(int r) {
        if (r < 0 || r > Character.MAX_CODE_POINT || r >= 0xD800 && r <= 0xDFFF) {
            r = 0xFFFD;
        }
        StringBuilder b = new StringBuilder("'");
        switch (r) {
            case '\'' -> b.append("\\'");
            case '\\' -> b.append("\\\\");
            case 7 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 11 -> b.append("\\v");
            default -> {
                if (isPrint(r)) {
                    b.appendCodePoint(r);
                } else if (r < ' ' || r == 0x7F) {
                    b.append(String.format("\\x%02x", r));
                } else if (r < 0x10000) {
                    b.append(String.format("\\u%04x", r));
                } else {
                    b.append(String.format("\\U%08x", r));
                }
            }
        }
        return b.append('\'').toString();
    }

    /** {@code %#U}: {@code U+0023 '#'}, without the quoted character when it is not printable. */
    public static String unicode(long r) {
        String s = String.format("U+%04X", r);
        if (r >= 0 && r <= Character.MAX_CODE_POINT && isPrint((int) r)) {
            s += " '" + Character.toString((int) r) + "'";
        }
        return s;
    }
}

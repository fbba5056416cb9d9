package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Quote;
import dev.chanscope.lang.interp.rt.Utf8;

/** unicode's classes and case mappings, and unicode/utf8 over Go strings and byte slices. */
final class UnicodeLib {

    private UnicodeLib() {}

    private static int rune(Object o) {
        long r = (Long) o;
        return r < 0 || r > Utf8.MAX_RUNE ? -1 : (int) r;
    }

    private static boolean in(Object o, java.util.function.IntPredicate p) {
        int r = rune(o);
        return r >= 0 && p.test(r);
    }

    private static boolean category(int r, int... types) {
        int t = Character.getType(r);
        for (int x : types) {
            if (t == x) {
                return true;
            }
        }
        return false;
    }

    static void register(Natives.Registry r) {
        r.fn("unicode.IsLetter", (g, a) -> in(a[0], Character::isLetter));
        r.fn("unicode.IsDigit", (g, a) -> in(a[0], c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        r.fn(
                "unicode.IsNumber",
                (g, a) -> in(
                        a[0],
                        c -> category(
                                c, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER)));
        r.fn("unicode.IsSpace", (g, a) -> in(a[0], Text::isSpace));
        r.fn("unicode.IsUpper", (g, a) -> in(a[0], Character::isUpperCase));
        r.fn("unicode.IsLower", (g, a) -> in(a[0], Character::isLowerCase));
        r.fn("unicode.IsTitle", (g, a) -> in(a[0], Character::isTitleCase));
        r.fn(
                "unicode.IsPunct",
                (g, a) -> in(
                        a[0],
                        c -> category(
                                c,
                                Character.CONNECTOR_PUNCTUATION,
                                Character.DASH_PUNCTUATION,
                                Character.START_PUNCTUATION,
                                Character.END_PUNCTUATION,
                                Character.INITIAL_QUOTE_PUNCTUATION,
                                Character.FINAL_QUOTE_PUNCTUATION,
                                Character.OTHER_PUNCTUATION)));
        r.fn(
                "unicode.IsSymbol",
                (g, a) -> in(
                        a[0],
                        c -> category(
                                c,
                                Character.MATH_SYMBOL,
                                Character.CURRENCY_SYMBOL,
                                Character.MODIFIER_SYMBOL,
                                Character.OTHER_SYMBOL)));
        r.fn(
                "unicode.IsMark",
                (g, a) -> in(
                        a[0],
                        c -> category(
                                c,
                                Character.NON_SPACING_MARK,
                                Character.ENCLOSING_MARK,
                                Character.COMBINING_SPACING_MARK)));
        r.fn("unicode.IsControl", (g, a) -> in(a[0], c -> c < 0x20 || (c >= 0x7F && c < 0xA0)));
        r.fn("unicode.IsPrint", (g, a) -> in(a[0], Quote::isPrint));
        r.fn(
                "unicode.IsGraphic",
                (g, a) -> in(a[0], c -> Quote.isPrint(c) || Character.getType(c) == Character.SPACE_SEPARATOR));
        r.fn("unicode.ToUpper", (g, a) -> (long) map(a[0], Text::toUpper));
        r.fn("unicode.ToLower", (g, a) -> (long) map(a[0], Text::toLower));
        r.fn("unicode.ToTitle", (g, a) -> (long) map(a[0], Text::toTitle));
        r.fn("unicode.To", (g, a) -> {
            long c = Args.i(a[0]);
            return (long) map(a[1], c == 0 ? Text::toUpper : c == 1 ? Text::toLower : Text::toTitle);
        });
        r.fn("unicode.SimpleFold", (g, a) -> {
            int c = rune(a[0]);
            if (c < 0) {
                return a[0];
            }
            // The smallest rune above c in c's case orbit, else the smallest of the orbit.
            int[] orbit = {Text.toUpper(c), Text.toLower(c), Text.toTitle(c), Text.toLower(Text.toUpper(c))};
            int above = Integer.MAX_VALUE;
            int least = c;
            for (int o : orbit) {
                if (o > c && o < above) {
                    above = o;
                }
                least = Math.min(least, o);
            }
            return (long) (above != Integer.MAX_VALUE ? above : least);
        });
        Utf8Lib.register(r);
    }

    private static int map(Object o, java.util.function.IntUnaryOperator f) {
        int c = rune(o);
        return c < 0 ? (int) (long) (Long) o : f.applyAsInt(c);
    }
}

package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Text algorithms shared by strings and bytes, over Go byte strings (Latin-1 Java strings):
 * splitting, fields, trimming, case mapping, replacing, folding, all by Go's rules (runes decoded
 * where Go decodes them, U+FFFD for invalid bytes).
 */
final class Text {

    private Text() {}

    static boolean isSpace(int r) {
        if (r < 0x80) {
            return r == ' ' || (r >= '\t' && r <= '\r');
        }
        return r == 0x85 || r == 0xA0 || Character.isSpaceChar(r);
    }

    /** Calls a Go func(rune) bool. */
    static boolean test(GState g, Func f, int r) {
        return (Boolean) f.call(g, new Object[] {(long) r});
    }

    static List<String> fields(String s, java.util.function.IntPredicate sep) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            if (sep.test(r)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** strings.SplitN / SplitAfterN ({@code keep}: the separator stays with each piece). */
    static List<String> split(String s, String sep, int keep, long n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                if (n > 0 && out.size() == n - 1) {
                    out.add(s.substring(i));
                    return out;
                }
                int w = Utf8.width(Utf8.decode(s, i));
                out.add(s.substring(i, i + w));
                i += w;
            }
            return out;
        }
        int start = 0;
        while (n < 0 || out.size() < n - 1) {
            int at = s.indexOf(sep, start);
            if (at < 0) {
                break;
            }
            out.add(s.substring(start, at + keep));
            start = at + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    static String trimLeft(String s, java.util.function.IntPredicate drop) {
        int i = 0;
        while (i < s.length()) {
            long d = Utf8.decode(s, i);
            if (!drop.test(Utf8.rune(d))) {
                break;
            }
            i += Utf8.width(d);
        }
        return s.substring(i);
    }

    static String trimRight(String s, java.util.function.IntPredicate drop) {
        int end = s.length();
        while (end > 0) {
            long d = Utf8.decodeLast(s, end);
            if (!drop.test(Utf8.rune(d))) {
                break;
            }
            end -= Utf8.width(d);
        }
        return s.substring(0, end);
    }

    /** The runes of a cutset, for Trim and friends. */
    static java.util.function.IntPredicate inSet(String cutset) {
        List<Integer> runes = new ArrayList<>();
        for (int i = 0; i < cutset.length(); ) {
            long d = Utf8.decode(cutset, i);
            runes.add(Utf8.rune(d));
            i += Utf8.width(d);
        }
        return runes::contains;
    }

    /** Maps every rune (a result below zero drops it); {@code changed} shortcut keeps the string. */
    static String map(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            int w = Utf8.width(d);
            int r = Utf8.rune(d);
            int m = f.applyAsInt(r);
            if (m >= 0) {
                if (m == r && !(r == Utf8.RUNE_ERROR && w == 1)) {
                    b.append(s, i, i + w);
                } else {
                    Utf8.append(b, m);
                }
            }
            i += w;
        }
        return b.toString();
    }

    static int toUpper(int r) {
        return r < 0x80 ? (r >= 'a' && r <= 'z' ? r - 32 : r) : Character.toUpperCase(r);
    }

    static int toLower(int r) {
        return r < 0x80 ? (r >= 'A' && r <= 'Z' ? r + 32 : r) : Character.toLowerCase(r);
    }

    static int toTitle(int r) {
        return r < 0x80 ? toUpper(r) : Character.toTitleCase(r);
    }

    /** strings.Replace: {@code n < 0} all; an empty old inserts at every rune boundary. */
    static String replace(String s, String old, String neu, long n) {
        if (old.equals(neu) || n == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int start = 0;
        long done = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (n < 0 || done < n) {
                b.append(neu);
                done++;
                if (i >= s.length()) {
                    return b.toString();
                }
                int w = Utf8.width(Utf8.decode(s, i));
                b.append(s, i, i + w);
                i += w;
            }
            return b.append(s.substring(i)).toString();
        }
        while (n < 0 || done < n) {
            int at = s.indexOf(old, start);
            if (at < 0) {
                break;
            }
            b.append(s, start, at).append(neu);
            start = at + old.length();
            done++;
        }
        return b.append(s.substring(start)).toString();
    }

    /** unicode.SimpleFold-based case-insensitive equality, rune by rune. */
    static boolean equalFold(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            long da = Utf8.decode(a, i);
            long db = Utf8.decode(b, j);
            int ra = Utf8.rune(da);
            int rb = Utf8.rune(db);
            if (ra != rb && toLower(ra) != toLower(rb) && toUpper(ra) != toUpper(rb)) {
                return false;
            }
            i += Utf8.width(da);
            j += Utf8.width(db);
        }
        return i == a.length() && j == b.length();
    }

    /** The byte index of the first rune satisfying {@code p}, or -1. */
    static int indexFunc(String s, java.util.function.IntPredicate p, boolean last) {
        int found = -1;
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            if (p.test(Utf8.rune(d))) {
                if (!last) {
                    return i;
                }
                found = i;
            }
            i += Utf8.width(d);
        }
        return found;
    }

    /** strings.Title's word separators: ASCII other than alphanumerics and _, or Unicode space. */
    static boolean separator(int r) {
        if (r <= 0x7F) {
            return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return isSpace(r);
    }

    static String title(String s) {
        StringBuilder b = new StringBuilder();
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            boolean sep = separator(prev);
            Utf8.append(b, sep ? toTitle(r) : r);
            prev = r;
            i += Utf8.width(d);
        }
        return b.toString();
    }
}

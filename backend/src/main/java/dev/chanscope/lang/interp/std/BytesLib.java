package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * bytes: the strings functions over byte slices. Results that Go returns as subslices of the input
 * (trimming, splitting, fields) share its backing array here too; the others are new slices.
 */
final class BytesLib {

    private BytesLib() {}

    private static String str(Object b) {
        return Args.bytes(b);
    }

    /** s[from:to] sharing s's array (nil stays nil when empty). */
    private static Slice sub(Object slice, int from, int to) {
        Slice s = (Slice) slice;
        if (s == null) {
            return null;
        }
        return new Slice(s.array, s.off + from, to - from, s.cap - from);
    }

    private static Slice fresh(GState g, String s) {
        return Args.byteSlice(g, s);
    }

    /** Pieces of a split as subslices, found by their offsets in the string form. */
    private static Slice pieces(GState g, Object slice, String text, List<String> parts) {
        List<Object> out = new ArrayList<>();
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(p, at);
            if (p.isEmpty()) {
                i = at;
            }
            Slice piece = sub(slice, i, i + p.length());
            out.add(piece == null ? null : new Slice(piece.array, piece.off, piece.len, piece.len));
            at = i + p.length();
        }
        Object[] a = out.toArray();
        g.m.alloc(24L * a.length);
        return new Slice(a, 0, a.length, a.length);
    }

    static void register(Natives.Registry r) {
        r.fn("bytes.Clone", (g, a) -> a[0] == null ? null : fresh(g, str(a[0])));
        r.fn("bytes.Compare", (g, a) -> (long) Integer.signum(str(a[0]).compareTo(str(a[1]))));
        r.fn("bytes.Equal", (g, a) -> str(a[0]).equals(str(a[1])));
        r.fn("bytes.EqualFold", (g, a) -> Text.equalFold(str(a[0]), str(a[1])));
        r.fn("bytes.Contains", (g, a) -> str(a[0]).contains(str(a[1])));
        r.fn("bytes.ContainsAny", (g, a) -> Text.indexFunc(str(a[0]), Text.inSet(Args.s(a[1])), false) >= 0);
        r.fn("bytes.ContainsRune", (g, a) -> Text.indexFunc(str(a[0]), c -> c == Args.i(a[1]), false) >= 0);
        r.fn("bytes.Count", (g, a) -> StringsLib.count(str(a[0]), str(a[1])));
        r.fn("bytes.HasPrefix", (g, a) -> str(a[0]).startsWith(str(a[1])));
        r.fn("bytes.HasSuffix", (g, a) -> str(a[0]).endsWith(str(a[1])));
        r.fn("bytes.Index", (g, a) -> (long) str(a[0]).indexOf(str(a[1])));
        r.fn("bytes.LastIndex", (g, a) -> (long) str(a[0]).lastIndexOf(str(a[1])));
        r.fn("bytes.IndexByte", (g, a) -> (long) str(a[0]).indexOf((char) Args.i(a[1])));
        r.fn("bytes.IndexRune", (g, a) -> (long) Text.indexFunc(str(a[0]), c -> c == Args.i(a[1]), false));
        r.fn("bytes.Fields", (g, a) -> pieces(g, a[0], str(a[0]), Text.fields(str(a[0]), Text::isSpace)));
        r.fn("bytes.Split", (g, a) -> pieces(g, a[0], str(a[0]), Text.split(str(a[0]), str(a[1]), 0, -1)));
        r.fn("bytes.Join", (g, a) -> {
            Slice s = (Slice) a[0];
            List<String> parts = new ArrayList<>();
            for (int i = 0; s != null && i < s.len; i++) {
                parts.add(str(((Object[]) s.array)[s.off + i]));
            }
            return fresh(g, String.join(str(a[1]), parts));
        });
        r.fn("bytes.Repeat", (g, a) -> fresh(g, StringsLib.repeat(g, str(a[0]), Args.i(a[1]), "bytes")));
        r.fn("bytes.ReplaceAll", (g, a) -> fresh(g, Text.replace(str(a[0]), str(a[1]), str(a[2]), -1)));
        r.fn("bytes.ToUpper", (g, a) -> fresh(g, Text.map(str(a[0]), Text::toUpper)));
        r.fn("bytes.ToLower", (g, a) -> fresh(g, Text.map(str(a[0]), Text::toLower)));
        r.fn("bytes.TrimSpace", (g, a) -> trimmed(a[0], Text::isSpace));
        r.fn("bytes.Trim", (g, a) -> trimmed(a[0], Text.inSet(Args.s(a[1]))));
        r.fn(
                "bytes.TrimPrefix",
                (g, a) -> str(a[0]).startsWith(str(a[1]))
                        ? sub(a[0], str(a[1]).length(), str(a[0]).length())
                        : a[0]);
        r.fn(
                "bytes.TrimSuffix",
                (g, a) -> str(a[0]).endsWith(str(a[1]))
                        ? sub(a[0], 0, str(a[0]).length() - str(a[1]).length())
                        : a[0]);
    }

    /** The slice with {@code drop} runes trimmed from both ends, as a subslice of the original. */
    private static Object trimmed(Object slice, java.util.function.IntPredicate drop) {
        String all = str(slice);
        String left = Text.trimLeft(all, drop);
        int from = all.length() - left.length();
        String result = Text.trimRight(left, drop);
        if (result.isEmpty()) {
            return null;
        }
        return sub(slice, from, from + result.length());
    }
}

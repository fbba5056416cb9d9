package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Utf8;
import java.util.List;

/** strings: searching, splitting, joining, trimming, case mapping and replacing Go byte strings. */
final class StringsLib {

    private StringsLib() {}

    static Slice strings(GState g, List<String> parts) {
        Object[] a = parts.toArray();
        g.m.alloc(16L * a.length);
        return new Slice(a, 0, a.length, a.length);
    }

    static String[] array(Object slice) {
        Slice s = (Slice) slice;
        if (s == null) {
            return new String[0];
        }
        String[] out = new String[s.len];
        for (int i = 0; i < out.length; i++) {
            out[i] = (String) ((Object[]) s.array)[s.off + i];
        }
        return out;
    }

    static void register(Natives.Registry r) {
        r.fn("strings.Contains", (g, a) -> Args.s(a[0]).contains(Args.s(a[1])));
        r.fn("strings.ContainsAny", (g, a) -> Text.indexFunc(Args.s(a[0]), Text.inSet(Args.s(a[1])), false) >= 0);
        r.fn(
                "strings.ContainsRune",
                (g, a) -> Args.s(a[0]).contains(Utf8.encode(Args.i(a[1]))) && Utf8.validRune(Args.i(a[1])));
        r.fn(
                "strings.ContainsFunc",
                (g, a) -> Text.indexFunc(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c), false) >= 0);
        r.fn("strings.Count", (g, a) -> count(Args.s(a[0]), Args.s(a[1])));
        r.fn("strings.HasPrefix", (g, a) -> Args.s(a[0]).startsWith(Args.s(a[1])));
        r.fn("strings.HasSuffix", (g, a) -> Args.s(a[0]).endsWith(Args.s(a[1])));
        r.fn("strings.Index", (g, a) -> (long) Args.s(a[0]).indexOf(Args.s(a[1])));
        r.fn("strings.LastIndex", (g, a) -> (long) Args.s(a[0]).lastIndexOf(Args.s(a[1])));
        r.fn("strings.IndexByte", (g, a) -> (long) Args.s(a[0]).indexOf((char) Args.i(a[1])));
        r.fn("strings.LastIndexByte", (g, a) -> (long) Args.s(a[0]).lastIndexOf((char) Args.i(a[1])));
        r.fn("strings.IndexRune", (g, a) -> {
            long rn = Args.i(a[1]);
            return (long)
                    (Utf8.validRune(rn) || rn == Utf8.RUNE_ERROR
                            ? Text.indexFunc(Args.s(a[0]), c -> c == rn, false)
                            : -1);
        });
        r.fn("strings.IndexAny", (g, a) -> (long) Text.indexFunc(Args.s(a[0]), Text.inSet(Args.s(a[1])), false));
        r.fn("strings.LastIndexAny", (g, a) -> (long) Text.indexFunc(Args.s(a[0]), Text.inSet(Args.s(a[1])), true));
        r.fn("strings.IndexFunc", (g, a) ->
                (long) Text.indexFunc(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c), false));
        r.fn("strings.LastIndexFunc", (g, a) ->
                (long) Text.indexFunc(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c), true));
        r.fn("strings.Split", (g, a) -> strings(g, Text.split(Args.s(a[0]), Args.s(a[1]), 0, -1)));
        r.fn("strings.SplitN", (g, a) -> strings(g, Text.split(Args.s(a[0]), Args.s(a[1]), 0, Args.i(a[2]))));
        r.fn(
                "strings.SplitAfter",
                (g, a) -> strings(
                        g, Text.split(Args.s(a[0]), Args.s(a[1]), Args.s(a[1]).length(), -1)));
        r.fn(
                "strings.SplitAfterN",
                (g, a) -> strings(
                        g, Text.split(Args.s(a[0]), Args.s(a[1]), Args.s(a[1]).length(), Args.i(a[2]))));
        r.fn("strings.Fields", (g, a) -> strings(g, Text.fields(Args.s(a[0]), Text::isSpace)));
        r.fn("strings.FieldsFunc", (g, a) -> strings(g, Text.fields(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c))));
        r.fn("strings.Join", (g, a) -> {
            String joined = String.join(Args.s(a[1]), array(a[0]));
            g.m.alloc(joined.length());
            return joined;
        });
        r.fn("strings.Repeat", (g, a) -> repeat(g, Args.s(a[0]), Args.i(a[1]), "strings"));
        r.fn("strings.Replace", (g, a) -> Text.replace(Args.s(a[0]), Args.s(a[1]), Args.s(a[2]), Args.i(a[3])));
        r.fn("strings.ReplaceAll", (g, a) -> Text.replace(Args.s(a[0]), Args.s(a[1]), Args.s(a[2]), -1));
        r.fn("strings.ToUpper", (g, a) -> Text.map(Args.s(a[0]), Text::toUpper));
        r.fn("strings.ToLower", (g, a) -> Text.map(Args.s(a[0]), Text::toLower));
        r.fn("strings.ToTitle", (g, a) -> Text.map(Args.s(a[0]), Text::toTitle));
        r.fn("strings.Title", (g, a) -> Text.title(Args.s(a[0])));
        r.fn(
                "strings.Map",
                (g, a) -> Text.map(Args.s(a[1]), c ->
                        (int) (long) (Long) ((Func) a[0]).call(g, new Object[] {(long) c})));
        r.fn("strings.TrimSpace", (g, a) -> Text.trimRight(Text.trimLeft(Args.s(a[0]), Text::isSpace), Text::isSpace));
        r.fn(
                "strings.Trim",
                (g, a) -> Text.trimRight(
                        Text.trimLeft(Args.s(a[0]), Text.inSet(Args.s(a[1]))), Text.inSet(Args.s(a[1]))));
        r.fn("strings.TrimLeft", (g, a) -> Text.trimLeft(Args.s(a[0]), Text.inSet(Args.s(a[1]))));
        r.fn("strings.TrimRight", (g, a) -> Text.trimRight(Args.s(a[0]), Text.inSet(Args.s(a[1]))));
        r.fn("strings.TrimFunc", (g, a) -> {
            Func f = (Func) a[1];
            return Text.trimRight(Text.trimLeft(Args.s(a[0]), c -> Text.test(g, f, c)), c -> Text.test(g, f, c));
        });
        r.fn("strings.TrimLeftFunc", (g, a) -> Text.trimLeft(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c)));
        r.fn("strings.TrimRightFunc", (g, a) -> Text.trimRight(Args.s(a[0]), c -> Text.test(g, (Func) a[1], c)));
        r.fn(
                "strings.TrimPrefix",
                (g, a) -> Args.s(a[0]).startsWith(Args.s(a[1]))
                        ? Args.s(a[0]).substring(Args.s(a[1]).length())
                        : Args.s(a[0]));
        r.fn(
                "strings.TrimSuffix",
                (g, a) -> Args.s(a[0]).endsWith(Args.s(a[1]))
                        ? Args.s(a[0])
                                .substring(
                                        0, Args.s(a[0]).length() - Args.s(a[1]).length())
                        : Args.s(a[0]));
        r.fn("strings.Cut", (g, a) -> {
            String s = Args.s(a[0]);
            int i = s.indexOf(Args.s(a[1]));
            return i < 0
                    ? Args.tuple(s, "", false)
                    : Args.tuple(s.substring(0, i), s.substring(i + Args.s(a[1]).length()), true);
        });
        r.fn(
                "strings.CutPrefix",
                (g, a) -> Args.s(a[0]).startsWith(Args.s(a[1]))
                        ? Args.tuple(Args.s(a[0]).substring(Args.s(a[1]).length()), true)
                        : Args.tuple(Args.s(a[0]), false));
        r.fn(
                "strings.CutSuffix",
                (g, a) -> Args.s(a[0]).endsWith(Args.s(a[1]))
                        ? Args.tuple(
                                Args.s(a[0])
                                        .substring(
                                                0,
                                                Args.s(a[0]).length()
                                                        - Args.s(a[1]).length()),
                                true)
                        : Args.tuple(Args.s(a[0]), false));
        r.fn("strings.EqualFold", (g, a) -> Text.equalFold(Args.s(a[0]), Args.s(a[1])));
        r.fn("strings.Compare", (g, a) -> (long) Integer.signum(Args.s(a[0]).compareTo(Args.s(a[1]))));
        r.fn("strings.Clone", (g, a) -> Args.s(a[0]));
        StringsReaders.register(r);
    }

    static long count(String s, String sep) {
        if (sep.isEmpty()) {
            return Utf8.runeCount(s) + 1;
        }
        long n = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length())) {
            n++;
        }
        return n;
    }

    static String repeat(GState g, String s, long count, String pkg) {
        if (count < 0) {
            throw new dev.chanscope.lang.interp.rt.PanicException(new dev.chanscope.lang.interp.rt.Iface(
                    dev.chanscope.lang.interp.rt.Types.STRING, pkg + ": negative Repeat count"));
        }
        long size = count * s.length();
        if (s.length() > 0 && size / s.length() != count) {
            throw Panics.plain(pkg + ": Repeat output length overflow");
        }
        g.m.alloc(size);
        g.work(size / 16, g.label());
        return s.repeat((int) count);
    }
}

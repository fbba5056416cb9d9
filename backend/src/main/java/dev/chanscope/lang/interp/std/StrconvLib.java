package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.fmt.Ftoa;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Quote;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * strconv: parsing and formatting numbers, bools and quoted strings. Parse errors are the package's
 * own *NumError values wrapping its ErrSyntax and ErrRange, so their messages, errors.Is and type
 * assertions behave as in Go.
 */
final class StrconvLib {

    private StrconvLib() {}

    /** Where a run's NumError type and ErrSyntax / ErrRange live. */
    record Env(RType numError, int syntax, int range) {
        Iface err(GState g, String func, String num, boolean range) {
            Iface cause = (Iface) ((Cell) g.m.globals[range ? this.range : syntax]).o;
            StructVal v = new StructVal(numError.elem(), new Object[] {func, num, cause});
            return new Iface(numError, v);
        }
    }

    static Env env(Natives.Site site) {
        RType t = site.type("strconv.NumError");
        return new Env(site.types().pointer(t), site.global("strconv.ErrSyntax"), site.global("strconv.ErrRange"));
    }

    private interface Body {
        Object call(GState g, Object[] a, Env env);
    }

    private static void fn(Natives.Registry r, String name, Body body) {
        r.factory(name, site -> {
            Env env = env(site);
            return new Natives.Named(name, (g, a) -> body.call(g, a, env));
        });
    }

    static void register(Natives.Registry r) {
        fn(r, "strconv.Atoi", (g, a, env) -> {
            Object[] res = ParseNumbers.parseInt(g, env, "Atoi", Args.s(a[0]), 10, 64);
            return res;
        });
        fn(
                r,
                "strconv.ParseInt",
                (g, a, env) -> ParseNumbers.parseInt(g, env, "ParseInt", Args.s(a[0]), Args.i(a[1]), Args.i(a[2])));
        fn(
                r,
                "strconv.ParseUint",
                (g, a, env) -> ParseNumbers.parseUint(g, env, "ParseUint", Args.s(a[0]), Args.i(a[1]), Args.i(a[2])));
        fn(r, "strconv.ParseFloat", (g, a, env) -> ParseNumbers.parseFloat(g, env, Args.s(a[0]), Args.i(a[1])));
        fn(r, "strconv.ParseBool", (g, a, env) -> switch (Args.s(a[0])) {
            case "1", "t", "T", "TRUE", "true", "True" -> Args.tuple(true, null);
            case "0", "f", "F", "FALSE", "false", "False" -> Args.tuple(false, null);
            default -> Args.tuple(false, env.err(g, "ParseBool", Args.s(a[0]), false));
        });
        r.fn("strconv.Itoa", (g, a) -> Long.toString(Args.i(a[0])));
        r.fn("strconv.FormatInt", (g, a) -> Long.toString(Args.i(a[0]), base(Args.i(a[1]))));
        r.fn("strconv.FormatUint", (g, a) -> Long.toUnsignedString(Args.i(a[0]), base(Args.i(a[1]))));
        r.fn("strconv.FormatBool", (g, a) -> String.valueOf((boolean) (Boolean) a[0]));
        r.fn(
                "strconv.FormatFloat",
                (g, a) -> Ftoa.format((Double) a[0], (char) Args.i(a[1]), (int) Args.i(a[2]), (int) Args.i(a[3])));
        r.fn("strconv.Quote", (g, a) -> Quote.string(Args.s(a[0]), false));
        r.fn("strconv.QuoteToASCII", (g, a) -> Quote.string(Args.s(a[0]), true));
        r.fn("strconv.QuoteRune", (g, a) -> Quote.rune(Args.i(a[0]), false));
        r.fn(
                "strconv.AppendInt",
                (g, a) -> Bytes.append(g, Args.slice(a[0]), Long.toString(Args.i(a[1]), base(Args.i(a[2])))));
        r.fn("strconv.AppendQuote", (g, a) -> Bytes.append(g, Args.slice(a[0]), Quote.string(Args.s(a[1]), false)));
        r.fn(
                "strconv.AppendUint",
                (g, a) -> Bytes.append(g, Args.slice(a[0]), Long.toUnsignedString(Args.i(a[1]), base(Args.i(a[2])))));
        r.fn(
                "strconv.AppendBool",
                (g, a) -> Bytes.append(g, Args.slice(a[0]), String.valueOf((boolean) (Boolean) a[1])));
        r.fn(
                "strconv.AppendFloat",
                (g, a) -> Bytes.append(
                        g, Args.slice(a[0]), Ftoa.format((Double) a[1], (char) Args.i(a[2]), (int) Args.i(a[3]), (int)
                                Args.i(a[4]))));
        r.fn(
                "strconv.AppendQuoteToASCII",
                (g, a) -> Bytes.append(g, Args.slice(a[0]), Quote.string(Args.s(a[1]), true)));
        r.fn("strconv.AppendQuoteRune", (g, a) -> Bytes.append(g, Args.slice(a[0]), Quote.rune(Args.i(a[1]), false)));
        r.fn(
                "strconv.AppendQuoteRuneToASCII",
                (g, a) -> Bytes.append(g, Args.slice(a[0]), Quote.rune(Args.i(a[1]), true)));
        r.fn("strconv.QuoteRuneToASCII", (g, a) -> Quote.rune(Args.i(a[0]), true));
        r.fn("strconv.QuoteToGraphic", (g, a) -> Quote.string(Args.s(a[0]), false, true));
        r.fn("strconv.CanBackquote", (g, a) -> Quote.canBackquote(Args.s(a[0])));
        r.fn("strconv.IsPrint", (g, a) -> Quote.isPrint((int) Args.i(a[0])));
        r.fn("strconv.IsGraphic", (g, a) -> Quote.isGraphic((int) Args.i(a[0])));
        fn(r, "strconv.Unquote", (g, a, env) -> {
            String s = Unquote.unquote(Args.s(a[0]));
            return s == null ? Args.tuple("", syntax(g, env)) : Args.tuple(s, null);
        });
        fn(r, "strconv.QuotedPrefix", (g, a, env) -> {
            Unquote.Prefix p = Unquote.prefix(Args.s(a[0]), false);
            return p == null ? Args.tuple("", syntax(g, env)) : Args.tuple(p.out(), null);
        });
        fn(r, "strconv.UnquoteChar", (g, a, env) -> {
            String s = Args.s(a[0]);
            Unquote.Char c = Unquote.unquoteChar(s, 0, (char) (Args.i(a[1]) & 0xFF));
            return c == null
                    ? Args.tuple(0L, false, "", syntax(g, env))
                    : Args.tuple((long) c.value(), c.multibyte(), s.substring(c.next()), null);
        });
    }

    private static Object syntax(GState g, Env env) {
        return ((Cell) g.m.globals[env.syntax()]).o;
    }

    private static int base(long b) {
        if (b < 2 || b > 36) {
            throw dev.chanscope.lang.interp.rt.Panics.plain("strconv: illegal AppendInt/FormatInt base");
        }
        return (int) b;
    }
}

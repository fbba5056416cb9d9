package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Utf8;

/** unicode/utf8. */
final class Utf8Lib {

    private Utf8Lib() {}

    private static Object[] decode(String s, boolean last) {
        if (s.isEmpty()) {
            return Args.tuple((long) Utf8.RUNE_ERROR, 0L);
        }
        long d = last ? Utf8.decodeLast(s, s.length()) : Utf8.decode(s, 0);
        return Args.tuple((long) Utf8.rune(d), (long) Utf8.width(d));
    }

    static void register(Natives.Registry r) {
        r.fn("unicode/utf8.RuneLen", (g, a) -> Utf8.validRune(Args.i(a[0])) ? (long) Utf8.runeLen(Args.i(a[0])) : -1L);
        r.fn("unicode/utf8.RuneCountInString", (g, a) -> (long) Utf8.runeCount(Args.s(a[0])));
        r.fn("unicode/utf8.RuneCount", (g, a) -> (long) Utf8.runeCount(Args.bytes(a[0])));
        r.fn("unicode/utf8.ValidString", (g, a) -> Utf8.valid(Args.s(a[0])));
        r.fn("unicode/utf8.Valid", (g, a) -> Utf8.valid(Args.bytes(a[0])));
        r.fn("unicode/utf8.ValidRune", (g, a) -> Utf8.validRune(Args.i(a[0])));
        r.fn("unicode/utf8.RuneStart", (g, a) -> (Args.i(a[0]) & 0xC0) != 0x80);
        r.fn("unicode/utf8.FullRune", (g, a) -> {
            String s = Args.bytes(a[0]);
            if (s.isEmpty()) {
                return false;
            }
            long d = Utf8.decode(s, 0);
            return !(Utf8.rune(d) == Utf8.RUNE_ERROR && Utf8.width(d) == 1 && s.length() < expectedLength(s.charAt(0)));
        });
        r.fn("unicode/utf8.DecodeRuneInString", (g, a) -> decode(Args.s(a[0]), false));
        r.fn("unicode/utf8.DecodeRune", (g, a) -> decode(Args.bytes(a[0]), false));
        r.fn("unicode/utf8.DecodeLastRuneInString", (g, a) -> decode(Args.s(a[0]), true));
        r.fn("unicode/utf8.DecodeLastRune", (g, a) -> decode(Args.bytes(a[0]), true));
        r.fn("unicode/utf8.EncodeRune", (g, a) -> {
            Slice p = Args.slice(a[0]);
            String enc = Utf8.encode(Args.i(a[1]));
            if (p == null || p.len < enc.length()) {
                throw dev.chanscope.lang.interp.rt.Panics.indexOutOfRange(enc.length() - 1, p == null ? 0 : p.len);
            }
            for (int i = 0; i < enc.length(); i++) {
                ((byte[]) p.array)[p.off + i] = (byte) enc.charAt(i);
            }
            return (long) enc.length();
        });
        r.fn("unicode/utf8.AppendRune", (g, a) -> Bytes.append(g, Args.slice(a[0]), Utf8.encode(Args.i(a[1]))));
    }

    private static int expectedLength(char b0) {
        return b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    }
}

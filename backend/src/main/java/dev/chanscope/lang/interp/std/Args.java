package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Utf8;

/** Small conversions natives share: boxed Go values to Java and back. */
final class Args {

    private Args() {}

    static long i(Object o) {
        return (Long) o;
    }

    static String s(Object o) {
        return (String) o;
    }

    static Slice slice(Object o) {
        return (Slice) o;
    }

    /** The bytes of a []byte as a Go string. */
    static String bytes(Object slice) {
        Slice s = (Slice) slice;
        return s == null || s.len == 0 ? "" : Utf8.ofBytes((byte[]) s.array, s.off, s.len);
    }

    /** A new []byte holding a Go string's bytes. */
    static Slice byteSlice(GState g, String s) {
        g.m.alloc(s.length());
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return new Slice(b, 0, b.length, b.length);
    }

    static Object[] tuple(Object... values) {
        return values;
    }

    static StructVal struct(Object o) {
        return (StructVal) o;
    }

    static Iface iface(Object o) {
        return (Iface) o;
    }

    /** How the receiver was written at the call ("mu", "c.mu"), for naming an engine object; else {@code fallback}. */
    static String name(GState g, String fallback) {
        String hint = g.nameHint;
        if (hint == null || hint.isBlank()) {
            return fallback;
        }
        return hint.startsWith("&") ? hint.substring(1) : hint;
    }
}

package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Growth;
import dev.chanscope.lang.interp.rt.Slice;

/** Byte slices for natives: append with Go's growth, and reading bytes out. */
final class Bytes {

    private Bytes() {}

    static Slice append(GState g, Slice s, String text) {
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        long needed = (long) len + text.length();
        byte[] array;
        int off;
        int newCap;
        if (needed <= cap) {
            array = (byte[]) s.array;
            off = s.off;
            newCap = cap;
        } else {
            newCap = (int) Growth.newCap(cap, needed, 1);
            g.m.alloc(newCap);
            array = new byte[newCap];
            off = 0;
            if (len > 0) {
                System.arraycopy(s.array, s.off, array, 0, len);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            array[off + len + i] = (byte) text.charAt(i);
        }
        return new Slice(array, off, (int) needed, newCap);
    }
}

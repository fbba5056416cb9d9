package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Utf8;

/**
 * bufio.Writer as Go's: bytes wait in the buffer until it fills or Flush (so output a program never
 * flushes is lost, as in Go); Reader and Scanner read their source to its end, then hand it out.
 */
final class BufioLib {

    private BufioLib() {}

    // Writer fields: err error, buf []byte, n int, wr io.Writer
    private static StructVal w(Object o) {
        if (o == null) {
            throw Panics.nilDeref();
        }
        return (StructVal) o;
    }

    private static int n(StructVal w) {
        return (int) (long) (Long) w.f[2];
    }

    private static Slice buf(StructVal w) {
        return (Slice) w.f[1];
    }

    static Iface flush(GState g, StructVal w) {
        if (w.f[0] != null) {
            return (Iface) w.f[0];
        }
        int n = n(w);
        if (n == 0) {
            return null;
        }
        Slice b = buf(w);
        String data = Utf8.ofBytes((byte[]) b.array, b.off, n);
        Object[] r = IoLib.write(g, (Iface) w.f[3], data);
        long written = (Long) r[0];
        if (written < n && r[1] == null) {
            r[1] = ErrorsLib.newError("short write");
        }
        if (r[1] != null) {
            if (written > 0 && written < n) {
                System.arraycopy(b.array, b.off + (int) written, b.array, b.off, n - (int) written);
            }
            w.f[2] = (long) (n - written);
            w.f[0] = r[1];
            return (Iface) r[1];
        }
        w.f[2] = 0L;
        return null;
    }

    static Object[] write(GState g, StructVal w, String p) {
        long nn = 0;
        Slice b = buf(w);
        while (p.length() > b.len - n(w) && w.f[0] == null) {
            int wrote;
            if (n(w) == 0) {
                Object[] r = IoLib.write(g, (Iface) w.f[3], p);
                wrote = (int) (long) (Long) r[0];
                w.f[0] = r[1];
            } else {
                wrote = b.len - n(w);
                copy(b, n(w), p.substring(0, wrote));
                w.f[2] = (long) (n(w) + wrote);
                flush(g, w);
            }
            nn += wrote;
            p = p.substring(wrote);
        }
        if (w.f[0] != null) {
            return Args.tuple(nn, w.f[0]);
        }
        copy(b, n(w), p);
        w.f[2] = (long) (n(w) + p.length());
        return Args.tuple(nn + p.length(), null);
    }

    private static void copy(Slice b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            ((byte[]) b.array)[b.off + at + i] = (byte) s.charAt(i);
        }
    }

    static void register(Natives.Registry r) {
        r.fn("(*bufio.Writer).Flush", (g, a) -> flush(g, w(a[0])));
        r.fn("(*bufio.Writer).Reset", (g, a) -> {
            StructVal v = w(a[0]);
            v.f[0] = null;
            v.f[2] = 0L;
            v.f[3] = a[1];
            return null;
        });
        r.fn("(*bufio.Writer).Write", (g, a) -> write(g, w(a[0]), Args.bytes(a[1])));
        r.fn("(*bufio.Writer).WriteString", (g, a) -> write(g, w(a[0]), Args.s(a[1])));
        r.fn("(*bufio.Writer).WriteByte", (g, a) -> write(g, w(a[0]), String.valueOf((char) (Args.i(a[1]) & 0xFF)))[1]);
        r.fn("(*bufio.Writer).WriteRune", (g, a) -> write(g, w(a[0]), Utf8.encode(Args.i(a[1]))));
        BufioRead.register(r);
    }
}

package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Utf8;

/** bufio.Reader and bufio.Scanner with the split functions ScanLines, ScanWords, ScanRunes, ScanBytes. */
final class BufioRead {

    private BufioRead() {}

    /** The whole input of a reader or scanner and how far it has been read. */
    static final class Input {
        final String data;
        int pos;

        Input(String data) {
            this.data = data;
        }
    }

    private static Input input(GState g, StructVal v, int sourceField) {
        if (v.ext == null) {
            v.ext = new Input(IoLib.readAll(g, (Iface) v.f[sourceField]));
        }
        return (Input) v.ext;
    }

    private static StructVal self(Object o) {
        if (o == null) {
            throw Panics.nilDeref();
        }
        return (StructVal) o;
    }

    static void register(Natives.Registry r) {
        // Reader fields: buf []byte, rd io.Reader, r, w int, err error
        r.fn("(*bufio.Reader).Read", (g, a) -> {
            Input in = input(g, self(a[0]), 1);
            Slice p = (Slice) a[1];
            if (in.pos >= in.data.length()) {
                return Args.tuple(0L, IoLib.eof(g));
            }
            int n = Math.min(p == null ? 0 : p.len, in.data.length() - in.pos);
            for (int i = 0; i < n; i++) {
                ((byte[]) p.array)[p.off + i] = (byte) in.data.charAt(in.pos + i);
            }
            in.pos += n;
            return Args.tuple((long) n, null);
        });
        r.fn("(*bufio.Reader).ReadByte", (g, a) -> {
            Input in = input(g, self(a[0]), 1);
            return in.pos >= in.data.length()
                    ? Args.tuple(0L, IoLib.eof(g))
                    : Args.tuple((long) in.data.charAt(in.pos++), null);
        });
        r.fn("(*bufio.Reader).ReadRune", (g, a) -> {
            Input in = input(g, self(a[0]), 1);
            if (in.pos >= in.data.length()) {
                return Args.tuple(0L, 0L, IoLib.eof(g));
            }
            long d = Utf8.decode(in.data, in.pos);
            in.pos += Utf8.width(d);
            return Args.tuple((long) Utf8.rune(d), (long) Utf8.width(d), null);
        });
        r.fn("(*bufio.Reader).ReadString", (g, a) -> {
            Input in = input(g, self(a[0]), 1);
            int at = in.data.indexOf((char) Args.i(a[1]), in.pos);
            if (at < 0) {
                String rest = in.data.substring(Math.min(in.pos, in.data.length()));
                in.pos = in.data.length();
                return Args.tuple(rest, IoLib.eof(g));
            }
            String s = in.data.substring(in.pos, at + 1);
            in.pos = at + 1;
            return Args.tuple(s, null);
        });
        r.fn("(*bufio.Reader).ReadLine", (g, a) -> {
            Input in = input(g, self(a[0]), 1);
            if (in.pos >= in.data.length()) {
                return Args.tuple(null, false, IoLib.eof(g));
            }
            int at = in.data.indexOf('\n', in.pos);
            int end = at < 0 ? in.data.length() : at;
            String line = in.data.substring(in.pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            in.pos = at < 0 ? in.data.length() : at + 1;
            return Args.tuple(Args.byteSlice(g, line), false, null);
        });
        // Scanner fields: r io.Reader, split SplitFunc, token []byte, buf []byte, err error, done bool
        r.fn("(*bufio.Scanner).Scan", (g, a) -> {
            StructVal s = self(a[0]);
            if ((Boolean) s.f[5]) {
                return false;
            }
            Input in = input(g, s, 0);
            Func split = (Func) s.f[1];
            while (true) {
                String rest = in.data.substring(in.pos);
                Object[] res = (Object[]) split.call(g, new Object[] {Args.byteSlice(g, rest), true});
                long advance = (Long) res[0];
                in.pos += (int) advance;
                if (res[2] != null) {
                    s.f[5] = true;
                    String text = ErrorsLib.text(g, (Iface) res[2]);
                    if (text.equals("final token")) {
                        s.f[2] = res[1];
                        return res[1] != null;
                    }
                    s.f[4] = res[2];
                    return false;
                }
                if (res[1] != null) {
                    s.f[2] = res[1];
                    return true;
                }
                if (advance == 0) {
                    s.f[5] = true;
                    s.f[2] = null;
                    return false;
                }
            }
        });
        r.fn("bufio.ScanLines", (g, a) -> {
            String d = Args.bytes(a[0]);
            if (d.isEmpty()) {
                return Args.tuple(0L, null, null);
            }
            int i = d.indexOf('\n');
            String line = i >= 0 ? d.substring(0, i) : d;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            return Args.tuple((long) (i >= 0 ? i + 1 : d.length()), Args.byteSlice(g, line), null);
        });
        r.fn("bufio.ScanWords", (g, a) -> {
            String d = Args.bytes(a[0]);
            int start = 0;
            while (start < d.length() && Text.isSpace(Utf8.rune(Utf8.decode(d, start)))) {
                start += Utf8.width(Utf8.decode(d, start));
            }
            int i = start;
            while (i < d.length() && !Text.isSpace(Utf8.rune(Utf8.decode(d, i)))) {
                i += Utf8.width(Utf8.decode(d, i));
            }
            if (i > start) {
                int adv = i < d.length() ? i + Utf8.width(Utf8.decode(d, i)) : i;
                return Args.tuple((long) adv, Args.byteSlice(g, d.substring(start, i)), null);
            }
            return Args.tuple((long) start, null, null);
        });
        r.fn("bufio.ScanRunes", (g, a) -> {
            String d = Args.bytes(a[0]);
            if (d.isEmpty()) {
                return Args.tuple(0L, null, null);
            }
            long dec = Utf8.decode(d, 0);
            return Args.tuple((long) Utf8.width(dec), Args.byteSlice(g, Utf8.encode(Utf8.rune(dec))), null);
        });
        r.fn("bufio.ScanBytes", (g, a) -> {
            String d = Args.bytes(a[0]);
            return d.isEmpty()
                    ? Args.tuple(0L, null, null)
                    : Args.tuple(1L, Args.byteSlice(g, d.substring(0, 1)), null);
        });
    }
}

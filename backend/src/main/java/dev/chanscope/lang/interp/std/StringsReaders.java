package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Utf8;

/**
 * Reading from a strings.Reader {s, i} and a bytes.Buffer {buf, off} (the same operations over a
 * string of bytes and a position), and strings.Replacer.
 */
final class StringsReaders {

    private StringsReaders() {}

    /** The unread bytes and the position field of a reader-like struct. */
    private interface Source {
        String data(StructVal v);

        int pos(StructVal v);

        void advance(StructVal v, int n);
    }

    private static final Source STRING_READER = new Source() {
        public String data(StructVal v) {
            return (String) v.f[0];
        }

        public int pos(StructVal v) {
            return (int) (long) (Long) v.f[1];
        }

        public void advance(StructVal v, int n) {
            v.f[1] = (long) (pos(v) + n);
        }
    };

    private static final Source BUFFER = new Source() {
        public String data(StructVal v) {
            return Args.bytes(v.f[0]);
        }

        public int pos(StructVal v) {
            return (int) (long) (Long) v.f[1];
        }

        public void advance(StructVal v, int n) {
            v.f[1] = (long) (pos(v) + n);
        }
    };

    static void register(Natives.Registry r) {
        reads(r, "(*strings.Reader).", STRING_READER);
        reads(r, "(*bytes.Buffer).", BUFFER);
        r.fn("(*strings.Replacer).Replace", (g, a) -> replace(Args.struct(a[0]), Args.s(a[1])));
    }

    private static StructVal self(Object o) {
        if (o == null) {
            throw Panics.nilDeref();
        }
        return (StructVal) o;
    }

    private static void reads(Natives.Registry r, String prefix, Source src) {
        r.fn(prefix + "Read", (g, a) -> {
            StructVal v = self(a[0]);
            String d = src.data(v);
            int p = src.pos(v);
            Slice b = (Slice) a[1];
            if (p >= d.length()) {
                return Args.tuple(0L, b == null || b.len == 0 ? null : IoLib.eof(g));
            }
            int n = Math.min(b == null ? 0 : b.len, d.length() - p);
            for (int i = 0; i < n; i++) {
                ((byte[]) b.array)[b.off + i] = (byte) d.charAt(p + i);
            }
            src.advance(v, n);
            return Args.tuple((long) n, null);
        });
        r.fn(prefix + "ReadByte", (g, a) -> {
            StructVal v = self(a[0]);
            String d = src.data(v);
            int p = src.pos(v);
            if (p >= d.length()) {
                return Args.tuple(0L, IoLib.eof(g));
            }
            src.advance(v, 1);
            return Args.tuple((long) d.charAt(p), null);
        });
        r.fn(prefix + "ReadRune", (g, a) -> {
            StructVal v = self(a[0]);
            String d = src.data(v);
            int p = src.pos(v);
            if (p >= d.length()) {
                return Args.tuple(0L, 0L, IoLib.eof(g));
            }
            long dec = Utf8.decode(d, p);
            src.advance(v, Utf8.width(dec));
            return Args.tuple((long) Utf8.rune(dec), (long) Utf8.width(dec), null);
        });
        r.fn(prefix + "ReadString", (g, a) -> {
            StructVal v = self(a[0]);
            String d = src.data(v);
            int p = src.pos(v);
            int at = d.indexOf((char) Args.i(a[1]), p);
            if (at < 0) {
                src.advance(v, d.length() - p);
                return Args.tuple(d.substring(Math.min(p, d.length())), IoLib.eof(g));
            }
            src.advance(v, at + 1 - p);
            return Args.tuple(d.substring(p, at + 1), null);
        });
    }

    private static String replace(StructVal r, String s) {
        String[] oldnew = StringsLib.array(r.f[0]);
        if (oldnew.length % 2 == 1) {
            throw Panics.plain("strings.NewReplacer: odd argument count");
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i <= s.length()) {
            boolean matched = false;
            for (int k = 0; k < oldnew.length; k += 2) {
                String old = oldnew[k];
                if (s.startsWith(old, i)) {
                    b.append(oldnew[k + 1]);
                    if (old.isEmpty()) {
                        if (i < s.length()) {
                            b.append(s.charAt(i));
                        }
                        i++;
                    } else {
                        i += old.length();
                    }
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (i < s.length()) {
                    b.append(s.charAt(i));
                }
                i++;
            }
        }
        return b.toString();
    }
}

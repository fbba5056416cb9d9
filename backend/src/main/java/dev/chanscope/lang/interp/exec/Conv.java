package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Growth;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Utf8;
import dev.chanscope.lang.interp.rt.Values;

/** Conversions between numeric types, strings, byte and rune slices, and to interfaces. */
public final class Conv {

    private Conv() {}

    public static final class IntToFloat extends Ex.D {
        final Kind from;
        final boolean f32;
        final Ex x;

        public IntToFloat(Kind from, boolean f32, Ex x) {
            this.from = from;
            this.f32 = f32;
            this.x = x;
        }

        @Override
        public double evalDouble(Frame f) {
            double d = Ints.toDouble(from, x.evalLong(f));
            return f32 ? (float) d : d;
        }
    }

    public static final class FloatToInt extends Ex.L {
        final Kind to;
        final Ex x;

        public FloatToInt(Kind to, Ex x) {
            this.to = to;
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return Ints.fromDouble(to, x.evalDouble(f));
        }
    }

    /** string(r) for an integer r: its UTF-8 encoding (U+FFFD when not a valid rune). */
    public static final class RuneToString extends Ex {
        final Ex x;
        final boolean unsigned;

        public RuneToString(Ex x, boolean unsigned) {
            this.x = x;
            this.unsigned = unsigned;
        }

        @Override
        public Object eval(Frame f) {
            long r = x.evalLong(f);
            if (unsigned && r < 0) {
                r = Utf8.RUNE_ERROR;
            }
            return Utf8.encode(r);
        }
    }

    public static final class BytesToString extends Ex {
        final Ex x;

        public BytesToString(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            if (s == null || s.len == 0) {
                return "";
            }
            f.g.m.alloc(s.len);
            return Utf8.ofBytes((byte[]) s.array, s.off, s.len);
        }
    }

    public static final class RunesToString extends Ex {
        final Ex x;

        public RunesToString(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            if (s == null || s.len == 0) {
                return "";
            }
            long[] a = (long[]) s.array;
            StringBuilder b = new StringBuilder(s.len);
            for (int i = 0; i < s.len; i++) {
                Utf8.append(b, a[s.off + i]);
            }
            f.g.m.alloc(b.length());
            return b.toString();
        }
    }

    public static final class StringToBytes extends Ex {
        final Ex x;

        public StringToBytes(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            String s = (String) x.eval(f);
            int cap = (int) Growth.roundUpSize(s.length());
            f.g.m.alloc(cap);
            byte[] b = new byte[cap];
            for (int i = 0; i < s.length(); i++) {
                b[i] = (byte) s.charAt(i);
            }
            return new Slice(b, 0, s.length(), s.isEmpty() ? 0 : cap);
        }
    }

    public static final class StringToRunes extends Ex {
        final Ex x;

        public StringToRunes(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            String s = (String) x.eval(f);
            int n = Utf8.runeCount(s);
            int cap = (int) (Growth.roundUpSize(4L * n) / 4);
            f.g.m.alloc(4L * cap);
            long[] r = new long[cap];
            int k = 0;
            for (int i = 0; i < s.length(); ) {
                long d = Utf8.decode(s, i);
                r[k++] = Utf8.rune(d);
                i += Utf8.width(d);
            }
            return new Slice(r, 0, n, n == 0 ? 0 : cap);
        }
    }

    /**
     * A value converted to an interface: boxed with its dynamic type (an aggregate copied, unless the
     * compiler knows it is fresh). An interface converted to another interface stays as it is.
     */
    public static final class ToIface extends Ex {
        final RType type;
        final Ex x;
        final boolean copy;

        public ToIface(RType type, Ex x, boolean copy) {
            this.type = type;
            this.x = x;
            this.copy = copy;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            return new Iface(type, copy ? Values.copy(type, v) : v);
        }
    }

    /** A borrowed aggregate copied so that a new location may own it. */
    public static final class Copy extends Ex {
        final RType type;
        final Ex x;

        public Copy(RType type, Ex x) {
            this.type = type;
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return Values.copy(type, x.eval(f));
        }
    }

    /** A value of a basic kind boxed for code that takes Objects (already boxed by eval). */
    public static final class Boxed extends Ex {
        final Ex x;

        public Boxed(Ex x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return x.eval(f);
        }
    }

    /**
     * (*[N]T)(s) and [N]T(s): a slice as an array. The pointer shares the slice's elements when they
     * are exactly its backing Java array (else it points to a copy); a length below N panics as in Go.
     */
    public static final class SliceToArray extends Ex {
        final Ex x;
        final RType array;
        final boolean pointer;

        public SliceToArray(Ex x, RType array, boolean pointer) {
            this.x = x;
            this.array = array;
            this.pointer = pointer;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            long n = array.len();
            int len = s == null ? 0 : s.len;
            if (len < n) {
                throw dev.chanscope.lang.interp.rt.Panics.error("cannot convert slice with length " + len + " to "
                        + (pointer ? "pointer to array" : "array or pointer to array") + " with length " + n);
            }
            if (s == null) {
                return pointer ? null : Values.zero(array);
            }
            if (pointer && s.off == 0 && dev.chanscope.lang.interp.rt.Arrays.length(s.array) == n) {
                return s.array;
            }
            Object a = dev.chanscope.lang.interp.rt.Arrays.make(array.elem(), (int) n);
            dev.chanscope.lang.interp.rt.Arrays.move(s.array, s.off, a, 0, (int) n, array.elem());
            return a;
        }
    }
}

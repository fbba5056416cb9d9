package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.Growth;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;

/** make, slice expressions, append (Go 1.19's growth), copy, len and cap of slices and arrays. */
public final class Slices {

    private Slices() {}

    /** Allocates a backing array of {@code cap} elements, counting its bytes. */
    static Object allocate(Frame f, RType elem, long cap) {
        if (cap > Integer.MAX_VALUE - 16) {
            throw f.g.m.go.limit("memory", "the program asked for a slice of " + cap + " elements");
        }
        f.g.m.alloc(Growth.roundUpSize(cap * elem.size()));
        f.g.work(cap / 64, null);
        return Arrays.make(elem, (int) cap);
    }

    public static final class Make extends Ex {
        final RType elem;
        final Ex len;
        final Ex cap;

        public Make(RType elem, Ex len, Ex cap) {
            this.elem = elem;
            this.len = len;
            this.cap = cap;
        }

        @Override
        public Object eval(Frame f) {
            long n = len.evalLong(f);
            long c = cap == null ? n : cap.evalLong(f);
            if (n < 0) {
                throw Panics.makeSliceLen();
            }
            if (c < n) {
                throw Panics.makeSliceCap();
            }
            return new Slice(allocate(f, elem, c), 0, (int) n, (int) c);
        }
    }

    /** x[lo:hi] and x[lo:hi:max] of a slice, an array (addressable: shares it) or a pointer to one. */
    public static final class Expr extends Ex {
        final Ex x;
        final Ex lo;
        final Ex hi;
        final Ex max;
        final boolean viaPointer;

        public Expr(Ex x, Ex lo, Ex hi, Ex max, boolean viaPointer) {
            this.x = x;
            this.lo = lo;
            this.hi = hi;
            this.max = max;
            this.viaPointer = viaPointer;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            long l = lo == null ? 0 : lo.evalLong(f);
            Long h = hi == null ? null : hi.evalLong(f);
            Long m = max == null ? null : max.evalLong(f);
            Object array;
            int off;
            int len;
            int cap;
            boolean isArray;
            if (v instanceof Slice s) {
                array = s.array;
                off = s.off;
                len = s.len;
                cap = s.cap;
                isArray = false;
            } else if (v == null) {
                if (viaPointer) {
                    throw Panics.nilDeref();
                }
                array = null;
                off = len = cap = 0;
                isArray = false;
            } else {
                array = v;
                off = 0;
                len = cap = Arrays.length(v);
                isArray = true;
            }
            long hv = h == null ? len : h;
            if (m == null) {
                Bounds.check2(l, hv, cap, isArray);
                if (array == null) {
                    return null;
                }
                return new Slice(array, off + (int) l, (int) (hv - l), (int) (cap - l));
            }
            Bounds.check3(l, hv, m, cap, isArray);
            if (array == null) {
                return null;
            }
            return new Slice(array, off + (int) l, (int) (hv - l), (int) (m - l));
        }
    }

    /** s[lo:hi] of a string: bytes, bounds "with length". */
    public static final class OfString extends Ex {
        final Ex x;
        final Ex lo;
        final Ex hi;

        public OfString(Ex x, Ex lo, Ex hi) {
            this.x = x;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public Object eval(Frame f) {
            String s = (String) x.eval(f);
            long l = lo == null ? 0 : lo.evalLong(f);
            long h = hi == null ? s.length() : hi.evalLong(f);
            Bounds.check2(l, h, s.length(), true);
            return s.substring((int) l, (int) h);
        }
    }

    /** append(s, x, y, ...): each element already a copy the slice may own. */
    public static final class Append extends Ex {
        final RType elem;
        final Ex s;
        final Ex[] xs;

        public Append(RType elem, Ex s, Ex[] xs) {
            this.elem = elem;
            this.s = s;
            this.xs = xs;
        }

        @Override
        public Object eval(Frame f) {
            Slice base = (Slice) s.eval(f);
            Object[] vals = new Object[xs.length];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = xs[i].eval(f);
            }
            if (vals.length == 0) {
                return base;
            }
            Slice out = grow(f, base, vals.length, elem);
            int at = out.off + out.len - vals.length;
            boolean aggregate = elem.kind().isAggregate();
            for (int i = 0; i < vals.length; i++) {
                if (aggregate) {
                    Values.assign(elem, ((Object[]) out.array)[at + i], vals[i]);
                } else {
                    Arrays.set(out.array, at + i, vals[i]);
                }
            }
            return out;
        }
    }

    /** append(s, t...) (t a slice, or a string when s is []byte). */
    public static final class AppendAll extends Ex {
        final RType elem;
        final Ex s;
        final Ex t;

        public AppendAll(RType elem, Ex s, Ex t) {
            this.elem = elem;
            this.s = s;
            this.t = t;
        }

        @Override
        public Object eval(Frame f) {
            Slice base = (Slice) s.eval(f);
            Object src = t.eval(f);
            if (src instanceof String str) {
                if (str.isEmpty()) {
                    return base;
                }
                Slice out = grow(f, base, str.length(), elem);
                byte[] a = (byte[]) out.array;
                int at = out.off + out.len - str.length();
                for (int i = 0; i < str.length(); i++) {
                    a[at + i] = (byte) str.charAt(i);
                }
                return out;
            }
            Slice other = (Slice) src;
            if (other == null || other.len == 0) {
                return base;
            }
            // Read the source before growing: it may share the destination's backing array.
            int n = other.len;
            Slice out = grow(f, base, n, elem);
            Arrays.move(other.array, other.off, out.array, out.off + out.len - n, n, elem);
            return out;
        }
    }

    /**
     * The slice {@code s} extended by {@code n} elements: in place when the capacity allows, else in a
     * new backing array sized as growslice sizes it (the old elements copied over).
     */
    static Slice grow(Frame f, Slice s, int n, RType elem) {
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        long needed = (long) len + n;
        if (needed <= cap) {
            return new Slice(s.array, s.off, (int) needed, cap);
        }
        long newCap = Growth.newCap(cap, needed, elem.size());
        Object array = allocate(f, elem, newCap);
        if (len > 0) {
            Arrays.move(s.array, s.off, array, 0, len, elem);
        }
        return new Slice(array, 0, (int) needed, (int) newCap);
    }

    /** copy(dst, src): the number of elements copied; src may be a string when dst is []byte. */
    public static final class Copy extends Ex.L {
        final RType elem;
        final Ex dst;
        final Ex src;

        public Copy(RType elem, Ex dst, Ex src) {
            this.elem = elem;
            this.dst = dst;
            this.src = src;
        }

        @Override
        public long evalLong(Frame f) {
            Slice d = (Slice) dst.eval(f);
            Object s = src.eval(f);
            if (d == null) {
                return 0;
            }
            if (s instanceof String str) {
                int n = Math.min(d.len, str.length());
                byte[] a = (byte[]) d.array;
                for (int i = 0; i < n; i++) {
                    a[d.off + i] = (byte) str.charAt(i);
                }
                return n;
            }
            Slice from = (Slice) s;
            if (from == null) {
                return 0;
            }
            int n = Math.min(d.len, from.len);
            Arrays.move(from.array, from.off, d.array, d.off, n, elem);
            f.g.work(n / 64, null);
            return n;
        }
    }

    /** len or cap of a slice (nil: 0). */
    public static final class LenCap extends Ex.L {
        final Ex x;
        final boolean cap;

        public LenCap(Ex x, boolean cap) {
            this.x = x;
            this.cap = cap;
        }

        @Override
        public long evalLong(Frame f) {
            Slice s = (Slice) x.eval(f);
            return s == null ? 0 : cap ? s.cap : s.len;
        }
    }
}

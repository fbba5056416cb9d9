package dev.chanscope.lang.interp.fmt;

import dev.chanscope.lang.interp.rt.Addresses;
import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * internal/fmtsort: the order fmt prints map entries in. Numbers, strings and bools by value (NaN
 * first), structs and arrays element by element, pointers and channels by address, interfaces nil
 * first, then by dynamic type, then by value.
 */
final class MapSort {

    private MapSort() {}

    static GoMap.Entry[] sorted(GoMap m, Addresses addresses) {
        GoMap.Entry[] entries = m.snapshot();
        RType kt = m.type.key();
        // A stable sort: keys that compare equal (only possible for NaNs) keep insertion order.
        java.util.Arrays.sort(entries, (a, b) -> compare(kt, a.key, b.key, addresses));
        return entries;
    }

    static int compare(RType t, Object a, Object b, Addresses addresses) {
        Kind k = t.kind();
        if (k.isInteger()) {
            long x = (Long) a;
            long y = (Long) b;
            return k.isUnsigned() ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        }
        return switch (k) {
            case STRING -> ((String) a).compareTo((String) b) < 0 ? -1 : a.equals(b) ? 0 : 1;
            case FLOAT32, FLOAT64 -> floatCompare((Double) a, (Double) b);
            case BOOL -> Boolean.compare((Boolean) a, (Boolean) b);
            case POINTER, CHAN, UNSAFE_POINTER -> Long.compare(addresses.of(a), addresses.of(b));
            case STRUCT -> {
                RType.Field[] fs = t.fields();
                for (int i = 0; i < fs.length; i++) {
                    int c = compare(fs[i].type(), ((StructVal) a).f[i], ((StructVal) b).f[i], addresses);
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            case ARRAY -> {
                for (int i = 0; i < t.len(); i++) {
                    int c = compare(t.elem(), Arrays.get(a, i, t.elem()), Arrays.get(b, i, t.elem()), addresses);
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            case INTERFACE -> {
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                if (x == null || y == null) {
                    yield x == null ? (y == null ? 0 : -1) : 1;
                }
                if (x.type() != y.type()) {
                    // Go compares type descriptors by address; its linker lays them out by name.
                    int c = x.type().toString().compareTo(y.type().toString());
                    yield c != 0 ? Integer.signum(c) : Long.compare(addresses.of(x.type()), addresses.of(y.type()));
                }
                yield compare(x.type(), x.value(), y.value(), addresses);
            }
            default -> 0;
        };
    }

    private static int floatCompare(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0;
        }
        if (Double.isNaN(a) && !Double.isNaN(b)) {
            return -1;
        }
        if (!Double.isNaN(a) && Double.isNaN(b)) {
            return 1;
        }
        return 0;
    }
}

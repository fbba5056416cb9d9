package dev.chanscope.lang.interp.rt;

/**
 * How the Go runtime itself prints values: the builtins print and println, and panic values in a
 * crash report (floats as {@code +1.500000e+000}, pointers as addresses, a slice as
 * {@code [len/cap]0xc000...}).
 */
public final class RuntimePrint {

    private RuntimePrint() {}

    /** print(v) of a value of static type {@code t}. */
    public static String value(RType t, Object v, Addresses addresses) {
        Kind k = t.kind();
        if (k.isInteger()) {
            return Ints.toString(k, (Long) v);
        }
        return switch (k) {
            case BOOL -> v.toString();
            case FLOAT32, FLOAT64 -> floatText((Double) v);
            case STRING -> (String) v;
            case SLICE -> {
                Slice s = (Slice) v;
                yield s == null
                        ? "[0/0]0x0"
                        : "[" + s.len + "/" + s.cap + "]"
                                + hex(addresses.of(s.array) + s.off * t.elem().size());
            }
            case INTERFACE -> {
                Iface i = (Iface) v;
                yield i == null ? "(0x0,0x0)" : "(" + hex(addresses.of(i.type())) + "," + hex(addresses.of(i)) + ")";
            }
            default -> hex(addresses.of(v));
        };
    }

    public static String hex(long a) {
        return "0x" + Long.toHexString(a);
    }

    /** runtime.printfloat: seven significant digits, "+d.dddddde+ddd". */
    public static String floatText(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) (e / 10 % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }

    /**
     * A panic value as a crash report prints it (printany / printanycustomtype), after Error() or
     * String() were applied by the caller: basic values plainly, named basic types as
     * {@code main.T(5)}, anything else as {@code (main.T) 0xc000010000}.
     */
    public static String panicValue(Iface v, Addresses addresses) {
        if (v == null) {
            return "nil";
        }
        RType t = v.type();
        Kind k = t.kind();
        boolean basic = k.isBasicNumber() || k == Kind.BOOL || k == Kind.STRING;
        if (basic && t == Types.basicOf(k)) {
            return value(t, v.value(), addresses);
        }
        if (basic) {
            String inner = value(t, v.value(), addresses);
            return k == Kind.STRING ? t + "(\"" + inner + "\")" : t + "(" + inner + ")";
        }
        return "(" + t + ") " + hex(addresses.of(v.value() == null ? v : v.value()));
    }
}

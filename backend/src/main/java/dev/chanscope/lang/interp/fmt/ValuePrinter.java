package dev.chanscope.lang.interp.fmt;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * fmt's printValue and the per-kind formatters: what reflection does in Go, done with the value's
 * {@link RType}. {@code exported} is reflect's CanInterface: false below an unexported struct field,
 * where fmt does not call String or Error methods.
 */
final class ValuePrinter {

    private final Printer p;

    ValuePrinter(Printer p) {
        this.p = p;
    }

    void printValue(RType t, Object v, char verb, int depth, boolean exported) {
        if (depth > 0 && exported && t.kind() != Kind.INTERFACE) {
            p.arg = new Iface(t, v);
            p.argValid = true;
            if (p.handleMethods(verb)) {
                return;
            }
        }
        p.arg = null;
        p.argValid = false;
        p.valueType = t;
        p.value = v;
        Fmt f = p.fmt;
        switch (t.kind()) {
            case BOOL,
                    INT,
                    INT8,
                    INT16,
                    INT32,
                    INT64,
                    UINT,
                    UINT8,
                    UINT16,
                    UINT32,
                    UINT64,
                    UINTPTR,
                    FLOAT32,
                    FLOAT64,
                    STRING -> printBasic(t, v, verb);
            case MAP -> printMap(t, (GoMap) v, verb, depth, exported);
            case STRUCT -> {
                StructVal s = (StructVal) v;
                if (f.sharpV) {
                    p.buf.append(t);
                }
                p.buf.append('{');
                RType.Field[] fields = t.fields();
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        p.buf.append(f.sharpV ? ", " : " ");
                    }
                    if (f.plusV || f.sharpV) {
                        p.buf.append(fields[i].name()).append(':');
                    }
                    RType ft = fields[i].type();
                    Object fv = s.f[i];
                    boolean ex = exported && fields[i].exported();
                    if (ft.kind() == Kind.INTERFACE && fv != null) {
                        Iface inner = (Iface) fv;
                        printValue(inner.type(), inner.value(), verb, depth + 1, ex);
                    } else {
                        printValue(ft, fv, verb, depth + 1, ex);
                    }
                }
                p.buf.append('}');
            }
            case INTERFACE -> {
                Iface inner = (Iface) v;
                if (inner == null) {
                    if (f.sharpV) {
                        p.buf.append(t).append(Printer.NIL_PAREN);
                    } else {
                        p.buf.append(Printer.NIL_ANGLE);
                    }
                } else {
                    printValue(inner.type(), inner.value(), verb, depth + 1, exported);
                }
            }
            case ARRAY, SLICE -> printList(t, v, verb, depth, exported);
            case POINTER -> {
                if (depth == 0 && v != null) {
                    Kind ek = t.elem().kind();
                    if (ek == Kind.ARRAY || ek == Kind.SLICE || ek == Kind.STRUCT || ek == Kind.MAP) {
                        p.buf.append('&');
                        printValue(
                                t.elem(), dev.chanscope.lang.interp.rt.Values.deref(t, v), verb, depth + 1, exported);
                        return;
                    }
                }
                fmtPointer(t, v, verb);
            }
            case CHAN, FUNC, UNSAFE_POINTER -> fmtPointer(t, v, verb);
            default -> p.buf.append('?').append(t).append('?');
        }
    }

    private void printMap(RType t, GoMap m, char verb, int depth, boolean exported) {
        Fmt f = p.fmt;
        if (f.sharpV) {
            p.buf.append(t);
            if (m == null) {
                p.buf.append(Printer.NIL_PAREN);
                return;
            }
            p.buf.append('{');
        } else {
            p.buf.append("map[");
        }
        GoMap.Entry[] sorted = m == null ? new GoMap.Entry[0] : MapSort.sorted(m, p.g.m.addresses);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                p.buf.append(f.sharpV ? ", " : " ");
            }
            printValue(t.key(), sorted[i].key, verb, depth + 1, exported);
            p.buf.append(':');
            printValue(t.elem(), sorted[i].value, verb, depth + 1, exported);
        }
        p.buf.append(f.sharpV ? '}' : ']');
    }

    private void printList(RType t, Object v, char verb, int depth, boolean exported) {
        Fmt f = p.fmt;
        RType elem = t.elem();
        Object array;
        int off;
        int n;
        if (t.kind() == Kind.SLICE) {
            Slice s = (Slice) v;
            array = s == null ? null : s.array;
            off = s == null ? 0 : s.off;
            n = s == null ? 0 : s.len;
        } else {
            array = v;
            off = 0;
            n = (int) t.len();
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.kind() == Kind.UINT8) {
            fmtBytes(array == null ? "" : bytes(array, off, n), verb, t.toString(), t, v);
            return;
        }
        if (f.sharpV) {
            p.buf.append(t);
            if (t.kind() == Kind.SLICE && v == null) {
                p.buf.append(Printer.NIL_PAREN);
                return;
            }
            p.buf.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    p.buf.append(", ");
                }
                printValue(elem, Arrays.get(array, off + i, elem), verb, depth + 1, exported);
            }
            p.buf.append('}');
        } else {
            p.buf.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    p.buf.append(' ');
                }
                printValue(elem, Arrays.get(array, off + i, elem), verb, depth + 1, exported);
            }
            p.buf.append(']');
        }
    }

    /** A value of a basic kind (named or not): bool, integers, floats, string. */
    void printBasic(RType t, Object v, char verb) {
        Kind k = t.kind();
        if (k == Kind.BOOL) {
            if (verb == 't' || verb == 'v') {
                p.fmt.fmtBoolean((Boolean) v);
            } else {
                p.badVerb(verb);
            }
        } else if (k.isInteger()) {
            fmtInteger((Long) v, !k.isUnsigned(), verb);
        } else if (k.isFloat()) {
            fmtFloat((Double) v, k == Kind.FLOAT32 ? 32 : 64, verb);
        } else if (k == Kind.STRING) {
            fmtString((String) v, verb);
        }
    }

    void fmtInteger(long v, boolean signed, char verb) {
        Fmt f = p.fmt;
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    f.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
                }
            }
            case 'd' -> f.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
            case 'b' -> f.fmtInteger(v, 2, signed, verb, Fmt.LDIGITS);
            case 'o', 'O' -> f.fmtInteger(v, 8, signed, verb, Fmt.LDIGITS);
            case 'x' -> f.fmtInteger(v, 16, signed, verb, Fmt.LDIGITS);
            case 'X' -> f.fmtInteger(v, 16, signed, verb, Fmt.UDIGITS);
            case 'c' -> f.fmtC(v);
            case 'q' -> f.fmtQc(v);
            case 'U' -> f.fmtUnicode(v);
            default -> p.badVerb(verb);
        }
    }

    void fmt0x64(long v, boolean leading0x) {
        boolean sharp = p.fmt.sharp;
        p.fmt.sharp = leading0x;
        p.fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        p.fmt.sharp = sharp;
    }

    void fmtFloat(double v, int size, char verb) {
        switch (verb) {
            case 'v' -> p.fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> p.fmt.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E' -> p.fmt.fmtFloat(v, size, verb, 6);
            case 'F' -> p.fmt.fmtFloat(v, size, 'f', 6);
            default -> p.badVerb(verb);
        }
    }

    void fmtString(String v, char verb) {
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV) {
                    p.fmt.fmtQ(v);
                } else {
                    p.fmt.fmtS(v);
                }
            }
            case 's' -> p.fmt.fmtS(v);
            case 'x' -> p.fmt.fmtSx(v, Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSx(v, Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(v);
            default -> p.badVerb(verb);
        }
    }

    /** A []byte (or byte array) as bytes: {@code v == null} for a nil slice. */
    void fmtBytes(String v, char verb, String typeString, RType t, Object original) {
        switch (verb) {
            case 'v', 'd' -> {
                if (p.fmt.sharpV) {
                    p.buf.append(typeString);
                    if (v == null) {
                        p.buf.append(Printer.NIL_PAREN);
                        return;
                    }
                    p.buf.append('{');
                    for (int i = 0; i < v.length(); i++) {
                        if (i > 0) {
                            p.buf.append(", ");
                        }
                        fmt0x64(v.charAt(i), true);
                    }
                    p.buf.append('}');
                } else {
                    p.buf.append('[');
                    for (int i = 0; v != null && i < v.length(); i++) {
                        if (i > 0) {
                            p.buf.append(' ');
                        }
                        p.fmt.fmtInteger(v.charAt(i), 10, false, verb, Fmt.LDIGITS);
                    }
                    p.buf.append(']');
                }
            }
            case 's' -> p.fmt.fmtS(v == null ? "" : v);
            case 'x' -> p.fmt.fmtSx(v == null ? "" : v, Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSx(v == null ? "" : v, Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(v == null ? "" : v);
            default -> printValue(t, original, verb, 0, true);
        }
    }

    void fmtPointer(RType t, Object v, char verb) {
        Kind k = t.kind();
        if (k != Kind.CHAN
                && k != Kind.FUNC
                && k != Kind.MAP
                && k != Kind.POINTER
                && k != Kind.SLICE
                && k != Kind.UNSAFE_POINTER) {
            p.badVerb(verb);
            return;
        }
        long u = address(t, v);
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV) {
                    p.buf.append('(').append(t).append(")(");
                    if (u == 0) {
                        p.buf.append("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    p.buf.append(')');
                } else if (u == 0) {
                    p.fmt.pad(Printer.NIL_ANGLE);
                } else {
                    fmt0x64(u, !p.fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !p.fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> p.badVerb(verb);
        }
    }

    private long address(RType t, Object v) {
        if (v == null) {
            return 0;
        }
        if (t.kind() == Kind.SLICE) {
            Slice s = (Slice) v;
            return p.g.m.addresses.of(s.array) + s.off * Math.max(1, t.elem().size());
        }
        return p.g.m.addresses.of(v);
    }

    static String bytes(Slice s) {
        return bytes(s.array, s.off, s.len);
    }

    static String bytes(Object array, int off, int n) {
        return dev.chanscope.lang.interp.rt.Utf8.ofBytes((byte[]) array, off, n);
    }
}

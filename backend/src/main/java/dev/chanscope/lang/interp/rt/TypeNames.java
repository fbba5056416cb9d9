package dev.chanscope.lang.interp.rt;

/** reflect.Type.String() for every kind of type, as %T and panics print it. */
final class TypeNames {

    private TypeNames() {}

    static String of(RType t) {
        if (t.name != null) {
            return t.pkg == null || t.pkg.isEmpty() ? t.name : t.pkg + "." + t.name;
        }
        return switch (t.kind) {
            case POINTER -> "*" + t.elem;
            case SLICE -> "[]" + t.elem;
            case ARRAY -> "[" + t.len + "]" + t.elem;
            case MAP -> "map[" + t.key + "]" + t.elem;
            case CHAN -> chan(t);
            case FUNC -> "func" + signature(t);
            case STRUCT -> struct(t);
            case INTERFACE -> iface(t);
            default -> t.kind.goName();
        };
    }

    private static String chan(RType t) {
        return switch (t.dir) {
            case SEND -> "chan<- " + t.elem;
            case RECV -> "<-chan " + t.elem;
            case BOTH ->
                t.elem.kind == Kind.CHAN && t.elem.dir == RType.ChanDir.RECV && t.elem.name == null
                        ? "chan (" + t.elem + ")"
                        : "chan " + t.elem;
        };
    }

    /** "(int, ...string) (int, error)" — the part after "func". */
    static String signature(RType t) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < t.params.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (t.variadic && i == t.params.length - 1) {
                b.append("...").append(t.params[i].elem);
            } else {
                b.append(t.params[i]);
            }
        }
        b.append(')');
        if (t.results.length == 1) {
            b.append(' ').append(t.results[0]);
        } else if (t.results.length > 1) {
            b.append(" (");
            for (int i = 0; i < t.results.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(t.results[i]);
            }
            b.append(')');
        }
        return b.toString();
    }

    private static String struct(RType t) {
        if (t.fields.length == 0) {
            return "struct {}";
        }
        StringBuilder b = new StringBuilder("struct { ");
        for (int i = 0; i < t.fields.length; i++) {
            RType.Field f = t.fields[i];
            if (i > 0) {
                b.append("; ");
            }
            if (!f.embedded()) {
                b.append(f.name()).append(' ');
            }
            b.append(f.type());
            if (f.tag() != null && !f.tag().isEmpty()) {
                b.append(' ').append(Quote.string(f.tag(), false));
            }
        }
        return b.append(" }").toString();
    }

    private static String iface(RType t) {
        if (t.imethods.length == 0) {
            return "interface {}";
        }
        StringBuilder b = new StringBuilder("interface { ");
        for (int i = 0; i < t.imethods.length; i++) {
            if (i > 0) {
                b.append("; ");
            }
            RType.IMethod m = t.imethods[i];
            b.append(m.name()).append(signature(m.type()));
        }
        return b.append(" }").toString();
    }
}

package dev.chanscope.lang.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types written as Go's compiler writes them in messages: {@code []int}, {@code map[string]T},
 * {@code func(x int, y ...string) (int, error)}, {@code struct{x int; y string}}, {@code
 * interface{M()}}. Named types are qualified by their package's name unless they belong to the
 * package being checked ({@code sync.Mutex} but {@code T}).
 */
public final class TypeString {

    private final StringBuilder b = new StringBuilder();
    private final Package current;
    /** Guards against endless recursion through a malformed (cyclic) type. */
    private final Map<Type, Boolean> seen = new IdentityHashMap<>();

    private TypeString(Package current) {
        this.current = current;
    }

    /** The type with every named type qualified by its package name. */
    public static String of(Type t) {
        return of(t, null);
    }

    /** The type as seen from package {@code current}. */
    public static String of(Type t, Package current) {
        TypeString w = new TypeString(current);
        w.type(t);
        return w.b.toString();
    }

    private void type(Type t) {
        if (t == null) {
            b.append("<nil>");
            return;
        }
        switch (t) {
            case Basic x -> b.append(x.name());
            case Named x -> qualified(x.obj());
            case TypeParam x -> b.append(x.obj().name());
            case Pointer x -> {
                b.append('*');
                type(x.elem());
            }
            case Slice x -> {
                b.append("[]");
                type(x.elem());
            }
            case Array x -> {
                b.append('[')
                        .append(x.len() < 0 ? "unknown" : Long.toString(x.len()))
                        .append(']');
                type(x.elem());
            }
            case MapType x -> {
                b.append("map[");
                type(x.key());
                b.append(']');
                type(x.elem());
            }
            case Chan x -> chan(x);
            case Signature x -> {
                b.append("func");
                signature(x);
            }
            case Tuple x -> tuple(x.vars(), false);
            case Struct x -> struct(x);
            case Interface x -> iface(x);
        }
    }

    private void qualified(TypeName obj) {
        if (obj.pkg() != null && obj.pkg() != current) {
            b.append(obj.pkg().name()).append('.');
        }
        b.append(obj.name());
    }

    private void chan(Chan c) {
        boolean parens = false;
        switch (c.dir()) {
            case SEND -> b.append("chan<- ");
            case RECV -> b.append("<-chan ");
            default -> {
                b.append("chan ");
                parens = c.elem() instanceof Chan e && e.dir() == dev.chanscope.lang.syntax.ChanDir.RECV;
            }
        }
        if (parens) {
            b.append('(');
        }
        type(c.elem());
        if (parens) {
            b.append(')');
        }
    }

    void signature(Signature s) {
        tuple(s.params().vars(), s.variadic());
        List<Var> results = s.results().vars();
        if (results.isEmpty()) {
            return;
        }
        b.append(' ');
        if (results.size() == 1 && results.getFirst().name().isEmpty()) {
            type(results.getFirst().type());
            return;
        }
        tuple(results, false);
    }

    private void tuple(List<Var> vars, boolean variadic) {
        b.append('(');
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Var v = vars.get(i);
            if (!v.name().isEmpty()) {
                b.append(v.name()).append(' ');
            }
            if (variadic && i == vars.size() - 1 && v.type() instanceof Slice s) {
                b.append("...");
                type(s.elem());
            } else {
                type(v.type());
            }
        }
        b.append(')');
    }

    private void struct(Struct s) {
        if (seen.put(s, Boolean.TRUE) != null) {
            b.append("struct{...}");
            return;
        }
        b.append("struct{");
        for (int i = 0; i < s.numFields(); i++) {
            if (i > 0) {
                b.append("; ");
            }
            Var f = s.field(i);
            if (!f.embedded()) {
                b.append(f.name()).append(' ');
            }
            type(f.type());
            if (!s.tag(i).isEmpty()) {
                b.append(' ').append(ConstFormat.quoteGo(s.tag(i)));
            }
        }
        b.append('}');
        seen.remove(s);
    }

    private void iface(Interface t) {
        if (t == Universe.anyType()) {
            b.append("any");
            return;
        }
        if (seen.put(t, Boolean.TRUE) != null) {
            b.append("interface{...}");
            return;
        }
        b.append("interface{");
        boolean first = true;
        for (Func m : t.explicitMethods()) {
            if (!first) {
                b.append("; ");
            }
            first = false;
            b.append(m.name());
            signature(m.signature());
        }
        for (Type e : t.embeddeds()) {
            if (!first) {
                b.append("; ");
            }
            first = false;
            type(e);
        }
        for (List<Term> union : t.unions()) {
            if (!first) {
                b.append("; ");
            }
            first = false;
            for (int i = 0; i < union.size(); i++) {
                if (i > 0) {
                    b.append(" | ");
                }
                if (union.get(i).tilde()) {
                    b.append('~');
                }
                type(union.get(i).type());
            }
        }
        b.append('}');
        seen.remove(t);
    }
}

package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code interface{...}}: methods written in it, embedded interfaces, and (in constraints of std
 * generic functions only) unions of terms such as {@code ~int | ~string}. The method set — its own
 * methods plus those of embedded interfaces, sorted by name — is computed on first use, once every
 * embedded interface is resolved.
 */
public final class Interface implements Type {

    private final List<Func> explicitMethods;
    private final List<Type> embeddeds;
    private final List<List<Term>> unions;
    private final boolean comparableOnly;
    private volatile TypeSet typeSet;

    /** What an interface stands for: its whole method set and, for a constraint, its type terms. */
    public record TypeSet(List<Func> methods, List<Term> terms, boolean comparable) {
        /** Whether the set has every type (no terms): a plain interface. */
        public boolean allTypes() {
            return terms == null;
        }
    }

    public Interface(List<Func> explicitMethods, List<Type> embeddeds, List<List<Term>> unions, boolean comparable) {
        this.explicitMethods = List.copyOf(explicitMethods);
        this.embeddeds = List.copyOf(embeddeds);
        this.unions = List.copyOf(unions);
        this.comparableOnly = comparable;
    }

    public Interface(List<Func> explicitMethods, List<Type> embeddeds) {
        this(explicitMethods, embeddeds, List.of(), false);
    }

    public static Interface empty() {
        return new Interface(List.of(), List.of());
    }

    public List<Func> explicitMethods() {
        return explicitMethods;
    }

    public List<Type> embeddeds() {
        return embeddeds;
    }

    public List<List<Term>> unions() {
        return unions;
    }

    /** Every method, embedded ones included, sorted by name. */
    public List<Func> methods() {
        return typeSet().methods();
    }

    public int numMethods() {
        return methods().size();
    }

    public boolean isEmpty() {
        TypeSet ts = typeSet();
        return ts.methods().isEmpty() && ts.allTypes() && !ts.comparable();
    }

    /** Whether this interface may be the type of a value (it has no type terms and is not {@code comparable}). */
    public boolean isMethodSet() {
        TypeSet ts = typeSet();
        return ts.allTypes() && !ts.comparable();
    }

    /** The method named {@code name} (exported, or unexported of {@code pkg}), or null. */
    public Func method(Package pkg, String name) {
        for (Func m : methods()) {
            if (m.sameId(pkg, name)) {
                return m;
            }
        }
        return null;
    }

    public TypeSet typeSet() {
        TypeSet ts = typeSet;
        if (ts == null) {
            // std interfaces are shared by concurrent checks: compute under one lock, so that the
            // guard against self-embedding below is never seen by another thread
            synchronized (LOCK) {
                ts = compute();
            }
        }
        return ts;
    }

    private static final Object LOCK = new Object();

    private TypeSet compute() {
        if (computing) {
            // an interface that embeds itself (reported as an invalid recursive type)
            return new TypeSet(List.of(), null, false);
        }
        computing = true;
        try {
            return computeSet();
        } finally {
            computing = false;
        }
    }

    private boolean computing;

    private TypeSet computeSet() {
        Map<String, Func> methods = new LinkedHashMap<>();
        for (Func m : explicitMethods) {
            methods.putIfAbsent(m.id(), m);
        }
        List<Term> terms = null;
        boolean comparable = comparableOnly;
        boolean complete = true;
        for (Type e : embeddeds) {
            Type u = e.underlying();
            if (u == null) {
                complete = false;
                continue;
            }
            if (!(u instanceof Interface embedded)) {
                continue;
            }
            TypeSet ets = embedded.typeSet();
            for (Func m : ets.methods()) {
                methods.putIfAbsent(m.id(), m);
            }
            comparable |= ets.comparable();
            if (!ets.allTypes()) {
                terms = intersect(terms, ets.terms());
            }
        }
        for (List<Term> union : unions) {
            terms = intersect(terms, union);
        }
        List<Func> sorted = new ArrayList<>(methods.values());
        sorted.sort(Comparator.comparing(Func::name));
        TypeSet ts = new TypeSet(List.copyOf(sorted), terms == null ? null : List.copyOf(terms), comparable);
        if (complete) {
            typeSet = ts;
        }
        return ts;
    }

    private static List<Term> intersect(List<Term> current, List<Term> union) {
        if (current == null) {
            return union;
        }
        List<Term> out = new ArrayList<>();
        for (Term t : current) {
            for (Term u : union) {
                if (u.covers(t)) {
                    out.add(t);
                    break;
                } else if (t.covers(u)) {
                    out.add(u);
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Field;
import dev.chanscope.lang.syntax.FieldList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/** Type literals with members: function signatures and their parameters, structs and interfaces. */
abstract class TypeLiterals extends CheckerBase {

    TypeLiterals(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Map key types to check once every type is complete. */
    final List<Runnable> laterChecks = new ArrayList<>();

    /** Whether std-only features (type parameters, constraint unions) may appear: not in user code. */
    boolean isStd() {
        return std;
    }

    /** Checking a std declaration file (not a user program). */
    boolean std;

    /**
     * The signature of a function type; with {@code recvList} set, of a method. {@code funcScope},
     * when given, receives the parameters (else they are declared nowhere).
     */
    Signature funcType(Expr.FuncType f, FieldList recvList, Scope funcScope) {
        if (f.typeParams() != null && !f.typeParams().list().isEmpty() && !isStd() && funcScope != null) {
            // reported by the declaration; declared as invalid types so that their uses add no errors
            for (Field tp : f.typeParams().list()) {
                for (Expr.Ident n : tp.names()) {
                    Scope saved = scope;
                    declare(funcScope, n, new TypeName(n.pos(), pkg, n.name(), Typ.INVALID, false), -1);
                    scope = saved;
                }
            }
            Scope saved = scope;
            scope = funcScope;
            try {
                return funcType(new Expr.FuncType(f.func(), null, f.params(), f.results()), recvList, funcScope);
            } finally {
                scope = saved;
            }
        }
        Var recv = null;
        if (recvList != null) {
            List<Var> rs = params(recvList, funcScope, Var.Kind.RECEIVER, null);
            if (rs.size() == 1) {
                recv = rs.getFirst();
            } else if (rs.isEmpty()) {
                error(recvList, "method has no receiver");
            } else {
                error(recvList, "method has multiple receivers");
                recv = rs.getFirst();
            }
        }
        boolean[] variadic = new boolean[1];
        List<Var> params = params(f.params(), funcScope, Var.Kind.PARAM, variadic);
        List<Var> results = f.results() == null ? List.of() : params(f.results(), funcScope, Var.Kind.RESULT, null);
        Signature sig = new Signature(recv, new Tuple(params), new Tuple(results), variadic[0], List.of());
        recordType(f, Mode.TYPEXPR, sig, null);
        return sig;
    }

    /** Declares the parameters of a list into {@code funcScope} (when set); {@code variadic} receives the {@code ...}. */
    List<Var> params(FieldList list, Scope funcScope, Var.Kind kind, boolean[] variadic) {
        List<Var> out = new ArrayList<>();
        List<Field> fields = list.list();
        for (int i = 0; i < fields.size(); i++) {
            Field fld = fields.get(i);
            Expr te = fld.type();
            Type t;
            if (te instanceof Expr.Ellipsis el) {
                boolean last = i == fields.size() - 1 && fld.names().size() <= 1;
                if (variadic == null || !last) {
                    error(el, "can only use ... with final parameter in list");
                }
                Type elem = el.elt() == null ? Typ.INVALID : varType(el.elt());
                t = new Slice(elem);
                recordType(te, Mode.TYPEXPR, t, null);
                if (variadic != null && last) {
                    variadic[0] = true;
                }
            } else {
                t = varType(te);
            }
            if (fld.names().isEmpty()) {
                Var v = new Var(te.pos(), pkg, "", t, kind, false);
                out.add(v);
                continue;
            }
            for (Expr.Ident n : fld.names()) {
                Var v = new Var(n.pos(), pkg, n.name(), t, kind, false);
                out.add(v);
                if (funcScope != null) {
                    Scope saved = scope;
                    declare(funcScope, n, v, -1);
                    scope = saved;
                } else {
                    info.recordDef(n, v);
                }
            }
        }
        return out;
    }

    Type structType(Expr.StructType s) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Var> seen = new ArrayList<>();
        for (Field f : s.fields().list()) {
            String tag = f.tag() == null ? "" : Literals.stringValue(f.tag().value());
            if (f.names().isEmpty()) {
                Type t = typExpr(f.type());
                Expr.Ident name = embeddedName(f.type());
                String n = name == null ? "_" : name.name();
                Var v = Var.field(f.type().pos(), pkg, n, t, true);
                checkEmbedded(f.type(), t);
                addField(v, name, fields, tags, tag, seen);
                continue;
            }
            Type t = varType(f.type());
            for (Expr.Ident n : f.names()) {
                addField(Var.field(n.pos(), pkg, n.name(), t, false), n, fields, tags, tag, seen);
            }
        }
        return new Struct(fields, tags);
    }

    private void addField(Var v, Expr.Ident id, List<Var> fields, List<String> tags, String tag, List<Var> seen) {
        if (id != null) {
            info.recordDef(id, v);
        }
        if (!v.name().equals("_")) {
            for (Var o : seen) {
                if (o.name().equals(v.name())) {
                    error(
                            v.pos(),
                            v.name() + " redeclared\n\t" + position(o.pos()) + ": other declaration of " + v.name());
                    break;
                }
            }
            seen.add(v);
        }
        fields.add(v);
        tags.add(tag);
    }

    private void checkEmbedded(Expr te, Type t) {
        laterChecks.add(() -> {
            Type base = t instanceof Pointer p ? p.elem() : t;
            if (Types.isInvalid(base)) {
                return;
            }
            if (t instanceof Pointer) {
                if (base.underlying() instanceof Pointer) {
                    error(te, "embedded field type cannot be a pointer");
                } else if (base.underlying() instanceof Interface) {
                    error(te, "embedded field type cannot be a pointer to an interface");
                }
            } else if (base.underlying() instanceof Pointer) {
                error(te, "embedded field type cannot be a pointer");
            }
        });
    }

    /** The name an embedded field gets: {@code T} for {@code T}, {@code *T}, {@code p.T}, {@code *p.T}. */
    static Expr.Ident embeddedName(Expr e) {
        return switch (e) {
            case Expr.Ident id -> id;
            case Expr.Star s -> embeddedName(s.x());
            case Expr.Selector s -> s.sel();
            case Expr.Paren p -> embeddedName(p.x());
            case Expr.Index ix -> embeddedName(ix.x());
            case Expr.IndexList ix -> embeddedName(ix.x());
            default -> null;
        };
    }

    Type interfaceType(Expr.InterfaceType it) {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        List<List<Term>> unions = new ArrayList<>();
        Interface[] self = new Interface[1];
        List<Var> recvs = new ArrayList<>();
        for (Field f : it.methods().list()) {
            if (f.names().isEmpty()) {
                embeddedElement(f.type(), embeddeds, unions);
                continue;
            }
            Expr.Ident name = f.names().getFirst();
            if (!(f.type() instanceof Expr.FuncType ft)) {
                continue;
            }
            Signature sig = funcType(ft, null, null);
            Var recv = new Var(name.pos(), pkg, "", null, Var.Kind.RECEIVER, false);
            recvs.add(recv);
            Func m = new Func(name.pos(), pkg, name.name(), sig.withRecv(recv), null);
            if (name.isBlank()) {
                error(name, "methods must have a unique non-blank name");
            }
            for (Func o : methods) {
                if (o.name().equals(m.name()) && !name.isBlank()) {
                    error(
                            name,
                            "duplicate method " + m.name() + "\n\t" + position(o.pos()) + ": other declaration of "
                                    + m.name());
                }
            }
            info.recordDef(name, m);
            methods.add(m);
        }
        self[0] = new Interface(methods, embeddeds, unions, false);
        List<Expr> embeddedExprs = new ArrayList<>();
        for (Field f : it.methods().list()) {
            if (f.names().isEmpty()) {
                embeddedExprs.add(f.type());
            }
        }
        laterChecks.add(() -> duplicateMethods(methods, embeddedExprs));
        for (Var r : recvs) {
            r.setType(self[0]);
        }
        return self[0];
    }

    /** Methods that embedded interfaces (or the interface itself) declare twice with different types. */
    private void duplicateMethods(List<Func> explicit, List<Expr> embedded) {
        java.util.Map<String, Func> seen = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> where = new java.util.HashMap<>();
        for (Func m : explicit) {
            seen.putIfAbsent(m.id(), m);
            where.putIfAbsent(m.id(), m.pos());
        }
        for (Expr e : embedded) {
            TypeAndValue tv = info.recorded(e);
            if (tv == null || !(tv.type().underlying() instanceof Interface i)) {
                continue;
            }
            for (Func m : i.methods()) {
                Func old = seen.get(m.id());
                if (old == null) {
                    seen.put(m.id(), m);
                    where.put(m.id(), e.pos());
                } else if (old != m && !Types.identical(old.type(), m.type())) {
                    error(
                            e,
                            "duplicate method " + m.name() + "\n\t" + position(where.get(m.id()))
                                    + ": other declaration of " + m.name());
                }
            }
        }
    }

    private void embeddedElement(Expr e, List<Type> embeddeds, List<List<Term>> unions) {
        boolean union =
                e instanceof Expr.Binary b && b.op() == Token.OR || e instanceof Expr.Unary u && u.op() == Token.TILDE;
        if (!union) {
            Type t = typExpr(e);
            if (Types.isInvalid(t)) {
                return;
            }
            if (t.underlying() instanceof Interface || t.underlying() == null) {
                embeddeds.add(t);
                return;
            }
            if (!isStd()) {
                unsupported(e.pos(), "type constraint (generics)");
                return;
            }
            unions.add(List.of(new Term(false, t)));
            return;
        }
        if (!isStd()) {
            unsupported(e.pos(), "type constraint (generics)");
            return;
        }
        List<Term> terms = new ArrayList<>();
        collectTerms(e, terms);
        unions.add(terms);
    }

    private void collectTerms(Expr e, List<Term> out) {
        if (e instanceof Expr.Binary b && b.op() == Token.OR) {
            collectTerms(b.x(), out);
            collectTerms(b.y(), out);
        } else if (e instanceof Expr.Unary u && u.op() == Token.TILDE) {
            out.add(new Term(true, typExpr(u.x())));
        } else {
            out.add(new Term(false, typExpr(e)));
        }
    }
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.Field;
import dev.chanscope.lang.syntax.FieldList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/** Type expressions: names, qualified names and every type literal (go/types' typexpr.go). */
abstract class TypeExprs extends CheckerBase {

    /** Map key types to check once every type is complete. */
    final List<Runnable> laterChecks = new ArrayList<>();

    TypeExprs(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Whether std-only features (type parameters, constraint unions) may appear: not in user code. */
    boolean isStd() {
        return std;
    }

    /** Checking a std declaration file (not a user program). */
    boolean std;

    @Override
    Type typExpr(Expr e) {
        Type t = typInternal(e);
        recordType(e, Mode.TYPEXPR, t, null);
        return t;
    }

    /** A type in a variable's declaration: like {@link #typExpr} but refuses constraint interfaces. */
    Type varType(Expr e) {
        Type t = typExpr(e);
        if (t.underlying() instanceof Interface i && !(t instanceof TypeParam) && !i.isMethodSet()) {
            error(e, "cannot use type " + str(t) + " outside a type constraint: interface "
                    + (i.typeSet().comparable() && i.typeSet().allTypes() ? "is (or embeds) comparable" : "contains type constraints"));
        }
        return t;
    }

    private Type typInternal(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                Operand x = new Operand();
                rawExpr(x, id, null, false);
                return typeOperand(x, e);
            }
            case Expr.Selector s -> {
                Operand x = new Operand();
                rawExpr(x, s, null, false);
                return typeOperand(x, e);
            }
            case Expr.Paren p -> {
                return typExpr(p.x());
            }
            case Expr.ArrayType a -> {
                if (a.len() == null) {
                    return new Slice(varType(a.elt()));
                }
                if (a.len() instanceof Expr.Ellipsis) {
                    error(a.len(), "invalid use of [...] array (outside a composite literal)");
                    varType(a.elt());
                    return Typ.INVALID;
                }
                long n = arrayLength(a.len());
                Type elem = varType(a.elt());
                return n < 0 ? Typ.INVALID : new Array(n, elem);
            }
            case Expr.Ellipsis el -> {
                error(el, "invalid use of ...");
                return Typ.INVALID;
            }
            case Expr.Star s -> {
                return new Pointer(typExpr(s.x()));
            }
            case Expr.FuncType f -> {
                return funcType(f, null, null);
            }
            case Expr.StructType s -> {
                return structType(s);
            }
            case Expr.InterfaceType i -> {
                return interfaceType(i);
            }
            case Expr.MapType m -> {
                Type key = varType(m.key());
                Type val = varType(m.value());
                laterChecks.add(() -> {
                    if (!Types.isInvalid(key) && !(key instanceof TypeParam) && !Types.comparable(key)) {
                        error(m.key(), "invalid map key type " + str(key));
                    }
                });
                return new MapType(key, val);
            }
            case Expr.ChanType c -> {
                return new Chan(c.dir(), varType(c.value()));
            }
            case Expr.Index ix -> {
                unsupported(ix.pos(), "generic type instantiation");
                return Typ.INVALID;
            }
            case Expr.IndexList ix -> {
                unsupported(ix.pos(), "generic type instantiation");
                return Typ.INVALID;
            }
            default -> {
                Operand x = new Operand();
                rawExpr(x, e, null, false);
                return typeOperand(x, e);
            }
        }
    }

    private Type typeOperand(Operand x, Expr e) {
        switch (x.mode) {
            case TYPEXPR -> {
                return x.type;
            }
            case INVALID -> {
                return Typ.INVALID;
            }
            case NOVALUE -> error(e, x.describe(pkg) + " used as type");
            default -> error(e, x.describe(pkg) + " is not a type");
        }
        return Typ.INVALID;
    }

    /** The length of an array type: a non-negative constant int; -1 after an error. */
    long arrayLength(Expr e) {
        if (e instanceof Expr.Ident id && !(scope.lookupParent(id.name(), id.pos()) instanceof Const)
                && scope.lookupParent(id.name(), id.pos()) != null) {
            Obj o = scope.lookupParent(id.name(), id.pos());
            if (!(o instanceof Const)) {
                error(e, "invalid array length " + id.name());
                return -1;
            }
        }
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        if (x.mode != Mode.CONSTANT) {
            if (x.mode != Mode.INVALID) {
                error(e, "array length " + ExprString.of(e) + " (" + x.describe(pkg).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "") + ") must be constant");
            }
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            Constant v = ConstOps.toInt(x.val);
            if (v instanceof Constant.Int i) {
                if (i.value().signum() >= 0 && i.value().bitLength() < 63) {
                    return i.value().longValue();
                }
            }
        }
        if (Types.isInteger(x.type) || Types.isUntyped(x.type) && ConstOps.toInt(x.val) instanceof Constant.Int) {
            error(e, "invalid array length " + ExprString.of(e) + " (" + x.describe(pkg).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "") + ")");
        } else {
            error(e, "array length " + x.describe(pkg) + " must be integer");
        }
        return -1;
    }

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
        return new Signature(recv, new Tuple(params), new Tuple(results), variadic[0], List.of());
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

    private Type structType(Expr.StructType s) {
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
                    error(v.pos(), v.name() + " redeclared\n\t" + position(o.pos()) + ": other declaration of " + v.name());
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
                    error(name, "duplicate method " + m.name() + "\n\t" + position(o.pos()) + ": other declaration of " + m.name());
                }
            }
            info.recordDef(name, m);
            methods.add(m);
        }
        self[0] = new Interface(methods, embeddeds, unions, false);
        for (Var r : recvs) {
            r.setType(self[0]);
        }
        return self[0];
    }

    private void embeddedElement(Expr e, List<Type> embeddeds, List<List<Term>> unions) {
        boolean union = e instanceof Expr.Binary b && b.op() == Token.OR
                || e instanceof Expr.Unary u && u.op() == Token.TILDE;
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

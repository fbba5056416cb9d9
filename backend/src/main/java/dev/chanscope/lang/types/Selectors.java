package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;

/** Selectors: qualified identifiers, fields, method values and method expressions (go/types' selector). */
abstract class Selectors extends Indexing {

    Selectors(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Hook for names a std package lacks but real Go has: an unsupported-function error instead of undefined. */
    abstract String unsupportedStdName(Package p, String name);

    void selector(Operand x, Expr.Selector e) {
        String sel = e.sel().name();
        if (e.x() instanceof Expr.Ident ident) {
            Obj o = scope.lookupParent(ident.name(), ident.pos());
            if (o instanceof PkgName pn) {
                info.recordUse(ident, pn);
                pn.used = true;
                Package p = pn.imported();
                if (p.fake) {
                    x.invalidate();
                    x.expr = e;
                    return;
                }
                Obj exp = p.scope().lookup(sel);
                if (exp == null || exp instanceof Func f && f.isMethod()) {
                    String why = unsupportedStdName(p, sel);
                    if (why != null) {
                        error(e.sel(), why);
                    } else {
                        error(e.sel(), "undefined: " + ExprString.of(e));
                    }
                    x.invalidate();
                    x.expr = e;
                    return;
                }
                if (!exp.exported()) {
                    error(e.sel(), "name " + sel + " not exported by package " + p.name());
                }
                info.recordUse(e.sel(), exp);
                switch (exp) {
                    case Const c -> {
                        x.mode = Mode.CONSTANT;
                        x.type = c.type();
                        x.val = c.value();
                    }
                    case TypeName tn -> {
                        x.mode = Mode.TYPEXPR;
                        x.type = tn.type();
                    }
                    case Var v -> {
                        x.mode = Mode.VARIABLE;
                        x.type = v.type();
                    }
                    case Func f -> {
                        x.mode = Mode.VALUE;
                        x.type = f.type();
                    }
                    default -> x.invalidate();
                }
                x.expr = e;
                return;
            }
        }
        rawExpr(x, e.x(), null, false);
        switch (x.mode) {
            case TYPEXPR -> {
                if (x.type instanceof TypeParam) {
                    error(e.sel(), "cannot select on type parameter " + str(x.type));
                    x.invalidate();
                    return;
                }
            }
            case INVALID -> {
                x.expr = e;
                return;
            }
            case NOVALUE, BUILTIN -> {
                error(x.expr, str(x) + " used as value");
                x.invalidate();
                x.expr = e;
                return;
            }
            default -> {}
        }
        if (x.type.underlying() instanceof Signature sig && sig.isGeneric()) {
            error(x.expr, "cannot use generic function " + ExprString.of(x.expr) + " without instantiation");
            x.invalidate();
            x.expr = e;
            return;
        }
        if (Types.isInvalid(x.type) || x.type instanceof Pointer p && Types.isInvalid(p.elem())) {
            x.invalidate();
            x.expr = e;
            return;
        }
        boolean addressable = x.mode == Mode.VARIABLE;
        Lookup.Result r = Lookup.lookup(x.type, addressable, pkg, sel);
        if (r.obj() == null || r.needsAddress()) {
            if (Types.isInvalid(x.type.underlying())) {
                x.invalidate();
                x.expr = e;
                return;
            }
            if (r.ambiguous()) {
                error(e.sel(), "ambiguous selector " + ExprString.of(e.x()) + "." + sel);
            } else if (r.needsAddress()) {
                error(e.sel(), "cannot call pointer method " + sel + " on " + str(x.type));
            } else {
                String why;
                if (Lookup.isInterfacePtr(x.type)) {
                    why = "type " + str(x.type) + " is pointer to interface, not interface";
                } else {
                    why = "type " + str(x.type) + " has no field or method " + sel;
                    if (!sel.isEmpty()) {
                        int c = sel.codePointAt(0);
                        String changed = new String(Character.toChars(
                                        Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)))
                                + sel.substring(Character.charCount(c));
                        Lookup.Result alt = Lookup.lookup(x.type, addressable, pkg, changed);
                        if (alt.obj() != null) {
                            why += ", but does have " + changed;
                        }
                    }
                }
                error(e.sel(), ExprString.of(e.x()) + "." + sel + " undefined (" + why + ")");
            }
            x.invalidate();
            x.expr = e;
            return;
        }
        if (r.obj() instanceof Func m) {
            objDecl(m);
        }
        info.recordUse(e.sel(), r.obj());
        if (x.mode == Mode.TYPEXPR) {
            if (!(r.obj() instanceof Func m)) {
                error(
                        e.sel(),
                        ExprString.of(e.x()) + "." + sel + " undefined (type " + str(x.type) + " has no method " + sel
                                + ")");
                x.invalidate();
                x.expr = e;
                return;
            }
            Signature sig = m.signature();
            info.recordSelection(
                    e, new Selection(Selection.Kind.METHOD_EXPR, x.type, m, r.index(), r.indirect(), null, false));
            List<Var> params = new ArrayList<>();
            String name = "";
            if (sig.params().size() > 0 && !sig.params().at(0).name().isEmpty()) {
                name = sig.recv() == null || sig.recv().name().isEmpty()
                        ? "_"
                        : sig.recv().name();
            }
            params.add(Var.param(sig.recv() == null ? e.pos() : sig.recv().pos(), pkg, name, x.type));
            params.addAll(sig.params().vars());
            x.mode = Mode.VALUE;
            x.type = new Signature(new Tuple(params), sig.results(), sig.variadic());
            fixSelectionType(e, x.type);
            depend(m);
        } else if (r.obj() instanceof Var f) {
            info.recordSelection(
                    e, new Selection(Selection.Kind.FIELD_VAL, x.type, f, r.index(), r.indirect(), f.type(), false));
            x.mode = x.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE;
            x.type = f.type();
        } else if (r.obj() instanceof Func m) {
            Signature sig = m.signature();
            boolean ptrRecv = sig.recv() != null && sig.recv().type() instanceof Pointer;
            boolean autoAddr = ptrRecv && !r.indirect();
            if (autoAddr) {
                addressTaken(e.x());
            }
            Signature value = new Signature(sig.params(), sig.results(), sig.variadic());
            info.recordSelection(
                    e, new Selection(Selection.Kind.METHOD_VAL, x.type, m, r.index(), r.indirect(), value, autoAddr));
            x.mode = Mode.VALUE;
            x.type = value;
            depend(m);
        }
        x.expr = e;
    }

    private void fixSelectionType(Expr.Selector e, Type t) {
        Selection s = info.selections().get(e);
        info.recordSelection(
                e, new Selection(s.kind(), s.recv(), s.obj(), s.index(), s.indirect(), t, s.addressOfRecv()));
    }

    /** Records that the package-level declaration being checked refers to {@code obj} (for init order). */
    void depend(Obj obj) {
        if (decl != null && obj.pkg() == pkg && obj.parent() == pkg.scope()
                || decl != null && obj instanceof Func f && f.isMethod() && f.pkg() == pkg) {
            decl.deps.add(obj);
        }
    }
}

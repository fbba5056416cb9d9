package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Composite literals: structs (keyed or positional), arrays ({@code [...]T} too), slices and maps. */
abstract class CompositeLits extends Selectors {

    CompositeLits(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
        Type typ;
        Type base;
        boolean openArray = false;
        if (e.type() != null) {
            if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
                typ = new Array(-1, varType(at.elt()));
                base = typ;
                openArray = true;
            } else {
                typ = typExpr(e.type());
                base = typ;
            }
        } else if (hint != null) {
            typ = hint;
            Type core = Types.coreType(typ);
            base = core instanceof Pointer p ? p.elem() : core;
            if (base == null) {
                error(e, "invalid composite literal element type " + str(typ) + " (no core type)");
                x.invalidate();
                return;
            }
        } else {
            error(e, "missing type in composite literal");
            x.invalidate();
            return;
        }
        Type core = Types.isInvalid(base) ? Typ.INVALID : Types.coreType(base);
        switch (core) {
            case Struct s -> structLit(e, s, typ, base);
            case Array a -> {
                long n = indexedElts(e.elts(), a.elem(), a.len());
                if (a.len() < 0) {
                    Array fixed = new Array(n, a.elem());
                    if (typ == base) {
                        typ = fixed;
                    }
                    if (e.type() != null && openArray) {
                        recordType(e.type(), Mode.TYPEXPR, fixed, null);
                    }
                }
            }
            case Slice s -> indexedElts(e.elts(), s.elem(), -1);
            case MapType m -> mapLit(e, m);
            case null, default -> {
                for (Expr el : e.elts()) {
                    useExpr(el instanceof Expr.KeyValue kv ? kv.value() : el);
                }
                if (core != Typ.INVALID && !Types.isInvalid(base)) {
                    error(e, "invalid composite literal type " + str(typ));
                }
                x.invalidate();
                return;
            }
        }
        x.mode = Mode.VALUE;
        x.type = typ;
    }

    private void structLit(Expr.CompositeLit e, Struct s, Type typ, Type base) {
        if (e.elts().isEmpty()) {
            return;
        }
        List<Var> fields = s.fields();
        Operand x = new Operand();
        if (e.elts().getFirst() instanceof Expr.KeyValue) {
            boolean[] visited = new boolean[fields.size()];
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValue kv)) {
                    error(el, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                exprWithHint(x, kv.value(), null);
                if (!(kv.key() instanceof Expr.Ident key)) {
                    error(kv, "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                    continue;
                }
                int i = fieldIndex(fields, key.name());
                if (i < 0) {
                    error(kv.key(), "unknown field '" + key.name() + "' in struct literal of type " + str(base));
                    continue;
                }
                Var fld = fields.get(i);
                info.recordUse(key, fld);
                assignment(x, fld.type(), "struct literal");
                if (visited[i]) {
                    error(
                            x.expr != null ? x.expr : kv.value(),
                            "duplicate field name " + key.name() + " in struct literal");
                    continue;
                }
                visited[i] = true;
            }
            return;
        }
        for (int i = 0; i < e.elts().size(); i++) {
            Expr el = e.elts().get(i);
            if (el instanceof Expr.KeyValue kv) {
                error(kv, "mixture of field:value and value elements in struct literal");
                continue;
            }
            exprWithHint(x, el, null);
            if (i >= fields.size()) {
                error(x.expr != null ? x.expr : el, "too many values in " + str(base) + "{…}");
                break;
            }
            Var fld = fields.get(i);
            if (!fld.exported() && fld.pkg() != pkg) {
                error(
                        x.expr != null ? x.expr : el,
                        "implicit assignment to unexported field " + fld.name() + " in " + str(typ) + " literal");
                continue;
            }
            assignment(x, fld.type(), "struct literal");
        }
        if (e.elts().size() < fields.size()) {
            error(e.rbrace(), "too few values in " + str(base) + "{…}");
        }
    }

    private int fieldIndex(List<Var> fields, String name) {
        if (name.equals("_")) {
            return -1;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).sameId(pkg, name)) {
                return i;
            }
        }
        return -1;
    }

    private long indexedElts(List<Expr> elts, Type elem, long length) {
        Set<Long> visited = new HashSet<>();
        long index = 0;
        long max = 0;
        for (Expr el : elts) {
            boolean validIndex = false;
            Expr eval = el;
            if (el instanceof Expr.KeyValue kv) {
                Operand k = new Operand();
                long i = constIndex(kv.key(), length, k);
                if (k.mode != Mode.INVALID) {
                    if (i >= 0) {
                        index = i;
                        validIndex = true;
                    } else {
                        error(kv.colon(), "index " + ExprString.of(kv.key()) + " must be integer constant");
                    }
                }
                eval = kv.value();
            } else if (length >= 0 && index >= length) {
                error(el, "index " + index + " is out of bounds (>= " + length + ")");
            } else {
                validIndex = true;
            }
            if (validIndex) {
                if (!visited.add(index)) {
                    error(
                            el instanceof Expr.KeyValue kv ? kv.colon() : el.pos(),
                            "duplicate index " + index + " in array or slice literal");
                }
            }
            index++;
            max = Math.max(max, index);
            Operand x = new Operand();
            exprWithHint(x, eval, elem);
            assignment(x, elem, "array or slice literal");
        }
        return max;
    }

    /** Like {@link #index} but reports the operand's validity in {@code out}. */
    private long constIndex(Expr key, long max, Operand out) {
        Operand x = new Operand();
        expr(x, key);
        if (!isValidIndex(x, "index", false)) {
            out.invalidate();
            return -1;
        }
        out.mode = x.mode;
        if (x.mode != Mode.CONSTANT || !(x.val instanceof Constant.Int i)) {
            return -1;
        }
        long v = i.value().longValue();
        if (max >= 0 && v >= max) {
            error(x.expr, INVALID_ARG + "index " + x.val + " out of bounds [0:" + max + "]");
            out.invalidate();
            return -1;
        }
        return v;
    }

    private void mapLit(Expr.CompositeLit e, MapType m) {
        List<Constant> seenKeys = new ArrayList<>();
        List<Type> seenTypes = new ArrayList<>();
        Operand x = new Operand();
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValue kv)) {
                error(el, "missing key in map literal");
                continue;
            }
            exprWithHint(x, kv.key(), m.key());
            assignment(x, m.key(), "map literal");
            if (x.mode == Mode.CONSTANT) {
                boolean dup = false;
                for (int i = 0; i < seenKeys.size(); i++) {
                    if (ConstOps.compare(seenKeys.get(i), dev.chanscope.lang.syntax.Token.EQL, x.val)
                            && (!Types.isInterface(m.key()) || Types.identical(seenTypes.get(i), x.type))) {
                        dup = true;
                        break;
                    }
                }
                seenKeys.add(x.val);
                seenTypes.add(x.type);
                if (dup) {
                    error(x.expr, "duplicate key " + x.val + " in map literal");
                    continue;
                }
            }
            exprWithHint(x, kv.value(), m.elem());
            assignment(x, m.elem(), "map literal");
        }
    }
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Node;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's state and the services every part of it uses: error reporting, recording into
 * {@link Info}, scopes and declarations, and the function context that tracks captured variables.
 * The checking itself is split over a chain of subclasses, one concern each, ending in {@link
 * Checker}.
 */
abstract class CheckerBase {

    /** Thrown when the error list is full: checking stops there, as cmd/compile does. */
    static final class Bailout extends RuntimeException {
        Bailout() {
            super(null, null, false, false);
        }
    }

    final SourceFile file;
    final GoFile goFile;
    final ErrorList errors;
    final Package pkg;
    final Info info = new Info();
    final Importer importer;

    /** The innermost scope being checked. */
    Scope scope;
    /** The function whose body is being checked, null at package level. */
    FuncContext fctx;
    /** The value of iota while checking a constant declaration, else null. */
    Constant iota;
    /** The package-level object whose declaration is being checked (collects init dependencies). */
    DeclInfo decl;
    /** Which function each local variable belongs to, for captures. */
    final Map<Var, FuncContext> owners = new IdentityHashMap<>();
    /** Untyped expressions whose final type is still open (go/types' untyped map). */
    final Map<Expr, UntypedInfo> untyped = new IdentityHashMap<>();
    /** The labels of the function body being checked. */
    Map<String, Label> labels = new java.util.HashMap<>();
    /** Work done after the package-level declarations: function bodies, in source order. */
    final List<Runnable> delayed = new ArrayList<>();

    /** For the left operand of a non-constant shift whose type is still open: the shift expression. */
    final Map<Expr, Expr> shiftParents = new IdentityHashMap<>();

    record UntypedInfo(boolean isLhs, Mode mode, Basic type, Constant val) {}

    /** A function (declaration or literal) whose body is being checked. */
    static final class FuncContext {
        final FuncContext parent;
        final Expr.FuncLit lit;
        Signature sig;
        final List<Var> locals = new ArrayList<>();

        FuncContext(FuncContext parent, Expr.FuncLit lit, Signature sig) {
            this.parent = parent;
            this.lit = lit;
            this.sig = sig;
        }
    }

    CheckerBase(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        this.goFile = goFile;
        this.file = goFile.source();
        this.errors = errors;
        this.pkg = pkg;
        this.importer = importer;
        this.scope = pkg.scope();
    }

    // ---- errors

    /** When set (≥ 0), errors go here: the constant of a spec that repeats an earlier spec's expressions. */
    int errpos = -1;

    void error(int pos, String message) {
        if (errpos >= 0) {
            pos = errpos;
        }
        if (pos < 0 || pos > file.size()) {
            pos = 0;
        }
        if (!errors.add(pos, message)) {
            throw new Bailout();
        }
    }

    void error(Node at, String message) {
        error(at.pos(), message);
    }

    /** An error naming a construct Chanscope does not support. */
    void unsupported(int pos, String what) {
        error(pos, what + " is not supported in Chanscope");
    }

    /** {@code file:line:col} of an offset, for "other declaration" notes. */
    String position(int offset) {
        return file.position(offset);
    }

    String str(Type t) {
        return TypeString.of(t, pkg);
    }

    String str(Operand x) {
        return x.describe(pkg);
    }

    static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    // ---- recording

    void record(Operand x) {
        if (x.expr == null) {
            return;
        }
        Type t = x.type;
        Constant v = x.mode == Mode.CONSTANT ? x.val : null;
        if (x.mode != Mode.INVALID && Types.isUntyped(t) && t instanceof Basic b) {
            untyped.put(x.expr, new UntypedInfo(false, x.mode, b, v));
            return;
        }
        if (x.mode == Mode.INVALID) {
            t = Typ.INVALID;
        }
        info.recordType(x.expr, new TypeAndValue(x.mode, t, v));
    }

    void recordType(Expr e, Mode mode, Type t, Constant v) {
        info.recordType(e, new TypeAndValue(mode, t, v));
    }

    void recordCommaOk(Expr e, Type t) {
        Tuple tuple = new Tuple(List.of(
                new Var(SourceFile.NO_POS, null, "", t, Var.Kind.LOCAL, false),
                new Var(SourceFile.NO_POS, null, "", Typ.BOOL, Var.Kind.LOCAL, false)));
        for (Expr x = e; ; ) {
            TypeAndValue tv = info.recorded(x);
            info.recordType(x, new TypeAndValue(Mode.COMMAOK, tuple, null));
            if (tv == null || !(x instanceof Expr.Paren p)) {
                break;
            }
            x = p.x();
        }
    }

    // ---- scopes and declarations

    Scope openScope(Node node, String comment) {
        Scope s = new Scope(scope, node.pos(), node.end(), comment);
        if (node != null) {
            info.recordScope(node, s);
        }
        scope = s;
        return s;
    }

    void closeScope() {
        scope = scope.parent();
    }

    /**
     * Declares {@code obj} in scope {@code s} under {@code id} (blank identifiers are recorded but not
     * inserted); a local object becomes visible at {@code visibleFrom}, a negative value meaning at once.
     */
    void declare(Scope s, Expr.Ident id, Obj obj, int visibleFrom) {
        if (id != null) {
            info.recordDef(id, obj);
        }
        if (obj.name().equals("_")) {
            if (obj.parent() == null) {
                obj.setParent(s);
            }
            return;
        }
        Obj old = visibleFrom >= 0 ? s.insertVisibleFrom(obj, visibleFrom) : s.insert(obj);
        if (old != null) {
            redeclared(obj, old);
        }
        if (obj instanceof Var v && fctx != null && v.kind() != Var.Kind.FIELD) {
            owners.put(v, fctx);
            fctx.locals.add(v);
        }
    }

    void redeclared(Obj obj, Obj old) {
        String msg = obj.name() + " redeclared in this block";
        if (old.pos() >= 0 && old.pkg() == pkg) {
            msg += "\n\t" + position(old.pos()) + ": other declaration of " + obj.name();
        }
        error(obj.pos(), msg);
    }

    /** Marks a use of variable {@code v}: it is used, and captured by every literal between here and its owner. */
    void useVar(Var v) {
        v.used = true;
        FuncContext owner = owners.get(v);
        if (owner == null) {
            return;
        }
        boolean captured = false;
        for (FuncContext c = fctx; c != null && c != owner; c = c.parent) {
            if (c.lit != null) {
                info.recordCapture(c.lit, v);
                captured = true;
            }
        }
        if (captured) {
            info.recordEscape(v);
        }
    }

    /** Records that the variable at the root of {@code e} (through fields and array elements) has its address taken. */
    void addressTaken(Expr e) {
        Expr x = e;
        while (true) {
            switch (x) {
                case Expr.Paren p -> x = p.x();
                case Expr.Selector s -> {
                    Selection sel = info.selections().get(s);
                    if (sel == null || sel.kind() != Selection.Kind.FIELD_VAL || sel.indirect()) {
                        return;
                    }
                    x = s.x();
                }
                case Expr.Index ix -> {
                    Type t = info.typeOf(ix.x());
                    if (t == null || !(t.underlying() instanceof Array)) {
                        return;
                    }
                    x = ix.x();
                }
                case Expr.Ident id -> {
                    if (info.uses().get(id) instanceof Var v && owners.containsKey(v)) {
                        info.recordEscape(v);
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    // ---- implemented further down the chain

    abstract void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric);

    abstract Type typExpr(Expr e);

    abstract Type varType(Expr e);

    abstract void objDecl(Obj obj);

    abstract void funcBody(String name, Signature sig, Stmt.Block body, FuncContext ctx, Scope funcScope);
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Constant, variable, type and function declarations, package-level and local (go/types' decl.go). */
abstract class Decls extends Stmts {

    /** Package-level objects and methods, in source order, with their declarations. */
    final Map<Obj, DeclInfo> objMap = new LinkedHashMap<>();
    /** The package-level objects whose declarations are being checked, innermost last. */
    final List<Obj> objPath = new ArrayList<>();

    Decls(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    @Override
    void objDecl(Obj obj) {
        DeclInfo d = objMap.get(obj);
        if (d == null) {
            return;
        }
        if (d.state == DeclInfo.BLACK) {
            return;
        }
        if (d.state == DeclInfo.GREY) {
            cycle(obj);
            return;
        }
        d.state = DeclInfo.GREY;
        objPath.add(obj);
        Scope savedScope = scope;
        DeclInfo savedDecl = decl;
        FuncContext savedCtx = fctx;
        Constant savedIota = iota;
        int savedErrpos = errpos;
        scope = d.fileScope;
        fctx = null;
        iota = null;
        errpos = -1;
        try {
            switch (obj) {
                case Const c -> {
                    decl = d;
                    constDecl(c, d.type, d.init, d.inherited, d.iota);
                }
                case Var v -> {
                    decl = d;
                    varDecl(v, d.lhs, d.type, d.init);
                }
                case TypeName tn -> typeDecl(tn, d.typeSpec);
                case Func f -> {
                    decl = d;
                    funcDecl(f, d);
                }
                default -> {}
            }
        } finally {
            scope = savedScope;
            decl = savedDecl;
            fctx = savedCtx;
            iota = savedIota;
            errpos = savedErrpos;
            objPath.removeLast();
            d.state = DeclInfo.BLACK;
        }
    }

    /** A declaration refers back to an object still being declared. */
    private void cycle(Obj obj) {
        if (obj instanceof TypeName || obj instanceof Func) {
            return; // named types are set up before their underlying type; a function's type never needs its body
        }
        int start = objPath.indexOf(obj);
        List<Obj> cycle = objPath.subList(Math.max(start, 0), objPath.size());
        boolean hasType = cycle.stream().anyMatch(o -> o instanceof TypeName);
        if (hasType) {
            return;
        }
        // constants and variables only: the initialization order check reports the loop
        if (obj.type() == null) {
            obj.setType(Typ.INVALID);
        }
    }

    void cycleError(List<Obj> cycle, boolean types) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).pos() < cycle.get(first).pos()) {
                first = i;
            }
        }
        Obj o = cycle.get(first);
        StringBuilder msg =
                new StringBuilder((types ? "invalid recursive type " : "illegal cycle in declaration of ") + o.name());
        int i = first;
        for (int k = 0; k < cycle.size(); k++) {
            msg.append("\n\t")
                    .append(position(o.pos()))
                    .append(": ")
                    .append(o.name())
                    .append(" refers to");
            i = (i + 1) % cycle.size();
            o = cycle.get(i);
        }
        msg.append("\n\t").append(position(o.pos())).append(": ").append(o.name());
        error(cycle.get(first).pos(), msg.toString());
    }

    void constDecl(Const obj, Expr typ, Expr init, boolean inherited, int iotaValue) {
        iota = Constant.of(iotaValue);
        obj.setValue(Constant.UNKNOWN);
        if (typ != null) {
            Type t = typExpr(typ);
            if (!Types.isConstType(t)) {
                if (!Types.isInvalid(t.underlying())) {
                    error(typ, "invalid constant type " + str(t));
                }
                obj.setType(Typ.INVALID);
                return;
            }
            obj.setType(t);
        }
        Operand x = new Operand();
        if (init != null) {
            if (inherited) {
                errpos = obj.pos();
            }
            expr(x, init);
        }
        initConst(obj, x);
    }

    private void initConst(Const lhs, Operand x) {
        if (x.invalid() || x.type == Typ.INVALID || lhs.type() == Typ.INVALID) {
            if (lhs.type() == null) {
                lhs.setType(Typ.INVALID);
            }
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            error(x.expr, str(x) + " is not constant");
            if (lhs.type() == null) {
                lhs.setType(Typ.INVALID);
            }
            return;
        }
        if (lhs.type() == null) {
            lhs.setType(x.type);
        }
        assignment(x, lhs.type(), "constant declaration");
        if (x.invalid()) {
            return;
        }
        lhs.setValue(x.val);
    }

    void varDecl(Var obj, List<Var> lhs, Expr typ, Expr init) {
        if (typ != null) {
            obj.setType(varType(typ));
        }
        if (init == null) {
            if (typ == null) {
                obj.setType(Typ.INVALID);
            }
            return;
        }
        if (lhs == null || lhs.size() == 1) {
            Operand x = new Operand();
            expr(x, init);
            initVar(obj, x, "variable declaration");
            return;
        }
        if (typ != null) {
            for (Var v : lhs) {
                v.setType(obj.type());
            }
        }
        initVars(lhs, List.of(init), null);
    }

    void typeDecl(TypeName obj, Spec.TypeSpec spec) {
        if (spec.typeParams() != null && !spec.typeParams().list().isEmpty()) {
            unsupported(spec.name().pos(), "generic type " + spec.name().name() + " (type parameters)");
            obj.setType(obj.type() instanceof Named n ? n : Typ.INVALID);
            if (obj.type() instanceof Named n) {
                n.setUnderlying(Typ.INVALID);
            }
            return;
        }
        if (spec.isAlias()) {
            obj.setType(Typ.INVALID);
            Type t = typExpr(spec.type());
            obj.setType(t);
            return;
        }
        Named named = obj.type() instanceof Named n ? n : new Named(obj, null);
        Type rhs = typExpr(spec.type());
        if (rhs instanceof Named n && n.underlying() == null) {
            // the right-hand side is still being declared: a cycle through defined types only
            named.setUnderlying(Typ.INVALID);
        } else {
            named.setUnderlying(Types.isInvalid(rhs) ? Typ.INVALID : rhs);
        }
        if (named.underlying() == null) {
            named.setUnderlying(Typ.INVALID);
        }
    }

    void funcDecl(Func obj, DeclInfo d) {
        Decl.FuncDecl fd = d.funcDecl;
        Scope fscope = new Scope(scope, fd.pos(), fd.end(), "function");
        info.recordScope(fd.type(), fscope);
        if (obj.type() == null) {
            obj.setType(new Signature(Tuple.EMPTY, Tuple.EMPTY, false));
        }
        if (fd.type().typeParams() != null && !fd.type().typeParams().list().isEmpty() && !isStd()) {
            unsupported(fd.name().pos(), "generic function " + fd.name().name() + " (type parameters)");
        }
        FuncContext ctx = new FuncContext(null, null, null);
        FuncContext saved = fctx;
        fctx = ctx;
        Signature sig;
        try {
            sig = fd.type().typeParams() != null
                            && !fd.type().typeParams().list().isEmpty()
                            && isStd()
                    ? StdGenerics.signature(this, fd, fscope)
                    : funcType(fd.type(), fd.recv(), fscope);
        } finally {
            fctx = saved;
        }
        obj.setType(sig);
        ctx.sig = sig;
        if (sig.recv() != null) {
            laterChecks.add(() -> validRecv(sig.recv()));
        }
        if (fd.body() == null && !isStd()) {
            error(fd.name(), "missing function body");
        }
        if (fd.body() != null) {
            delayed.add(() -> {
                DeclInfo savedDecl = decl;
                decl = d;
                try {
                    funcBody(obj.name(), sig, fd.body(), ctx, fscope);
                } finally {
                    decl = savedDecl;
                }
            });
        }
    }

    private void validRecv(Var recv) {
        Type t = recv.type() instanceof Pointer p ? p.elem() : recv.type();
        if (Types.isInvalid(t)) {
            return;
        }
        switch (t) {
            case Named n -> {
                if (n.obj().pkg() != pkg) {
                    error(recv.pos(), "cannot define new methods on non-local type " + str(t));
                } else if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
                    error(recv.pos(), "invalid receiver type " + str(t) + " (pointer or interface type)");
                }
            }
            case Basic b -> error(recv.pos(), "cannot define new methods on non-local type " + str(t));
            default -> error(recv.pos(), "invalid receiver type " + str(recv.type()));
        }
    }

    /** Reports a mismatch between names and initial values of a const or var spec. */
    void arity(Spec.ValueSpec names, Spec.ValueSpec inits, boolean constDecl, boolean inherited) {
        int l = names.names().size();
        int r = inits.values().size();
        if (l < r) {
            Expr n = inits.values().get(l);
            if (inherited) {
                error(names.pos(), "extra init expr at " + position(n.pos()));
            } else {
                error(n, "extra init expr " + dev.chanscope.lang.syntax.ExprString.of(n));
            }
        } else if (l > r && (constDecl || r != 1)) {
            if (!constDecl && r == 0) {
                return;
            }
            Expr.Ident n = names.names().get(r);
            error(n, "missing init expr for " + n.name());
        }
    }
}

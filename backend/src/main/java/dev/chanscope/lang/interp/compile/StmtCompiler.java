package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.ChanOps;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.exec.Tuples;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Spec;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import dev.chanscope.lang.types.Chan;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Tuple;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/** Compiles statements; assignments, loops, switches and select have compilers of their own. */
final class StmtCompiler {

    final Fn fn;
    final ExprCompiler x;
    final AssignCompiler assign;
    final ControlCompiler control;

    /** The function's named results (null when unnamed) and result types, for return statements. */
    Tuple namedResults;

    Tuple resultTypes;
    boolean sawDefer;

    StmtCompiler(Fn fn) {
        this.fn = fn;
        this.x = new ExprCompiler(fn);
        this.assign = new AssignCompiler(this);
        this.control = new ControlCompiler(this);
    }

    St block(Stmt.Block b) {
        return block(b, List.of(), List.of());
    }

    St block(Stmt.Block b, List<St> prologue, List<Integer> prologueLines) {
        return block(b.list(), prologue, prologueLines, b.pos());
    }

    St block(List<Stmt> list, List<St> prologue, List<Integer> prologueLines, int pos) {
        List<St> out = new ArrayList<>(prologue);
        List<Integer> lines = new ArrayList<>(prologueLines);
        for (Stmt s : list) {
            St c = stmt(s, null);
            if (c != null) {
                out.add(c);
                lines.add(fn.line(s.pos()));
            }
        }
        int[] l = new int[lines.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = lines.get(i);
        }
        return Stmts.Block.of(out.toArray(new St[0]), l, fn.label(pos));
    }

    /** A statement; {@code label} is the label naming it (for loops, switches and selects). */
    St stmt(Stmt s, String label) {
        x.assignName = null;
        return switch (s) {
            case Stmt.Empty e -> null;
            case Stmt.Bad b -> null;
            case Stmt.DeclStmt d -> decl(d.decl());
            case Stmt.Labeled l -> labeled(l);
            case Stmt.ExprStmt e -> new Stmts.Eval(x.expr(e.x()));
            case Stmt.Send send -> send(send);
            case Stmt.IncDec inc -> assign.incDec(inc);
            case Stmt.Assign a -> assign.assign(a);
            case Stmt.Go g -> control.goStmt(g);
            case Stmt.Defer d -> {
                sawDefer = true;
                yield control.deferStmt(d);
            }
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch br -> branch(br);
            case Stmt.Block b -> block(b);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> control.switchStmt(sw, label);
            case Stmt.TypeSwitch ts -> control.typeSwitch(ts, label);
            case Stmt.Select sel -> control.select(sel, label);
            case Stmt.For f -> control.forStmt(f, label);
            case Stmt.Range r -> control.range(r, label);
            default -> {
                fn.problem(s.pos(), "this statement is not supported in Chanscope");
                yield null;
            }
        };
    }

    private St labeled(Stmt.Labeled l) {
        St inner = stmt(l.stmt(), l.label().name());
        return inner == null ? Stmts.Nop.INSTANCE : inner;
    }

    private St decl(Decl.GenDecl d) {
        if (d.tok() != Token.VAR) {
            return null;
        }
        List<St> out = new ArrayList<>();
        for (Spec spec : d.specs()) {
            out.add(assign.varSpec((Spec.ValueSpec) spec));
        }
        return out.size() == 1 ? out.getFirst() : new Stmts.Seq(out.toArray(new St[0]));
    }

    private St send(Stmt.Send s) {
        Type ct = x.typeOf(s.chan());
        Type elem = ((Chan) ct.underlying()).elem();
        return new ChanOps.Send(x.expr(s.chan()), x.owned(s.value(), elem), fn.label(s.pos()));
    }

    private St ifStmt(Stmt.If i) {
        St then = block(i.body());
        St els = i.els() == null ? null : stmt(i.els(), null);
        St ifSt = new Stmts.If(x.expr(i.cond()), then, els);
        if (i.init() == null) {
            return ifSt;
        }
        St init = stmt(i.init(), null);
        return init == null ? ifSt : new Stmts.Seq(new St[] {init, ifSt});
    }

    private St branch(Stmt.Branch b) {
        String name = b.label() == null ? null : b.label().name();
        return switch (b.tok()) {
            case BREAK -> new Jump(name == null ? St.BREAK : St.breakTo(fn.loopLabel(name)));
            case CONTINUE -> new Jump(name == null ? St.CONTINUE : St.continueTo(fn.loopLabel(name)));
            case FALLTHROUGH -> new Jump(St.FALLTHROUGH);
            default -> {
                fn.problem(b.pos(), "goto is not supported in Chanscope");
                yield null;
            }
        };
    }

    static final class Jump extends St {
        final int code;

        Jump(int code) {
            this.code = code;
        }

        @Override
        public int exec(dev.chanscope.lang.interp.exec.Frame f) {
            return code;
        }
    }

    private St returnStmt(Stmt.Return r) {
        List<Expr> results = r.results();
        if (results.isEmpty()) {
            return Stmts.Return.INSTANCE;
        }
        Tuple types = resultTypes;
        if (results.size() == 1 && types.size() > 1) {
            Ex tuple = convertTuple(results.getFirst(), types);
            if (namedResults != null) {
                return new Stmts.ReturnNamedTuple(tuple, assign.targetsOf(namedResults));
            }
            return new Stmts.ReturnCall(tuple);
        }
        Ex[] values = new Ex[results.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = x.owned(results.get(i), types.type(i));
        }
        if (namedResults != null) {
            return new Stmts.ReturnNamed(values, assign.targetsOf(namedResults));
        }
        if (values.length == 1) {
            RType t = fn.u.types.map(types.type(0));
            return new Stmts.SetResult(Rep.of(t), values[0], true);
        }
        return new Stmts.SetResults(values, true);
    }

    /** A multi-value call's tuple with each value converted to the type it is assigned to. */
    Ex convertTuple(Expr call, Tuple targets) {
        Type[] types = new Type[targets.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = targets.type(i);
        }
        return convertTuple(call, types);
    }

    Ex convertTuple(Expr call, Type[] targets) {
        Tuple from = (Tuple) x.typeOf(call);
        Ex tuple = x.expr(call);
        RType[] boxAs = new RType[from.size()];
        boolean any = false;
        for (int i = 0; i < boxAs.length; i++) {
            Type t = targets == null ? null : targets[i];
            if (t != null
                    && t.underlying() instanceof Interface
                    && !(from.type(i).underlying() instanceof Interface)) {
                boxAs[i] = fn.u.types.map(from.type(i));
                any = true;
            }
        }
        return any ? new Tuples.ToIfaces(tuple, boxAs) : tuple;
    }

    static Ex[] elements(Ex tuple, int n) {
        Ex[] out = new Ex[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Tuples.Elem(tuple, i);
        }
        return out;
    }

    /** The variable an identifier declares (:=, var, range, a type switch clause). */
    Var defined(Expr.Ident id) {
        return (Var) fn.info.defs().get(id);
    }
}

package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.Tuple;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a function: parameters (the receiver first) bound to slots, named results declared and
 * zeroed, the body, and how results leave the frame.
 */
final class FuncCompiler {

    private final Fn fn;
    private final StmtCompiler stmts;

    FuncCompiler(Fn fn) {
        this.fn = fn;
        this.stmts = new StmtCompiler(fn);
    }

    void compileDecl(Decl.FuncDecl decl, Signature sig) {
        compileBody(sig, decl.type(), decl.body());
    }

    void compileBody(Signature sig, Expr.FuncType type, Stmt.Block body) {
        FuncCode code = fn.code;
        List<FuncCode.Param> params = new ArrayList<>();
        if (sig.recv() != null) {
            params.add(param(sig.recv()));
        }
        for (int i = 0; i < sig.params().size(); i++) {
            params.add(param(sig.params().at(i)));
        }
        code.params = params.toArray(new FuncCode.Param[0]);
        Tuple results = sig.results();
        code.resultReps = new Rep[results.size()];
        for (int i = 0; i < results.size(); i++) {
            code.resultReps[i] = Rep.of(fn.u.types.map(results.type(i)));
        }
        boolean named = results.size() > 0 && !results.at(0).name().isEmpty();
        List<St> prologue = new ArrayList<>();
        List<Integer> prologueLines = new ArrayList<>();
        if (named) {
            List<Ex> loads = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Var v = results.at(i);
                prologue.add(stmts.assign.declareZero(v));
                prologueLines.add(fn.line(body.pos()));
                loads.add(stmts.x.variable(v));
            }
            code.collectResults = results.size() == 1
                    ? new Stmts.SetResult(code.resultReps[0], loads.getFirst(), false)
                    : new Stmts.SetResults(loads.toArray(new Ex[0]), false);
        }
        stmts.namedResults = named ? results : null;
        stmts.resultTypes = results;
        St compiled = stmts.block(body, prologue, prologueLines);
        code.body = compiled;
        code.hasDefer = stmts.sawDefer;
    }

    private FuncCode.Param param(Var v) {
        RType t = fn.u.types.map(v.type());
        if (v.name().isEmpty() || v.name().equals("_")) {
            return new FuncCode.Param(Rep.of(t), -1, false, t);
        }
        Fn.Local l = fn.declare(v);
        return new FuncCode.Param(l.rep(), l.slot(), l.cell(), t);
    }
}

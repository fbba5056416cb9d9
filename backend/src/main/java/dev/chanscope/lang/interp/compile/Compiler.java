package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.Executable;
import dev.chanscope.lang.interp.exec.Calls;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.types.CheckResult;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Info;
import dev.chanscope.lang.types.Initializer;
import dev.chanscope.lang.types.Package;
import dev.chanscope.lang.types.StdLibrary;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles a checked program (and the std packages it uses that have Go code) to an {@link
 * Executable}: package initialization in Go's order (imported packages first, each one's variables
 * in dependency order, then its init functions), then main.main.
 */
public final class Compiler {

    /** The outcome: the executable, or the constructs that cannot run, with their positions. */
    public record Result(Executable executable, List<Problem> problems) {}

    private Compiler() {}

    public static Result compile(CheckResult checked, boolean perIterationLoopVars) {
        GoFile file = checked.file();
        SourceFile source = file.source();
        Unit u = new Unit(source, checked.pkg(), checked.info(), perIterationLoopVars);
        List<Package> order = new ArrayList<>();
        visit(checked.pkg(), new LinkedHashSet<>(), order);
        List<FuncCode> inits = new ArrayList<>();
        for (Package p : order) {
            GoFile pf = p == checked.pkg()
                    ? file
                    : StdLibrary.shared().get(p.path()).file();
            inits.add(packageInit(u, p, pf));
        }
        FuncCode mainCode = u.code((Func) checked.pkg().scope().lookup("main"));
        u.drain();
        new MethodSets(u).fillAll();
        u.drain();
        if (!u.problems.isEmpty()) {
            return new Result(null, List.copyOf(u.problems));
        }
        int osArgs = -1;
        for (Package p : order) {
            if (p.path().equals("os") && p.scope().lookup("Args") instanceof Var args) {
                osArgs = u.global(args);
            }
        }
        RType[] globals = u.globalTypes.toArray(new RType[0]);
        return new Result(new Executable(inits, mainCode, globals, osArgs, u.labels::line), List.of());
    }

    /** Packages in initialization order: every package after the packages it imports. */
    private static void visit(Package p, Set<Package> seen, List<Package> order) {
        if (!seen.add(p)) {
            return;
        }
        for (Package imported : p.imports()) {
            visit(imported, seen, order);
        }
        order.add(p);
    }

    /** The code that initializes one package's variables and runs its init functions. */
    private static FuncCode packageInit(Unit u, Package p, GoFile file) {
        FuncCode code = new FuncCode(p.path() + ".init", "init", 0);
        code.resultReps = new dev.chanscope.lang.interp.exec.Rep[0];
        Info info = u.infoOf(p);
        boolean main = p == u.mainPackage;
        u.later(() -> {
            Fn fn = new Fn(u, info, code, main);
            StmtCompiler s = new StmtCompiler(fn);
            List<St> list = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Initializer init : info.initOrder()) {
                list.add(initializer(s, init));
                lines.add(
                        init.lhs().isEmpty() ? 0 : fn.line(init.lhs().getFirst().pos()));
            }
            for (Decl d : file.decls()) {
                if (d instanceof Decl.FuncDecl fd
                        && fd.recv() == null
                        && fd.name().name().equals("init")
                        && fd.body() != null
                        && info.defs().get(fd.name()) instanceof Func f) {
                    list.add(new Stmts.Eval(new Calls.Static(u.code(f), new Ex[0], null)));
                    lines.add(fn.line(fd.pos()));
                }
            }
            int[] l = lines.stream().mapToInt(Integer::intValue).toArray();
            code.body = new Stmts.Block(list.toArray(new St[0]), l, null);
        });
        return code;
    }

    private static St initializer(StmtCompiler s, Initializer init) {
        List<Var> lhs = init.lhs();
        if (lhs.size() == 1) {
            Var v = lhs.getFirst();
            Ex value = s.x.owned(init.rhs(), v.type());
            if (v.name().equals("_")) {
                return new Stmts.Eval(value);
            }
            s.x.assignName = v.name();
            return new dev.chanscope.lang.interp.exec.Assign.Single(targetOf(s, v), value);
        }
        dev.chanscope.lang.interp.exec.Assign.Target[] ts =
                new dev.chanscope.lang.interp.exec.Assign.Target[lhs.size()];
        dev.chanscope.lang.types.Type[] types = new dev.chanscope.lang.types.Type[lhs.size()];
        for (int i = 0; i < ts.length; i++) {
            Var v = lhs.get(i);
            ts[i] = v.name().equals("_") ? new dev.chanscope.lang.interp.exec.Assign.Blank() : targetOf(s, v);
            types[i] = v.type();
        }
        return new dev.chanscope.lang.interp.exec.Assign.FromTuple(ts, s.assign.tuple(init.rhs(), types));
    }

    private static dev.chanscope.lang.interp.exec.Assign.Target targetOf(StmtCompiler s, Var v) {
        return s.assign.targetsOf(new dev.chanscope.lang.types.Tuple(List.of(v)))[0];
    }
}

package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Closure;
import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.std.Natives;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Info;
import dev.chanscope.lang.types.Named;
import dev.chanscope.lang.types.Package;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.StdLibrary;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compile state of a whole program: its packages (main and the std packages it reaches), types,
 * package variables, and every function, compiled on first reference (bodies later, from a queue,
 * so recursion needs nothing special).
 */
final class Unit {

    final TypeMapper types = new TypeMapper();
    final Labels labels;
    final SourceFile mainFile;
    final Package mainPackage;
    final boolean perIterationLoopVars;
    final Map<Package, Info> infos = new IdentityHashMap<>();
    final Map<Var, Integer> globals = new IdentityHashMap<>();
    final List<RType> globalTypes = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    private final Map<Func, FuncCode> codes = new IdentityHashMap<>();
    private final Map<Func, dev.chanscope.lang.interp.rt.Func> values = new IdentityHashMap<>();
    private final ArrayDeque<Runnable> bodies = new ArrayDeque<>();

    Unit(SourceFile mainFile, Package mainPackage, Info mainInfo, boolean perIterationLoopVars) {
        this.mainFile = mainFile;
        this.mainPackage = mainPackage;
        this.labels = new Labels(mainFile);
        this.perIterationLoopVars = perIterationLoopVars;
        infos.put(mainPackage, mainInfo);
    }

    Info infoOf(Package p) {
        Info i = infos.get(p);
        if (i == null) {
            StdLibrary.StdPackage std = StdLibrary.shared().get(p.path());
            i = std.info();
            infos.put(p, i);
        }
        return i;
    }

    /** The index of a package variable in the run's globals. */
    int global(Var v) {
        Integer i = globals.get(v);
        if (i == null) {
            i = globalTypes.size();
            globals.put(v, i);
            globalTypes.add(types.map(v.type()));
        }
        return i;
    }

    void problem(int pos, String message) {
        problems.add(new Problem(pos, message));
    }

    boolean isNative(Func f) {
        return f.decl() != null && f.decl().body() == null;
    }

    /** The compiled code of a declared function or method (its body is compiled later). */
    FuncCode code(Func f) {
        FuncCode c = codes.get(f);
        if (c != null) {
            return c;
        }
        Signature sig = f.signature();
        c = new FuncCode(goName(f), f.name(), f.pkg() == mainPackage ? labels.lineAt(f.pos()) : 0);
        codes.put(f, c);
        FuncCode code = c;
        bodies.add(() -> {
            Fn fn = new Fn(this, infoOf(f.pkg()), code, f.pkg() == mainPackage);
            new FuncCompiler(fn).compileDecl(f.decl(), sig);
        });
        return c;
    }

    /** A declared function as a value: one Closure per function (natives: their Java implementation). */
    dev.chanscope.lang.interp.rt.Func value(Func f, int pos) {

        dev.chanscope.lang.interp.rt.Func v = values.get(f);
        if (v == null) {
            if (isNative(f)) {
                v = nativeFunc(f, null, pos);
            } else {
                v = new Closure(code(f), new Object[0]);
            }
            values.put(f, v);
        }
        return v;
    }

    /**
     * The Java implementation of a std function declared without a body (null, reported, if missing);
     * {@code pos} is where the program uses it (-1 outside the program's file).
     */
    dev.chanscope.lang.interp.rt.Func nativeFunc(Func f, Signature instance, int pos) {
        Signature sig = instance != null ? instance : f.signature();
        RType[] params = new RType[sig.params().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = types.map(sig.params().type(i));
        }
        RType[] results = new RType[sig.results().size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = types.map(sig.results().type(i));
        }
        RType recv = sig.recv() == null ? null : types.map(sig.recv().type());
        dev.chanscope.lang.interp.rt.Func n = Natives.find(
                f.fullName(),
                new Natives.Site(
                        recv,
                        params,
                        results,
                        sig.variadic(),
                        types.types,
                        name -> types.map(((dev.chanscope.lang.types.TypeName) stdObject(name)).type()),
                        name -> global((Var) stdObject(name))));
        if (n == null) {
            String message = f.fullName() + " is not supported in Chanscope";
            if (pos >= 0) {
                problem(pos, message);
            }
            return new Missing(f.name(), message);
        }
        return n;
    }

    /**
     * A std function without an implementation that only std code or a method table refers to: the
     * program compiles, and panics if it ever calls it.
     */
    static final class Missing extends dev.chanscope.lang.interp.rt.Func {
        private final String name;
        private final String message;

        Missing(String name, String message) {
            this.name = name;
            this.message = message;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object call(dev.chanscope.lang.interp.rt.GState g, Object[] args) {
            throw dev.chanscope.lang.interp.rt.Panics.plain(message);
        }
    }

    /** A std package's object by "path.Name" (the path may contain slashes). */
    private static dev.chanscope.lang.types.Obj stdObject(String qualified) {
        int dot = qualified.lastIndexOf('.');
        Package p = StdLibrary.shared().get(qualified.substring(0, dot)).pkg();
        dev.chanscope.lang.types.Obj o = p.scope().lookup(qualified.substring(dot + 1));
        if (o == null) {
            throw new IllegalStateException("no std object " + qualified);
        }
        return o;
    }

    /** Compiles queued function bodies until none is left. */
    void drain() {
        Runnable r;
        while ((r = bodies.poll()) != null) {
            r.run();
        }
    }

    void later(Runnable r) {
        bodies.add(r);
    }

    /** Go's name for a function in tracebacks: main.worker, main.(*T).Run, main.T.String. */
    static String goName(Func f) {
        String pkg = f.pkg() == null ? "" : f.pkg().path();
        Signature sig = f.signature();
        if (sig.recv() == null) {
            return pkg + "." + f.name();
        }
        Type r = sig.recv().type();
        if (r instanceof Pointer p && p.elem() instanceof Named n) {
            return pkg + ".(*" + n.obj().name() + ")." + f.name();
        }
        if (r instanceof Named n) {
            return pkg + "." + n.obj().name() + "." + f.name();
        }
        return pkg + "." + f.name();
    }

    static Rep rep(RType t) {
        return Rep.of(t);
    }
}

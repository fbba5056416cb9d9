package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Parser;
import dev.chanscope.lang.syntax.SourceFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type checker: {@link #check(GoFile, ErrorList)} checks a parsed file as package {@code main}
 * (or, for std declarations, as the package its clause names) and returns the package and its
 * {@link Info}; every problem is an error in the {@link ErrorList}, worded as Go 1.19's compiler
 * words it. Never throws on any input.
 */
public final class Checker extends Resolver {

    private final StdLibrary stdLibrary;

    private Checker(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
        this.stdLibrary = importer instanceof StdLibrary s ? s : null;
    }

    /**
     * Parses and checks {@code source} as {@code prog.go} against Chanscope's std packages, on a
     * {@link DeepStack} thread so that deeply nested programs neither overflow nor fail.
     */
    public static CheckResult check(String source) {
        return DeepStack.call(() -> checkHere(source));
    }

    private static CheckResult checkHere(String source) {
        SourceFile file = SourceFile.of(source);
        ErrorList errors = new ErrorList(file);
        GoFile goFile = Parser.parse(file, errors);
        if (goFile == null || errors.syntaxErrors() > 0 || errors.full()) {
            return new CheckResult(goFile, null, null, errors.errors());
        }
        return check(goFile, errors);
    }

    /** Checks a parsed file (which must have no syntax errors) against Chanscope's std packages. */
    public static CheckResult check(GoFile file, ErrorList errors) {
        return check(file, errors, StdLibrary.shared());
    }

    public static CheckResult check(GoFile file, ErrorList errors, Importer importer) {
        String name = file.name().name();
        Package pkg = new Package(name.equals("main") ? "main" : name, name);
        return check(file, errors, importer, pkg);
    }

    static CheckResult check(GoFile file, ErrorList errors, Importer importer, Package pkg) {
        return check(file, errors, importer, pkg, false);
    }

    static CheckResult check(GoFile file, ErrorList errors, Importer importer, Package pkg, boolean std) {
        Checker c = new Checker(file, errors, pkg, importer);
        c.std = std;
        try {
            c.run();
        } catch (Bailout stop) {
            // the error list is full: stop where cmd/compile stops
        } catch (RuntimeException | StackOverflowError e) {
            // a checker defect must not crash a compilation: report it at the file start
            if (!errors.full()) {
                errors.add(0, "internal error in Chanscope's type checker: " + e);
            }
        }
        return new CheckResult(file, pkg, c.info, errors.errors());
    }

    private void run() {
        collectObjects();
        packageObjects();
        validTypes();
        runLater();
        for (int i = 0; i < delayed.size(); i++) {
            delayed.get(i).run();
            runLater();
        }
        unusedImports();
        if (!isStd() && !pkg.name().equals("main")) {
            error(goFile.name(), "package " + pkg.name() + " is not a main package");
        } else if (!isStd() && !declaresMain()) {
            error(goFile.name(), "function main is undeclared in the main package");
        }
        InitOrder.compute(objMap, info, this);
        recordUntyped();
    }

    private boolean declaresMain() {
        for (dev.chanscope.lang.syntax.Decl d : goFile.decls()) {
            if (d instanceof dev.chanscope.lang.syntax.Decl.FuncDecl f
                    && f.recv() == null
                    && f.name().name().equals("main")) {
                return true;
            }
            if (d instanceof dev.chanscope.lang.syntax.Decl.GenDecl g) {
                for (dev.chanscope.lang.syntax.Spec s : g.specs()) {
                    if (s instanceof dev.chanscope.lang.syntax.Spec.ValueSpec vs
                                    && vs.names().stream()
                                            .anyMatch(n -> n.name().equals("main"))
                            || s instanceof dev.chanscope.lang.syntax.Spec.TypeSpec ts
                                    && ts.name().name().equals("main")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void runLater() {
        for (int i = 0; i < laterChecks.size(); i++) {
            laterChecks.get(i).run();
        }
        laterChecks.clear();
    }

    private void recordUntyped() {
        for (Map.Entry<Expr, UntypedInfo> e : untyped.entrySet()) {
            UntypedInfo u = e.getValue();
            recordType(e.getKey(), u.mode(), u.type(), u.val());
        }
        untyped.clear();
    }

    /** Reports defined types that contain themselves (not through a pointer, slice, map, …). */
    private void validTypes() {
        Map<Named, Boolean> done = new IdentityHashMap<>();
        for (Obj o : objMap.keySet()) {
            if (o instanceof TypeName tn
                    && tn.type() instanceof Named n
                    && n.obj().pkg() == pkg) {
                validType(n, new ArrayList<>(), done);
            }
        }
    }

    private void validType(Type t, List<Named> path, Map<Named, Boolean> done) {
        switch (t) {
            case Named n -> {
                if (done.containsKey(n) || n.obj().pkg() != pkg) {
                    return;
                }
                int at = path.indexOf(n);
                if (at >= 0) {
                    List<Obj> cycle = new ArrayList<>();
                    for (Named m : path.subList(at, path.size())) {
                        cycle.add(m.obj());
                    }
                    cycleError(cycle, true);
                    for (Named m : path.subList(at, path.size())) {
                        m.setUnderlying(Typ.INVALID);
                        done.put(m, Boolean.TRUE);
                    }
                    return;
                }
                path.add(n);
                validType(n.underlying(), path, done);
                path.removeLast();
                done.put(n, Boolean.TRUE);
            }
            case Array a -> validType(a.elem(), path, done);
            case Struct s -> {
                for (Var f : s.fields()) {
                    validType(f.type(), path, done);
                }
            }
            case Interface i -> {
                for (Type e : i.embeddeds()) {
                    validType(e, path, done);
                }
            }
            case null, default -> {}
        }
    }

    @Override
    String unsupportedStdName(Package p, String name) {
        return stdLibrary == null ? null : stdLibrary.unsupportedName(p, name);
    }
}

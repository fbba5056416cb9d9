package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Spec;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the package-level objects of the file (imports, constants, variables, types, functions
 * and methods) before any declaration is checked, so that declarations may refer to each other in
 * any order (go/types' resolver.go).
 */
abstract class Resolver extends LocalDecls {

    Scope fileScope;
    /** Methods by the name of their receiver's base type, in source order. */
    final Map<String, List<Func>> methodsByBase = new LinkedHashMap<>();

    final List<PkgName> imports = new ArrayList<>();
    private int order;

    Resolver(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    void collectObjects() {
        fileScope = new Scope(pkg.scope(), goFile.pos(), Math.max(goFile.end(), file.size()), "file");
        info.recordScope(goFile, fileScope);
        scope = fileScope;
        for (Spec.ImportSpec spec : goFile.imports()) {
            importSpec(spec);
        }
        for (Decl d : goFile.decls()) {
            switch (d) {
                case Decl.GenDecl g when g.tok() == Token.CONST -> constDecls(g);
                case Decl.GenDecl g when g.tok() == Token.VAR -> varDecls(g);
                case Decl.GenDecl g
                when g.tok() == Token.TYPE -> {
                    for (Spec s : g.specs()) {
                        Spec.TypeSpec ts = (Spec.TypeSpec) s;
                        TypeName tn =
                                new TypeName(ts.name().pos(), pkg, ts.name().name(), null, ts.isAlias());
                        if (!ts.isAlias()) {
                            new Named(tn, null);
                        }
                        declarePkgObj(ts.name(), tn, DeclInfo.type(fileScope, ts));
                    }
                }
                case Decl.FuncDecl f -> funcDecl(f);
                default -> {}
            }
        }
    }

    private void importSpec(Spec.ImportSpec spec) {
        String path = new Constant.Str(Literals.stringValue(spec.path().value())).text();
        int at = spec.path().pos();
        if (path.equals("unsafe")) {
            error(at, "package \"unsafe\" is not supported in Chanscope");
            return;
        }
        if (path.equals("C")) {
            error(at, "cgo (import \"C\") is not supported in Chanscope");
            return;
        }
        Package imp = importer.importPackage(path);
        if (imp == null) {
            error(at, "package " + ConstFormat.quoteGo(path) + " is not supported in Chanscope");
            // declare it anyway, so that its uses do not add "undefined" errors
            imp = new Package(path, path.substring(path.lastIndexOf('/') + 1));
            imp.fake = true;
        }
        pkg.addImport(imp);
        String name = imp.name();
        if (spec.name() != null) {
            name = spec.name().name();
            if (name.equals(".")) {
                unsupported(spec.name().pos(), "dot import (import . \"" + path + "\")");
                return;
            }
        }
        PkgName pn = new PkgName(spec.name() != null ? spec.name().pos() : at, pkg, name, imp);
        if (spec.name() != null) {
            info.recordDef(spec.name(), pn);
        } else {
            info.recordImplicit(spec, pn);
        }
        if (name.equals("_")) {
            return;
        }
        if (imp.fake) {
            pn.used = true;
        }
        imports.add(pn);
        Obj old = fileScope.insert(pn);
        if (old != null) {
            redeclared(pn, old);
        }
    }

    private void constDecls(Decl.GenDecl g) {
        Spec.ValueSpec last = null;
        int iota = 0;
        for (Spec s : g.specs()) {
            Spec.ValueSpec vs = (Spec.ValueSpec) s;
            boolean inherited = vs.type() == null && vs.values().isEmpty() && last != null;
            Spec.ValueSpec src = inherited ? last : vs;
            if (!inherited) {
                last = vs;
            }
            for (int i = 0; i < vs.names().size(); i++) {
                Expr.Ident name = vs.names().get(i);
                Const c = new Const(name.pos(), pkg, name.name(), null, null);
                Expr init = i < src.values().size() ? src.values().get(i) : null;
                declarePkgObj(name, c, DeclInfo.value(fileScope, null, src.type(), init, inherited, iota));
            }
            arity(vs, src, true, inherited);
            iota++;
        }
    }

    private void varDecls(Decl.GenDecl g) {
        for (Spec s : g.specs()) {
            Spec.ValueSpec vs = (Spec.ValueSpec) s;
            List<Var> lhs = new ArrayList<>();
            for (Expr.Ident name : vs.names()) {
                lhs.add(new Var(name.pos(), pkg, name.name(), null, Var.Kind.PACKAGE, false));
            }
            DeclInfo shared = null;
            if (vs.values().size() == 1 && vs.names().size() > 1) {
                shared = DeclInfo.value(fileScope, lhs, vs.type(), vs.values().getFirst(), false, 0);
            }
            for (int i = 0; i < lhs.size(); i++) {
                DeclInfo d = shared;
                if (d == null) {
                    Expr init = i < vs.values().size() ? vs.values().get(i) : null;
                    d = DeclInfo.value(fileScope, null, vs.type(), init, false, 0);
                }
                declarePkgObj(vs.names().get(i), lhs.get(i), d);
            }
            if (vs.type() == null || !vs.values().isEmpty()) {
                arity(vs, vs, false, false);
            }
        }
    }

    private void funcDecl(Decl.FuncDecl f) {
        String name = f.name().name();
        Func fn = new Func(f.name().pos(), pkg, name, null, f);
        DeclInfo d = DeclInfo.func(fileScope, f);
        if (f.recv() == null) {
            if (name.equals("init") || name.equals("main") && pkg.name().equals("main")) {
                if (f.type().typeParams() != null
                        && !f.type().typeParams().list().isEmpty()) {
                    error(f.type().typeParams().pos(), "func " + name + " must have no type parameters");
                }
                if (!f.type().params().list().isEmpty()
                        || f.type().results() != null
                                && !f.type().results().list().isEmpty()) {
                    error(f.name(), "func " + name + " must have no arguments and no return values");
                }
            }
            if (name.equals("init")) {
                info.recordDef(f.name(), fn);
                fn.setOrder(++order);
                objMap.put(fn, d);
                if (f.body() == null) {
                    error(f.name(), "missing function body");
                }
                return;
            }
            declarePkgObj(f.name(), fn, d);
            return;
        }
        info.recordDef(f.name(), fn);
        fn.setOrder(++order);
        objMap.put(fn, d);
        if (name.equals("_")) {
            return;
        }
        Expr.Ident base = receiverBase(f);
        if (base != null) {
            methodsByBase.computeIfAbsent(base.name(), k -> new ArrayList<>()).add(fn);
        }
    }

    /** The base type name of a method's receiver ({@code T} of {@code (t *T)}), or null. */
    private static Expr.Ident receiverBase(Decl.FuncDecl f) {
        if (f.recv().list().isEmpty()) {
            return null;
        }
        Expr t = unparen(f.recv().list().getFirst().type());
        if (t instanceof Expr.Star s) {
            t = unparen(s.x());
        }
        return t instanceof Expr.Ident id ? id : null;
    }

    private void declarePkgObj(Expr.Ident id, Obj obj, DeclInfo d) {
        String name = id.name();
        if (name.equals("init") && !(obj instanceof Func)) {
            error(id, "cannot declare init - must be func");
            return;
        }
        if (name.equals("main") && pkg.name().equals("main") && !(obj instanceof Func)) {
            error(id, "cannot declare main - must be func");
            return;
        }
        obj.setOrder(++order);
        objMap.put(obj, d);
        declare(pkg.scope(), id, obj, -1);
    }

    /** Declares every package-level object: types first, then methods, then everything else. */
    void packageObjects() {
        List<Obj> all = new ArrayList<>(objMap.keySet());
        for (Obj o : all) {
            if (o instanceof TypeName tn && !tn.isAlias()) {
                objDecl(o);
            }
        }
        for (Obj o : all) {
            if (o instanceof TypeName tn && tn.isAlias()) {
                objDecl(o);
            }
        }
        for (Obj o : all) {
            if (o instanceof TypeName tn) {
                collectMethods(tn);
            }
        }
        for (Obj o : all) {
            if (o instanceof Func f && f.decl() != null && f.decl().recv() != null) {
                objDecl(o);
            }
        }
        for (Obj o : all) {
            objDecl(o);
        }
    }

    private void collectMethods(TypeName tn) {
        List<Func> methods = methodsByBase.remove(tn.name());
        if (methods == null || pkg.scope().lookup(tn.name()) != tn || !(tn.type() instanceof Named named)) {
            return;
        }
        for (Func m : methods) {
            Func alt = named.method(pkg, m.name());
            if (alt != null) {
                error(
                        m.pos(),
                        tn.name() + "." + m.name() + " redeclared in this block\n\t" + position(alt.pos())
                                + ": other declaration of " + m.name());
                continue;
            }
            named.addMethod(m);
        }
        laterChecks.add(() -> {
            if (named.underlying() instanceof Struct s) {
                for (Func m : named.methods()) {
                    for (Var f : s.fields()) {
                        if (f.sameId(m.pkg(), m.name())) {
                            error(
                                    m.pos(),
                                    "field and method with the same name " + m.name() + "\n\t" + position(f.pos())
                                            + ": other declaration of " + m.name());
                        }
                    }
                }
            }
        });
    }

    void unusedImports() {
        for (PkgName pn : imports) {
            if (pn.used) {
                continue;
            }
            String path = pn.imported().path();
            String elem = path.substring(path.lastIndexOf('/') + 1);
            String quoted = ConstFormat.quoteGo(path);
            if (pn.name().equals(elem)) {
                error(pn.pos(), "imported and not used: " + quoted);
            } else {
                error(pn.pos(), "imported and not used: " + quoted + " as " + pn.name());
            }
        }
    }
}

package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A checked package: the program's {@code main}, or one of the std packages ({@link StdLibrary}). */
public final class Package {

    private final String path;
    private final String name;
    private final Scope scope;
    private final List<Package> imports = new ArrayList<>();
    /** Stands for an import Chanscope does not provide (an error was reported): its names are not checked. */
    boolean fake;

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(
                Universe.scope(), dev.chanscope.lang.syntax.SourceFile.NO_POS, Integer.MAX_VALUE, "package " + name);
    }

    /** The import path ({@code main} for the program, {@code container/list}, …). */
    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    /** The package scope: every package-level object. */
    public Scope scope() {
        return scope;
    }

    /** The packages it imports, in import order. */
    public List<Package> imports() {
        return Collections.unmodifiableList(imports);
    }

    void addImport(Package p) {
        if (!imports.contains(p)) {
            imports.add(p);
        }
    }

    @Override
    public String toString() {
        return "package " + name + " (\"" + path + "\")";
    }
}

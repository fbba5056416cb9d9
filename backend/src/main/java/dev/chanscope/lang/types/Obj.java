package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.SourceFile;

/**
 * A named language entity, after go/types' Object: {@link Var}, {@link Const}, {@link TypeName},
 * {@link Func}, {@link PkgName}, {@link Builtin}, {@link Label} or {@link Nil}. Objects compare by
 * identity; {@link Info#defs()} and {@link Info#uses()} map identifiers to them.
 *
 * <p>{@link #pos()} is a byte offset in the file that declares the object ({@link SourceFile#NO_POS}
 * for the universe); {@link #pkg()} is null for the universe's objects.
 */
public abstract sealed class Obj permits Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil {

    private final int pos;
    private final Package pkg;
    private final String name;
    private Type type;
    private Scope parent;
    /** Declaration order of package-level objects (1-based; 0 for others): fixes init order ties. */
    private int order;

    Obj(int pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public int pos() {
        return pos;
    }

    public Package pkg() {
        return pkg;
    }

    public String name() {
        return name;
    }

    /** The object's type; null for a {@link Label} and for a package-level object not yet checked. */
    public Type type() {
        return type;
    }

    void setType(Type type) {
        this.type = type;
    }

    /** The scope that declares it, null for methods and fields. */
    public Scope parent() {
        return parent;
    }

    void setParent(Scope parent) {
        this.parent = parent;
    }

    int order() {
        return order;
    }

    void setOrder(int order) {
        this.order = order;
    }

    /** Whether the name starts with an upper-case letter (Unicode class Lu), as Go's rule says. */
    public boolean exported() {
        return isExported(name);
    }

    public static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /**
     * The identity of a field or method name: exported names are the same in every package,
     * unexported ones are qualified by their package's path.
     */
    public String id() {
        return id(pkg, name);
    }

    static String id(Package pkg, String name) {
        if (isExported(name) || pkg == null) {
            return name;
        }
        return pkg.path() + "." + name;
    }

    /** Whether this object's name is {@code name} as seen from package {@code from}. */
    public boolean sameId(Package from, String name) {
        if (!this.name.equals(name)) {
            return false;
        }
        return exported() || pkg == null || pkg == from;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase() + " " + name;
    }
}

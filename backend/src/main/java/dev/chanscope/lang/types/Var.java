package dev.chanscope.lang.types;

/**
 * A variable: package-level, local, parameter, result, receiver or struct field. For locals, {@link
 * Info#escaping()} says whether the variable must live in a cell (its address is taken or a function
 * literal captures it).
 */
public final class Var extends Obj {

    public enum Kind {
        PACKAGE,
        LOCAL,
        PARAM,
        RESULT,
        RECEIVER,
        FIELD
    }

    private final Kind kind;
    private final boolean embedded;
    boolean used;

    public Var(int pos, Package pkg, String name, Type type, Kind kind, boolean embedded) {
        super(pos, pkg, name, type);
        this.kind = kind;
        this.embedded = embedded;
        // parameters, results and receivers count as used: only locals are reported unused
        this.used = kind != Kind.LOCAL;
    }

    public static Var param(int pos, Package pkg, String name, Type type) {
        return new Var(pos, pkg, name, type, Kind.PARAM, false);
    }

    public static Var field(int pos, Package pkg, String name, Type type, boolean embedded) {
        return new Var(pos, pkg, name, type, Kind.FIELD, embedded);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isField() {
        return kind == Kind.FIELD;
    }

    /** An embedded struct field (named after its type). */
    public boolean embedded() {
        return embedded;
    }

    /** Whether the variable is declared at package level. */
    public boolean isPackageLevel() {
        return kind == Kind.PACKAGE;
    }
}

package dev.chanscope.lang.types;

/** A predeclared function ({@code len}, {@code append}, …); its calls are typed case by case. */
public final class Builtin extends Obj {

    /** The builtins, as the universe declares them. */
    public enum Id {
        APPEND,
        CAP,
        CLEAR,
        CLOSE,
        COMPLEX,
        COPY,
        DELETE,
        IMAG,
        LEN,
        MAKE,
        MAX,
        MIN,
        NEW,
        PANIC,
        PRINT,
        PRINTLN,
        REAL,
        RECOVER;

        /** The name as written in Go. */
        public String goName() {
            return name().toLowerCase();
        }
    }

    private final Id id;

    Builtin(Id id) {
        super(dev.chanscope.lang.syntax.SourceFile.NO_POS, null, id.goName(), Typ.INVALID);
        this.id = id;
    }

    public Id builtinId() {
        return id;
    }
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.SourceFile;
import java.util.List;

/**
 * The universe scope: the predeclared types ({@code bool} … {@code string}, {@code byte}, {@code
 * rune}, {@code error}, {@code any}, {@code comparable}), constants ({@code true}, {@code false},
 * {@code iota}), {@code nil} and the builtin functions. Built once; never changed afterwards, so it is
 * shared by every check.
 */
public final class Universe {

    private static final int NO_POS = SourceFile.NO_POS;
    private static final Scope SCOPE = new Scope(null, NO_POS, Integer.MAX_VALUE, "universe");
    private static final Interface ANY = Interface.empty();
    private static final Named ERROR;
    private static final Named COMPARABLE;
    private static final Const IOTA;
    private static final Nil NIL = new Nil();

    static {
        for (Basic b : Typ.PREDECLARED) {
            boolean alias = b == Typ.BYTE || b == Typ.RUNE;
            SCOPE.insert(new TypeName(NO_POS, null, b.name(), b, alias));
        }
        SCOPE.insert(new TypeName(NO_POS, null, "any", ANY, true));

        TypeName errorName = new TypeName(NO_POS, null, "error", null, false);
        ERROR = new Named(errorName, null);
        Var recv = new Var(NO_POS, null, "", ERROR, Var.Kind.RECEIVER, false);
        Signature errSig = new Signature(
                recv, Tuple.EMPTY, new Tuple(List.of(Var.param(NO_POS, null, "", Typ.STRING))), false, List.of());
        Func errorMethod = new Func(NO_POS, null, "Error", errSig, null);
        ERROR.setUnderlying(new Interface(List.of(errorMethod), List.of()));
        SCOPE.insert(errorName);

        TypeName comparableName = new TypeName(NO_POS, null, "comparable", null, false);
        COMPARABLE = new Named(comparableName, null);
        COMPARABLE.setUnderlying(new Interface(List.of(), List.of(), List.of(), true));
        SCOPE.insert(comparableName);

        SCOPE.insert(new Const(NO_POS, null, "true", Typ.UNTYPED_BOOL, Constant.TRUE));
        SCOPE.insert(new Const(NO_POS, null, "false", Typ.UNTYPED_BOOL, Constant.FALSE));
        IOTA = new Const(NO_POS, null, "iota", Typ.UNTYPED_INT, Constant.of(0));
        SCOPE.insert(IOTA);
        SCOPE.insert(NIL);
        for (Builtin.Id id : Builtin.Id.values()) {
            SCOPE.insert(new Builtin(id));
        }
    }

    private Universe() {}

    public static Scope scope() {
        return SCOPE;
    }

    public static Obj lookup(String name) {
        return SCOPE.lookup(name);
    }

    /** The predeclared {@code error} interface type. */
    public static Named error() {
        return ERROR;
    }

    /** The interface {@code any} stands for: it prints as {@code any}. */
    public static Interface anyType() {
        return ANY;
    }

    public static Named comparable() {
        return COMPARABLE;
    }

    static Const iota() {
        return IOTA;
    }

    public static Nil nil() {
        return NIL;
    }
}

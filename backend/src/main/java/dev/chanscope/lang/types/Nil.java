package dev.chanscope.lang.types;

/** The predeclared {@code nil}. */
public final class Nil extends Obj {

    Nil() {
        super(dev.chanscope.lang.syntax.SourceFile.NO_POS, null, "nil", Typ.UNTYPED_NIL);
    }
}

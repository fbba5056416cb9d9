package dev.chanscope.lang.types;

/** A declared constant with its exact value (true, false and iota are universe constants). */
public final class Const extends Obj {

    private Constant value;

    public Const(int pos, Package pkg, String name, Type type, Constant value) {
        super(pos, pkg, name, type);
        this.value = value;
    }

    public Constant value() {
        return value;
    }

    void setValue(Constant value) {
        this.value = value;
    }
}

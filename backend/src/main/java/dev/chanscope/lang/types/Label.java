package dev.chanscope.lang.types;

/** A statement label; {@link Info#uses()} maps the label of {@code break L} and {@code continue L} to it. */
public final class Label extends Obj {

    public Label(int pos, Package pkg, String name) {
        super(pos, pkg, name, null);
    }
}

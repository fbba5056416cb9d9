package dev.chanscope.lang.types;

import java.util.List;

/**
 * An ordered list of variables: the parameters or results of a {@link Signature}, or the type of a
 * call returning several values (written {@code (int, error)}). Never the type of a variable.
 */
public record Tuple(List<Var> vars) implements Type {

    public static final Tuple EMPTY = new Tuple(List.of());

    public Tuple {
        vars = List.copyOf(vars);
    }

    public int size() {
        return vars.size();
    }

    public Var at(int i) {
        return vars.get(i);
    }

    /** The type of the {@code i}th variable. */
    public Type type(int i) {
        return vars.get(i).type();
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

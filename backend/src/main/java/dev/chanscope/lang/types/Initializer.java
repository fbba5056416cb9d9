package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Expr;
import java.util.List;

/**
 * One package-level variable initialization in the order Go runs them: {@code lhs = rhs}, where
 * {@code lhs} has one variable, or several for {@code var a, b = f()}. Blank ({@code _}) variables are
 * included (their initializer still runs).
 */
public record Initializer(List<Var> lhs, Expr rhs) {
    public Initializer {
        lhs = List.copyOf(lhs);
    }
}

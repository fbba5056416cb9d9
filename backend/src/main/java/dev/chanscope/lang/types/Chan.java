package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ChanDir;

/** {@code chan elem}, {@code chan<- elem} (SEND) or {@code <-chan elem} (RECV). */
public record Chan(ChanDir dir, Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

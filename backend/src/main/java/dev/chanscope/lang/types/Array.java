package dev.chanscope.lang.types;

/** {@code [len]elem}; {@code len} is -1 when the length could not be determined (an error was reported). */
public record Array(long len, Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

package dev.chanscope.lang.types;

/** {@code map[key]elem}. */
public record MapType(Type key, Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

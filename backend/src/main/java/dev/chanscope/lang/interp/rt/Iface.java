package dev.chanscope.lang.interp.rt;

/**
 * A non-nil interface value: its dynamic type and a value of that type (which the interface owns: an
 * aggregate is copied in when boxed). The nil interface is {@code null}.
 */
public record Iface(RType type, Object value) {

    @Override
    public String toString() {
        return type + "(" + value + ")";
    }
}

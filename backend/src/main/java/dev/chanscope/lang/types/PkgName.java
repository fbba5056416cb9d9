package dev.chanscope.lang.types;

/** The name an import declares in a file ({@code fmt}, or the alias of {@code import f "fmt"}). */
public final class PkgName extends Obj {

    private final Package imported;
    boolean used;

    public PkgName(int pos, Package pkg, String name, Package imported) {
        super(pos, pkg, name, Typ.INVALID);
        this.imported = imported;
    }

    public Package imported() {
        return imported;
    }
}

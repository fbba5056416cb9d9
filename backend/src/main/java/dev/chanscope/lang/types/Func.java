package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;

/**
 * A function or method (a method has a receiver in its {@link Signature}; an interface method's
 * receiver has the interface type). {@link #decl()} is its declaration, null for interface methods;
 * a std function whose declaration has no body is implemented natively, found by {@link #fullName()}.
 */
public final class Func extends Obj {

    private final Decl.FuncDecl decl;

    public Func(int pos, Package pkg, String name, Signature sig, Decl.FuncDecl decl) {
        super(pos, pkg, name, sig);
        this.decl = decl;
    }

    public Signature signature() {
        return (Signature) type();
    }

    public Decl.FuncDecl decl() {
        return decl;
    }

    /** Declared without a body: a std function whose implementation is native. */
    public boolean isNative() {
        return decl != null && decl.body() == null;
    }

    /**
     * The qualified name, as go/types writes it: {@code strings.Contains}, {@code
     * (*sync.Mutex).Lock}, {@code (time.Duration).String}, {@code (io.Writer).Write}; {@code main.f}
     * for the program's own functions.
     */
    public String fullName() {
        Signature sig = (Signature) type();
        if (sig != null && sig.recv() != null) {
            Type r = sig.recv().type();
            boolean ptr = r instanceof Pointer;
            Type base = ptr ? ((Pointer) r).elem() : r;
            String qualified = base instanceof Named n ? qualifiedName(n.obj()) : TypeString.of(base);
            return "(" + (ptr ? "*" : "") + qualified + ")." + name();
        }
        return qualifiedName(this);
    }

    private static String qualifiedName(Obj o) {
        return o.pkg() == null ? o.name() : o.pkg().path() + "." + o.name();
    }

    /** True when it has a receiver. */
    public boolean isMethod() {
        return type() instanceof Signature s && s.recv() != null;
    }
}

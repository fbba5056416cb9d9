package dev.chanscope.lang.syntax;

/**
 * The position cmd/compile's syntax tree gives a node, where it differs from the node's start: the
 * operator of a binary or unary expression, an assignment or a send; the {@code .} of a selector or
 * type assertion; the {@code [} of an index or slice; the {@code (} of a call or of a function type;
 * the {@code {} of a composite literal; the {@code :} of a key-value pair or a label. Some of Go's
 * messages are reported there ({@code go f} is "must be function call" at f's end, {@code if x = 1
 * {}} at the {@code =}).
 */
public final class CmdPos {

    private CmdPos() {}

    /** As {@link #of(Node)}, finding the {@code .} of a selector or assertion in the source. */
    public static int of(Node n, SourceFile source) {
        if (n instanceof Stmt.ExprStmt x) {
            return of(x.x(), source);
        }
        int sel = switch (n) {
            case Expr.Selector x -> x.sel().pos();
            case Expr.TypeAssert x -> x.lparen();
            default -> SourceFile.NO_POS;
        };
        if (sel < 0) {
            return of(n);
        }
        byte[] b = source.raw();
        int i = sel - 1;
        while (i > 0 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i--;
        }
        return i >= 0 && b[i] == '.' ? i : sel - 1;
    }

    /**
     * cmd/compile's position of {@code n}; for a selector or assertion, the byte before the name or
     * {@code (} stands for the {@code .} (see {@link #of(Node, SourceFile)} for the exact one).
     */
    public static int of(Node n) {
        return switch (n) {
            case Expr.CompositeLit x -> x.lbrace();
            case Expr.KeyValue x -> x.colon();
            case Expr.Selector x -> x.sel().pos() - 1;
            case Expr.Index x -> x.lbrack();
            case Expr.IndexList x -> x.lbrack();
            case Expr.Slice x -> x.lbrack();
            case Expr.TypeAssert x -> x.lparen() - 1;
            case Expr.Call x -> x.lparen() != SourceFile.NO_POS ? x.lparen() : of(x.fun());
            case Expr.Binary x -> x.opPos();
            case Expr.FuncType x -> x.params().opening();
            case Stmt.Assign x -> x.tokPos();
            case Stmt.IncDec x -> x.tokPos();
            case Stmt.Send x -> x.arrow();
            case Stmt.ExprStmt x -> of(x.x());
            case Stmt.Labeled x -> x.colon();
            case Stmt.Range x -> x.rangePos();
            default -> n.pos();
        };
    }
}

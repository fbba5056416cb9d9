package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * Expressions, types and simple statements as Go's compiler writes them inside error messages
 * (cmd/compile's syntax printer in short form, which types2's messages use): one line, a blank
 * around binary operators, function bodies and composite literal elements abbreviated as {@code
 * {…}}, struct fields and interface methods separated by {@code "; "}.
 */
public final class ExprString {

    private final StringBuilder b = new StringBuilder();

    private ExprString() {}

    public static String of(Node n) {
        ExprString p = new ExprString();
        p.node(n);
        return p.b.toString();
    }

    /** A list of expressions, comma-separated. */
    public static String list(List<? extends Expr> list) {
        ExprString p = new ExprString();
        p.exprs(list);
        return p.b.toString();
    }

    private void node(Node n) {
        switch (n) {
            case Expr e -> expr(e);
            case Stmt s -> stmt(s);
            default -> b.append('<').append(n.getClass().getSimpleName()).append('>');
        }
    }

    private void exprs(List<? extends Expr> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            expr(list.get(i));
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Bad x -> b.append("<bad expr>");
            case Expr.Ident x -> b.append(x.name());
            case Expr.BasicLit x -> b.append(x.value());
            case Expr.FuncLit x -> {
                expr(x.type());
                b.append(x.body().list().isEmpty() ? " {}" : " {…}");
            }
            case Expr.CompositeLit x -> {
                if (x.type() != null) {
                    expr(x.type());
                }
                b.append(x.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.Paren x -> {
                b.append('(');
                expr(x.x());
                b.append(')');
            }
            case Expr.Selector x -> {
                expr(x.x());
                b.append('.').append(x.sel().name());
            }
            case Expr.Index x -> {
                expr(x.x());
                b.append('[');
                expr(x.index());
                b.append(']');
            }
            case Expr.IndexList x -> {
                expr(x.x());
                b.append('[');
                exprs(x.indices());
                b.append(']');
            }
            case Expr.Slice x -> slice(x);
            case Expr.TypeAssert x -> {
                expr(x.x());
                b.append(".(");
                if (x.type() == null) {
                    b.append("type");
                } else {
                    expr(x.type());
                }
                b.append(')');
            }
            case Expr.Call x -> {
                expr(x.fun());
                b.append('(');
                exprs(x.args());
                b.append(x.hasEllipsis() ? "...)" : ")");
            }
            case Expr.Star x -> {
                b.append('*');
                expr(x.x());
            }
            case Expr.Unary x -> {
                b.append(x.op().text());
                expr(x.x());
            }
            case Expr.Binary x -> {
                expr(x.x());
                b.append(' ').append(x.op().text()).append(' ');
                expr(x.y());
            }
            case Expr.KeyValue x -> {
                expr(x.key());
                b.append(": ");
                expr(x.value());
            }
            case Expr.Ellipsis x -> {
                b.append("...");
                if (x.elt() != null) {
                    expr(x.elt());
                }
            }
            case Expr.ArrayType x -> {
                b.append('[');
                if (x.len() != null) {
                    expr(x.len());
                }
                b.append(']');
                expr(x.elt());
            }
            case Expr.StructType x -> structType(x);
            case Expr.FuncType x -> {
                b.append("func");
                signature(x);
            }
            case Expr.InterfaceType x -> interfaceType(x);
            case Expr.MapType x -> {
                b.append("map[");
                expr(x.key());
                b.append(']');
                expr(x.value());
            }
            case Expr.ChanType x -> chanType(x);
        }
    }

    private void slice(Expr.Slice x) {
        expr(x.x());
        b.append('[');
        if (x.low() != null) {
            expr(x.low());
        }
        b.append(':');
        if (x.high() != null) {
            expr(x.high());
        }
        if (x.max() != null) {
            b.append(':');
            expr(x.max());
        }
        b.append(']');
    }

    private void chanType(Expr.ChanType x) {
        b.append(x.dir() == ChanDir.RECV ? "<-chan" : x.dir() == ChanDir.SEND ? "chan<-" : "chan");
        b.append(' ');
        if (x.dir() == ChanDir.BOTH && x.value() instanceof Expr.ChanType c && c.dir() == ChanDir.RECV) {
            b.append('(');
            expr(c);
            b.append(')');
        } else {
            expr(x.value());
        }
    }

    private void structType(Expr.StructType x) {
        b.append("struct{");
        List<Field> fields = x.fields().list();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append("; ");
            }
            Field f = fields.get(i);
            if (!f.names().isEmpty()) {
                exprs(f.names());
                b.append(' ');
            }
            expr(f.type());
            if (f.tag() != null) {
                b.append(' ').append(f.tag().value());
            }
        }
        b.append('}');
    }

    private void interfaceType(Expr.InterfaceType x) {
        b.append("interface{");
        List<Field> methods = x.methods().list();
        for (int i = 0; i < methods.size(); i++) {
            if (i > 0) {
                b.append("; ");
            }
            Field m = methods.get(i);
            if (!m.names().isEmpty() && m.type() instanceof Expr.FuncType sig) {
                b.append(m.names().getFirst().name());
                signature(sig);
            } else {
                expr(m.type());
            }
        }
        b.append('}');
    }

    private void signature(Expr.FuncType sig) {
        parameters(sig.params(), '(', ')');
        FieldList results = sig.results();
        if (results != null && !results.list().isEmpty()) {
            b.append(' ');
            if (results.list().size() == 1 && results.list().getFirst().names().isEmpty()) {
                expr(unparen(results.list().getFirst().type()));
            } else {
                parameters(results, '(', ')');
            }
        }
    }

    private void parameters(FieldList list, char open, char close) {
        b.append(open);
        for (int i = 0; i < list.list().size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Field f = list.list().get(i);
            if (!f.names().isEmpty()) {
                exprs(f.names());
                b.append(' ');
            }
            expr(unparen(f.type()));
        }
        b.append(close);
    }

    private static Expr unparen(Expr x) {
        while (x instanceof Expr.Paren p) {
            x = p.x();
        }
        return x;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt x -> expr(x.x());
            case Stmt.Send x -> {
                expr(x.chan());
                b.append(" <- ");
                expr(x.value());
            }
            case Stmt.IncDec x -> {
                expr(x.x());
                b.append(x.tok().text());
            }
            case Stmt.Assign x -> {
                exprs(x.lhs());
                b.append(' ').append(x.tok().text()).append(' ');
                exprs(x.rhs());
            }
            case Stmt.Range x -> {
                if (x.key() != null) {
                    expr(x.key());
                    if (x.value() != null) {
                        b.append(", ");
                        expr(x.value());
                    }
                    b.append(' ').append(x.tok().text()).append(' ');
                }
                b.append("range ");
                expr(x.x());
            }
            default -> b.append('<').append(s.getClass().getSimpleName()).append('>');
        }
    }
}

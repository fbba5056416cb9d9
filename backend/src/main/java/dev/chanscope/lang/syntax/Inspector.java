package dev.chanscope.lang.syntax;

import java.util.List;
import java.util.function.Predicate;

/**
 * Depth-first traversal of a syntax tree in source order, as go/ast.Inspect: {@code visit} is called
 * for each node and, when it returns true, for the node's children.
 */
public final class Inspector {

    private Inspector() {}

    public static void inspect(Node node, Predicate<Node> visit) {
        if (node == null || !visit.test(node)) {
            return;
        }
        switch (node) {
            case Expr e -> expr(e, visit);
            case Stmt s -> stmt(s, visit);
            case Decl.GenDecl d -> {
                inspect(d.doc(), visit);
                all(d.specs(), visit);
            }
            case Decl.FuncDecl d -> {
                inspect(d.doc(), visit);
                inspect(d.recv(), visit);
                inspect(d.name(), visit);
                inspect(d.type(), visit);
                inspect(d.body(), visit);
            }
            case Decl.Bad d -> {}
            case Spec.ImportSpec s -> {
                inspect(s.doc(), visit);
                inspect(s.name(), visit);
                inspect(s.path(), visit);
                inspect(s.comment(), visit);
            }
            case Spec.ValueSpec s -> {
                inspect(s.doc(), visit);
                all(s.names(), visit);
                inspect(s.type(), visit);
                all(s.values(), visit);
                inspect(s.comment(), visit);
            }
            case Spec.TypeSpec s -> {
                inspect(s.doc(), visit);
                inspect(s.name(), visit);
                inspect(s.typeParams(), visit);
                inspect(s.type(), visit);
                inspect(s.comment(), visit);
            }
            case Field f -> {
                inspect(f.doc(), visit);
                all(f.names(), visit);
                inspect(f.type(), visit);
                inspect(f.tag(), visit);
                inspect(f.comment(), visit);
            }
            case FieldList l -> all(l.list(), visit);
            case CommentGroup g -> all(g.list(), visit);
            case Comment c -> {}
            case GoFile f -> {
                inspect(f.doc(), visit);
                inspect(f.name(), visit);
                all(f.decls(), visit);
            }
        }
    }

    private static void all(List<? extends Node> nodes, Predicate<Node> visit) {
        if (nodes != null) {
            for (Node n : nodes) {
                inspect(n, visit);
            }
        }
    }

    private static void expr(Expr e, Predicate<Node> visit) {
        switch (e) {
            case Expr.Bad x -> {}
            case Expr.Ident x -> {}
            case Expr.BasicLit x -> {}
            case Expr.Ellipsis x -> inspect(x.elt(), visit);
            case Expr.FuncLit x -> {
                inspect(x.type(), visit);
                inspect(x.body(), visit);
            }
            case Expr.CompositeLit x -> {
                inspect(x.type(), visit);
                all(x.elts(), visit);
            }
            case Expr.Paren x -> inspect(x.x(), visit);
            case Expr.Selector x -> {
                inspect(x.x(), visit);
                inspect(x.sel(), visit);
            }
            case Expr.Index x -> {
                inspect(x.x(), visit);
                inspect(x.index(), visit);
            }
            case Expr.IndexList x -> {
                inspect(x.x(), visit);
                all(x.indices(), visit);
            }
            case Expr.Slice x -> {
                inspect(x.x(), visit);
                inspect(x.low(), visit);
                inspect(x.high(), visit);
                inspect(x.max(), visit);
            }
            case Expr.TypeAssert x -> {
                inspect(x.x(), visit);
                inspect(x.type(), visit);
            }
            case Expr.Call x -> {
                inspect(x.fun(), visit);
                all(x.args(), visit);
            }
            case Expr.Star x -> inspect(x.x(), visit);
            case Expr.Unary x -> inspect(x.x(), visit);
            case Expr.Binary x -> {
                inspect(x.x(), visit);
                inspect(x.y(), visit);
            }
            case Expr.KeyValue x -> {
                inspect(x.key(), visit);
                inspect(x.value(), visit);
            }
            case Expr.ArrayType x -> {
                inspect(x.len(), visit);
                inspect(x.elt(), visit);
            }
            case Expr.StructType x -> inspect(x.fields(), visit);
            case Expr.FuncType x -> {
                inspect(x.typeParams(), visit);
                inspect(x.params(), visit);
                inspect(x.results(), visit);
            }
            case Expr.InterfaceType x -> inspect(x.methods(), visit);
            case Expr.MapType x -> {
                inspect(x.key(), visit);
                inspect(x.value(), visit);
            }
            case Expr.ChanType x -> inspect(x.value(), visit);
        }
    }

    private static void stmt(Stmt s, Predicate<Node> visit) {
        switch (s) {
            case Stmt.Bad x -> {}
            case Stmt.DeclStmt x -> inspect(x.decl(), visit);
            case Stmt.Empty x -> {}
            case Stmt.Labeled x -> {
                inspect(x.label(), visit);
                inspect(x.stmt(), visit);
            }
            case Stmt.ExprStmt x -> inspect(x.x(), visit);
            case Stmt.Send x -> {
                inspect(x.chan(), visit);
                inspect(x.value(), visit);
            }
            case Stmt.IncDec x -> inspect(x.x(), visit);
            case Stmt.Assign x -> {
                all(x.lhs(), visit);
                all(x.rhs(), visit);
            }
            case Stmt.Go x -> inspect(x.call(), visit);
            case Stmt.Defer x -> inspect(x.call(), visit);
            case Stmt.Return x -> all(x.results(), visit);
            case Stmt.Branch x -> inspect(x.label(), visit);
            case Stmt.Block x -> all(x.list(), visit);
            case Stmt.If x -> {
                inspect(x.init(), visit);
                inspect(x.cond(), visit);
                inspect(x.body(), visit);
                inspect(x.els(), visit);
            }
            case Stmt.CaseClause x -> {
                all(x.list(), visit);
                all(x.body(), visit);
            }
            case Stmt.Switch x -> {
                inspect(x.init(), visit);
                inspect(x.tag(), visit);
                inspect(x.body(), visit);
            }
            case Stmt.TypeSwitch x -> {
                inspect(x.init(), visit);
                inspect(x.assign(), visit);
                inspect(x.body(), visit);
            }
            case Stmt.CommClause x -> {
                inspect(x.comm(), visit);
                all(x.body(), visit);
            }
            case Stmt.Select x -> inspect(x.body(), visit);
            case Stmt.For x -> {
                inspect(x.init(), visit);
                inspect(x.cond(), visit);
                inspect(x.post(), visit);
                inspect(x.body(), visit);
            }
            case Stmt.Range x -> {
                inspect(x.key(), visit);
                inspect(x.value(), visit);
                inspect(x.x(), visit);
                inspect(x.body(), visit);
            }
        }
    }
}

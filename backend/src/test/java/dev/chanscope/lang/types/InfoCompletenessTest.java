package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.conformance.GoConformanceCorpus;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Node;
import dev.chanscope.lang.syntax.Spec;
import dev.chanscope.lang.syntax.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every program that checks, every expression the interpreter evaluates has a recorded type,
 * and every identifier a recorded object (or is one of the few that name nothing: the package
 * clause, blank identifiers, a type switch's symbol, labels' own uses are covered by InfoTest).
 */
class InfoCompletenessTest {

    static Stream<String> programs() {
        Stream<String> ours = GoCorpus.names("valid").stream().map(n -> GoCorpus.read("valid", n + ".go"));
        Stream<String> shared = GoConformanceCorpus.programs(GoConformanceCorpus.Kind.RUN).stream()
                .map(GoConformanceCorpus.Program::sourceText);
        return Stream.concat(ours, shared);
    }

    @ParameterizedTest
    @MethodSource("programs")
    void everyExpressionHasATypeAndEveryIdentifierAnObject(String source) {
        CheckResult r = Checker.check(source);
        assertThat(r.errorText()).isEmpty();
        List<String> missing = new ArrayList<>();
        walk(r.file(), null, r, missing);
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.chanscope.lang.types.StdLibraryTest#paths")
    void theStdPackagesBodiesAreAsCompletelyTyped(String path) {
        StdLibrary.StdPackage p = StdLibrary.shared().get(path);
        CheckResult r = new CheckResult(p.file(), p.pkg(), p.info(), List.of());
        List<String> missing = new ArrayList<>();
        walk(p.file(), null, r, missing);
        assertThat(missing).isEmpty();
    }

    private static void walk(Object n, Node parent, CheckResult r, List<String> missing) {
        if (n instanceof List<?> list) {
            for (Object o : list) {
                walk(o, parent, r, missing);
            }
            return;
        }
        if (!(n instanceof Node node) || !n.getClass().isRecord()) {
            return;
        }
        check(node, parent, r, missing);
        for (RecordComponent c : n.getClass().getRecordComponents()) {
            if (c.getName().equals("source")
                    || c.getName().equals("comments")
                    || c.getName().equals("doc")
                    || c.getName().equals("comment")) {
                continue;
            }
            try {
                walk(c.getAccessor().invoke(n), node, r, missing);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void check(Node n, Node parent, CheckResult r, List<String> missing) {
        Info info = r.info();
        String where = r.file().source().position(Math.max(n.pos(), 0));
        switch (n) {
            case Expr.Ident id -> {
                boolean named = info.defs().containsKey(id) || info.uses().containsKey(id);
                boolean exempt = id.isBlank()
                        || parent instanceof GoFile
                        || parent instanceof Stmt.Assign a && a.lhs().contains(id) && isTypeSwitchGuard(a);
                if (!named && !exempt) {
                    missing.add(where + " identifier " + id.name());
                }
            }
            case Expr.KeyValue kv -> {}
            case Expr e when isConstraintTerm(e) -> {}
            case Expr.Ellipsis el -> {}
            case Expr e -> {
                boolean typeSwitchType = e instanceof Expr.TypeAssert ta && ta.type() == null;
                if (!typeSwitchType && !info.types().containsKey(e) && !(parent instanceof Spec.ImportSpec)) {
                    missing.add(where + " " + e.getClass().getSimpleName());
                }
            }
            default -> {}
        }
    }

    /** {@code ~int} and {@code A | B} in a std constraint: types, not expressions the interpreter sees. */
    private static boolean isConstraintTerm(Expr e) {
        return e instanceof Expr.Unary u && u.op() == dev.chanscope.lang.syntax.Token.TILDE
                || e instanceof Expr.Binary b
                        && b.op() == dev.chanscope.lang.syntax.Token.OR
                        && (isConstraintTerm(b.x()) || isConstraintTerm(b.y()));
    }

    private static boolean isTypeSwitchGuard(Stmt.Assign a) {
        return a.rhs().size() == 1 && a.rhs().getFirst() instanceof Expr.TypeAssert ta && ta.type() == null;
    }
}

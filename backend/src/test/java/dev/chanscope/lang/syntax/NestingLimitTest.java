package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * However deeply a program nests (parentheses, operator chains, literals, blocks, function literals,
 * types), parsing and formatting end with a result or the nesting error — never a stack overflow —
 * on a thread with half the JVM's default stack. Forty levels of any of them are fine.
 */
class NestingLimitTest {

    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        for (int n : new int[] {40, 5000}) {
            out.add(Arguments.of("operator chain", n, "package p\nvar x = " + "1 + ".repeat(n) + "1\n"));
            out.add(Arguments.of("parentheses", n, "package p\nvar x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n"));
            out.add(Arguments.of("blocks", n, "package p\nfunc f() {\n" + "{\n".repeat(n) + "}\n".repeat(n) + "}\n"));
            out.add(Arguments.of(
                    "if statements", n, "package p\nfunc f() {\n" + "if x {\n".repeat(n) + "}\n".repeat(n) + "}\n"));
            out.add(Arguments.of("literals", n, "package p\nvar x = " + "[]any{".repeat(n) + "}".repeat(n) + "\n"));
            out.add(Arguments.of(
                    "function literals",
                    n,
                    "package p\nvar x = " + "func() int { return ".repeat(n) + "1" + " }()".repeat(n) + "\n"));
            out.add(Arguments.of("pointer types", n, "package p\nvar x " + "*".repeat(n) + "int\n"));
            out.add(Arguments.of(
                    "struct types", n, "package p\nvar x " + "struct{ f ".repeat(n) + "int" + "}".repeat(n) + "\n"));
            out.add(Arguments.of("selectors", n, "package p\nvar x = a" + ".b".repeat(n) + "\n"));
            out.add(Arguments.of("calls", n, "package p\nvar x = f" + "()".repeat(n) + "\n"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("shapes")
    void deepNestingEndsWithAResultOrTheNestingError(String shape, int depth, String src) throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        ParseResult r = Parser.parse(src);
                        outcome.set(
                                r.ok()
                                        ? GoFormatter.format(r.file())
                                        : r.errors().getFirst().message());
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                },
                "nesting",
                512 * 1024);
        t.start();
        t.join();
        assertThat(outcome.get()).isInstanceOf(String.class);
        if (depth > ParserBase.MAX_NESTING) {
            assertThat((String) outcome.get()).startsWith("program too deeply nested");
        } else {
            assertThat((String) outcome.get()).startsWith("package p");
        }
    }
}

package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions print as Go 1.19's compiler prints them in messages (checked against {@code go build}:
 * e.g. {@code cannot use []int{…} (value of type []int) as type int}).
 */
class ExprStringTest {

    private static String print(String expr) {
        ParseResult r = Parser.parse("package p\nvar _ = " + expr + "\n");
        assertThat(r.errors()).isEmpty();
        Spec.ValueSpec s = (Spec.ValueSpec)
                ((Decl.GenDecl) r.file().decls().getFirst()).specs().getFirst();
        return ExprString.of(s.values().getFirst());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "[]int{1}|[]int{…}",
                "func(x int) string { return \"\" }|func(x int) string {…}",
                "func() {}|func() {}",
                "map[string]int{}|map[string]int{}",
                "(<-chan int)(nil)|(<-chan int)(nil)",
                "(chan (<-chan int))(nil)|(chan (<-chan int))(nil)",
                "(chan<- int)(nil)|(chan<- int)(nil)",
                "(interface{ M() })(nil)|(interface{M()})(nil)",
                "T{a: 1}|T{…}",
                "x[1:2]|x[1:2]",
                "x[:]|x[:]",
                "x[1:2:3]|x[1:2:3]",
                "1 + 2*3|1 + 2 * 3",
                "-x[0]|-x[0]",
                "(x[0])|(x[0])",
                "(*T)(nil)|(*T)(nil)",
                "f(a, b...)|f(a, b...)",
                "v.(type)|v.(type)",
                "<-ch|<-ch",
                "&T{}|&T{}",
                "func(a, b int, c ...string) (int, error) { return 0, nil }|func(a, b int, c ...string) (int, error) {…}",
            })
    void printsLikeTheCompiler(String expr, String want) {
        assertThat(print(expr)).isEqualTo(want);
    }

    @org.junit.jupiter.api.Test
    void structTypesSeparateFieldsWithSemicolons() {
        assertThat(print("struct {\n\ta int\n\tb string `tag`\n}{}")).isEqualTo("struct{a int; b string `tag`}{}");
    }
}

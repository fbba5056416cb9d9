package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Deeply nested programs within the 64 KiB source limit never overflow the stack: they check, or
 * get the syntax package's nesting-limit error — never an internal error.
 */
class DeepNestingTest {

    @Test
    void deeplyParenthesizedExpressionsGetAnErrorNotACrash() {
        int depth = 30_000;
        String src = "package main\n\nfunc main() {\n\tx := " + "(".repeat(depth) + "1" + ")".repeat(depth)
                + "\n\t_ = x\n}\n";
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).contains("too deeply nested").doesNotContain("internal error");
    }

    @Test
    void longBinaryChainsGetAnErrorNotACrash() {
        String src = "package main\n\nfunc main() {\n\tx := 1" + " + 1".repeat(15_000) + "\n\t_ = x\n}\n";
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).doesNotContain("internal error");
    }

    @Test
    void nestingWithinTheLimitChecks() {
        String src =
                "package main\n\nfunc main() {\n\tx := " + "(".repeat(100) + "1" + " + 1".repeat(200) + ")".repeat(100)
                        + "\n\ty := []int{" + "len([]int{".repeat(40) + "1" + "})".repeat(40) + "}\n\t_, _ = x, y\n}\n";
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).isEmpty();
    }
}

package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deeply nested programs within the 64 KiB source limit check without overflowing the stack. */
class DeepNestingTest {

    @Test
    void deeplyParenthesizedExpressionsCheck() {
        int depth = 30_000;
        String src = "package main\n\nfunc main() {\n\tx := " + "(".repeat(depth) + "1" + ")".repeat(depth)
                + "\n\t_ = x\n}\n";
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).doesNotContain("internal error");
    }

    @Test
    void longBinaryChainsCheck() {
        String src = "package main\n\nfunc main() {\n\tx := 1" + " + 1".repeat(15_000) + "\n\t_ = x\n}\n";
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).isEmpty();
    }
}

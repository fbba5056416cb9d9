package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.SourceError;
import java.nio.charset.StandardCharsets;

/**
 * Any text parses and checks into a result with at most ten positioned compile errors (then "too
 * many errors") — never an exception, never the checker's internal-error report.
 *
 * <p>Regression mode replays {@code CheckerFuzzTestInputs/anySource/} (valid and failing programs
 * of the corpus); fuzzing: {@code backend/bench/fuzz.sh 1000000 checker} (docs/RELIABILITY.md).
 */
class CheckerFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void anySource(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CheckResult r = Checker.check(text);
        assertThat(r.errors().size()).isLessThanOrEqualTo(ErrorList.LIMIT + 1);
        for (SourceError e : r.errors()) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.message()).isNotBlank().doesNotStartWith("internal error");
        }
        if (r.ok()) {
            assertThat(r.info()).isNotNull();
            assertThat(r.pkg().scope().lookup("main")).isInstanceOf(Func.class);
        }
    }
}

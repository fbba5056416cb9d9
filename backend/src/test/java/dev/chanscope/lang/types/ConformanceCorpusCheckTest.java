package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.conformance.GoConformanceCorpus;
import dev.chanscope.lang.conformance.GoConformanceCorpus.Kind;
import dev.chanscope.lang.conformance.GoConformanceCorpus.Program;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared conformance corpus (backend/src/test/go-conformance) through the front end: every
 * program that real Go builds checks without errors, and every program that does not compile gets
 * exactly the errors {@code go build} reported for it.
 */
class ConformanceCorpusCheckTest {

    static List<Program> runPrograms() {
        return GoConformanceCorpus.programs(Kind.RUN);
    }

    static List<Program> compilePrograms() {
        return GoConformanceCorpus.programs(Kind.COMPILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runPrograms")
    void aProgramGoBuildsChecksCleanly(Program p) {
        CheckResult r = Checker.check(p.sourceText());
        assertThat(r.errorText()).as(p.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compilePrograms")
    void aProgramGoRejectsGetsGoBuildsErrors(Program p) {
        CheckResult r = Checker.check(p.sourceText());
        assertThat(r.errorText()).as(p.name()).isEqualTo(p.expectedErrors());
    }
}

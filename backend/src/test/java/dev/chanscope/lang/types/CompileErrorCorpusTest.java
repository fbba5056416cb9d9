package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program under errors/ gets exactly the messages real {@code go build} (Go 1.19) printed for
 * it, recorded in NAME.out by record.sh (or checked by hand for packages newer than Go 1.19); each
 * program under valid/ checks without errors, as it builds with Go.
 */
class CompileErrorCorpusTest {

    static List<String> errorPrograms() {
        return GoCorpus.names("errors");
    }

    static List<String> validPrograms() {
        return GoCorpus.names("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorPrograms")
    void reportsTheErrorsGoReports(String name) {
        CheckResult r = Checker.check(GoCorpus.read("errors", name + ".go"));
        assertThat(r.errorText()).as(name).isEqualTo(GoCorpus.read("errors", name + ".out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPrograms")
    void acceptsProgramsGoAccepts(String name) {
        CheckResult r = Checker.check(GoCorpus.read("valid", name + ".go"));
        assertThat(r.errorText()).as(name).isEmpty();
        assertThat(r.ok()).isTrue();
    }
}

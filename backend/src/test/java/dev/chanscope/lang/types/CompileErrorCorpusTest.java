package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program under errors/ gets exactly the messages real {@code go build} (Go 1.19) printed for
 * it, recorded in NAME.out by record.sh (or checked by hand for packages newer than Go 1.19); each
 * program under valid/ checks without errors, as it builds with Go. Where Go is installed, {@code
 * record.sh --check} proves the recordings are still what Go prints.
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

    /** Where Go is installed (CI installs golang-go), the recordings are still what go build prints. */
    @Test
    void theRecordingsAreWhatGoBuildPrints() throws IOException, InterruptedException {
        Assumptions.assumeTrue(goInstalled(), "go is not installed");
        Process p = new ProcessBuilder(
                        "bash", GoCorpus.ROOT.resolve("record.sh").toString(), "--check")
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("record.sh --check finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static boolean goInstalled() {
        try {
            Process p = new ProcessBuilder("go", "version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package dev.chanscope.lang.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.conformance.GoConformanceCorpus.Kind;
import dev.chanscope.lang.conformance.GoConformanceCorpus.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance corpus is complete and its recordings are what real Go 1.19 does: {@code record.sh --check}
 * builds and runs every program again and fails on any byte of difference. That check is skipped, with the
 * reason, where no Go 1.19 toolchain is installed (.ci/run installs Debian's golang-go, which is 1.19).
 */
class GoConformanceCorpusTest {

    static Stream<Program> runPrograms() {
        return GoConformanceCorpus.programs(Kind.RUN).stream();
    }

    static Stream<Program> compilePrograms() {
        return GoConformanceCorpus.programs(Kind.COMPILE).stream();
    }

    @Test
    void theCorpusHasTheProgramsTheIssueAsksFor() {
        assertThat(GoConformanceCorpus.programs(Kind.RUN)).hasSizeGreaterThanOrEqualTo(120);
        assertThat(GoConformanceCorpus.programs(Kind.COMPILE)).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runPrograms")
    void aRunProgramHasItsConceptsAndRecordedOutcome(Program p) {
        assertThat(p.concepts()).as(p + ": first line '// Concepts: ...'").isNotBlank();
        assertThat(p.sourceText().lines().count()).as(p + " lines").isBetween(20L, 150L);
        assertThat(p.expectation("stdout")).as(p + ".stdout").isRegularFile();
        assertThat(p.expectedExit()).as(p + ".exit").isBetween(0, 125);
        // What is recorded is already normalised: normalising again changes nothing.
        assertThat(GoConformanceCorpus.normaliseStderr(p.expectedStderr()))
                .as(p + ".stderr")
                .isEqualTo(p.expectedStderr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compilePrograms")
    void aCompileProgramHasItsConceptsAndRecordedErrors(Program p) {
        assertThat(p.concepts()).as(p + ": first line '// Concepts: ...'").isNotBlank();
        assertThat(p.expectedErrors().lines())
                .as(p + ".errors")
                .isNotEmpty()
                .allMatch(line -> line.startsWith("prog.go:") || line.startsWith("\t"));
        assertThat(GoConformanceCorpus.normaliseErrors(p.expectedErrors())).isEqualTo(p.expectedErrors());
    }

    @Test
    void aCrashKeepsItsTextUpToTheFirstGoroutineHeader() {
        String raw = "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
                + "\tpanic: boom\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x481082]\n\n"
                + "goroutine 1 [running]:\nmain.main.func1()\n\t/tmp/prog.go:12 +0x6a\n\n"
                + "goroutine 18 [chan send]:\n";
        assertThat(GoConformanceCorpus.normaliseStderr(raw))
                .isEqualTo("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
                        + "\tpanic: boom\n"
                        + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=PC]\n\n"
                        + "goroutine 1 [running]:\n");
    }

    @Test
    void anIdOtherThanMainsIsWrittenN() {
        assertThat(GoConformanceCorpus.normaliseStderr("panic: x\n\ngoroutine 18 [running]:\nmain.f()\n"))
                .isEqualTo("panic: x\n\ngoroutine N [running]:\n");
        assertThat(
                        GoConformanceCorpus.normaliseStderr(
                                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive (nil chan)]:\n"))
                .endsWith("goroutine 1 [chan receive (nil chan)]:\n");
    }

    @Test
    void stderrWithoutAGoroutineHeaderIsKeptAsItIs() {
        String printed = "error: configuration missing\nno newline at the end";
        assertThat(GoConformanceCorpus.normaliseStderr(printed)).isEqualTo(printed);
    }

    @Test
    void compileErrorsNameTheFileProgGo() {
        String raw = "# command-line-arguments\n"
                + "./prog.go:11:7: duplicate case 2 (constant of type int) in expression switch\n"
                + "\t./prog.go:9:10: previous case\n"
                + "./prog.go:12:12: not enough arguments in call to greet\n\thave (string)\n";
        assertThat(GoConformanceCorpus.normaliseErrors(raw))
                .isEqualTo("prog.go:11:7: duplicate case 2 (constant of type int) in expression switch\n"
                        + "\tprog.go:9:10: previous case\n"
                        + "prog.go:12:12: not enough arguments in call to greet\n\thave (string)\n");
    }

    @Test
    void theRecordingsAreWhatRealGoDoes(@TempDir Path tmp) throws IOException, InterruptedException {
        Path script = GoConformanceCorpus.root().resolve("record.sh");
        Path log = tmp.resolve("check.log");
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString(), "--check"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("TMPDIR", tmp.toString());
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("record.sh --check did not finish within 20 minutes:\n" + tail(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        // Exit 2: no usable toolchain (no go on PATH, or not Go 1.19); the script says which.
        Assumptions.assumeTrue(p.exitValue() != 2, output.strip());
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("programs match go1.19");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}

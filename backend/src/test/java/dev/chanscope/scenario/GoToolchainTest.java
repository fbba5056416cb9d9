package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Go sources we show are real Go: each one (at its defaults, and with each off-by-default switch on, such
 * as fix=true for pitfalls) passes
 * {@code go vet}, builds and runs, ends the way the scenario declares (normally, with the
 * declared panic, or with Go's global-deadlock error), and prints the same {@code "= "} lines as the
 * simulation. Skipped, with the reason, where no Go toolchain is installed (.ci/run installs one).
 */
class GoToolchainTest {

    private static Path go;

    @TempDir
    static Path work;

    @BeforeAll
    static void findGo() {
        go = Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                                .map(p -> Path.of(p, "go")),
                        Stream.of(Path.of("/usr/lib/go/bin/go"), Path.of("/usr/local/go/bin/go")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(
                go != null, "No Go toolchain on PATH: install golang-go to compare the Go sources with the simulation");
    }

    static Stream<Arguments> variants() {
        return ScenarioContractTest.variants();
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result exec(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(go.toString());
        cmd.addAll(List.of(args));
        return execCommand(dir, cmd);
    }

    /** Runs a command in {@code dir} with a private Go cache and no network use, bounded in time. */
    private static Result execCommand(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GOCACHE", work.resolve("gocache").toString());
        pb.environment().put("GOPATH", work.resolve("gopath").toString());
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOTOOLCHAIN", "local");
        pb.environment().put("GOFLAGS", "");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish within 120 s");
        }
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void theGoSourceRunsUnderRealGoLikeTheSimulation(String id, Map<String, Object> params) throws Exception {
        Scenario s = ScenarioTraces.scenario(id);
        Params p = ParamValidator.validate(s, params, "params");
        Path dir = Files.createDirectories(work.resolve(id + (params.isEmpty() ? "" : "-fix")));
        String source = s.goSource(p);
        Files.writeString(dir.resolve("main.go"), source, StandardCharsets.UTF_8);

        Result vet = exec(dir, "vet", "main.go");
        assertThat(vet.exit())
                .as("go vet of " + id + ":\n" + vet.stderr() + "\n" + source)
                .isZero();

        // Built and run directly: `go run` reports every failing program as exit status 1.
        Result build = exec(dir, "build", "-o", "prog", "main.go");
        assertThat(build.exit())
                .as("go build of " + id + ":\n" + build.stderr())
                .isZero();
        Result run = execCommand(dir, List.of(dir.resolve("prog").toString()));
        GoCheck check = s.goCheck(p);
        String report = "the Go program of " + id + " " + params + " exited " + run.exit() + "\nstdout:\n"
                + run.stdout() + "\nstderr:\n" + run.stderr();
        switch (check.exit()) {
            case OK -> assertThat(run.exit()).as(report).isZero();
            case PANIC -> {
                assertThat(run.exit()).as(report).isEqualTo(2);
                assertThat(run.stderr())
                        .as(report)
                        .contains("panic: ")
                        .contains(Optional.ofNullable(check.panicFragment()).orElse(""));
            }
            case DEADLOCK -> {
                assertThat(run.exit()).as(report).isEqualTo(2);
                assertThat(run.stderr()).as(report).contains("all goroutines are asleep - deadlock!");
            }
        }
        List<String> goLines =
                run.stdout().lines().filter(l -> l.startsWith("= ")).sorted().toList();
        var sim = ScenarioTraces.run(id, params, 1);
        assertThat(goLines)
                .as(report + "\nsimulation: " + sim.why())
                .isEqualTo(sim.invariantLines().stream().sorted().toList());
    }
}

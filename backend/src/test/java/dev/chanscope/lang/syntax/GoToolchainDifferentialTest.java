package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large comparisons with the real Go toolchain, run on request (minutes each):
 *
 * <pre>
 * ./mvnw -pl backend test -Dtest=GoToolchainDifferentialTest -Dlang.gofmt.tree=/usr/lib/go-1.19/src
 * ./mvnw -pl backend test -Dtest=GoToolchainDifferentialTest -Dlang.compile.tree=/usr/lib/go-1.19/test
 * </pre>
 *
 * <p>The first formats every .go file of a source tree and compares with gofmt (a file gofmt leaves
 * alone must come out unchanged; for the others, gofmt's output is asked for). The second parses
 * every .go file of a tree and compares the errors with {@code go tool compile}: exactly when the
 * compiler reported a syntax error (it then type-checks nothing), and otherwise every error the
 * parser reports must be among the compiler's.
 */
class GoToolchainDifferentialTest {

    @TempDir
    Path work;

    private static List<Path> goFiles(Path tree) throws IOException {
        try (Stream<Path> s = Files.walk(tree.toRealPath())) {
            return s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/"))
                    .sorted()
                    .toList();
        }
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void formatsASourceTreeAsGofmtDoes() throws Exception {
        String tree = System.getProperty("lang.gofmt.tree");
        Assumptions.assumeTrue(tree != null, "set -Dlang.gofmt.tree=<dir of Go sources> to run");
        Path root = Path.of(tree).toRealPath();
        Set<String> unclean =
                new HashSet<>(List.of(run(root, "gofmt", "-l", ".").split("\n")));
        List<String> mismatches = new ArrayList<>();
        List<Path> files = goFiles(root);
        int tooDeep = 0;
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            GoFormatter.Result r = GoFormatter.format(new SourceFile(SourceFile.DEFAULT_NAME, src));
            if (!r.ok() && r.errors().getFirst().message().startsWith("program too deeply nested")) {
                tooDeep++; // generated tables beyond the playground's nesting limit
                continue;
            }
            String rel = "./" + root.relativize(f);
            String want =
                    unclean.contains(rel) || unclean.contains(root.relativize(f).toString())
                            ? run(root, "gofmt", f.toString())
                            : new String(src, StandardCharsets.UTF_8);
            if (!r.ok() || !r.text().equals(want)) {
                mismatches.add(rel + (r.ok() ? "" : " " + r.errors().getFirst()));
            }
        }
        System.out.printf(
                "formatted %d files, %d refused as too deeply nested, %d unlike gofmt%n%s%n",
                files.size(), tooDeep, mismatches.size(), String.join("\n", mismatches));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void parsesATreeWithTheCompilersErrors() throws Exception {
        String tree = System.getProperty("lang.compile.tree");
        Assumptions.assumeTrue(tree != null, "set -Dlang.compile.tree=<dir of Go programs> to run");
        List<String> mismatches = new ArrayList<>();
        List<Path> files = goFiles(Path.of(tree));
        int withSyntaxErrors = 0;
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            Files.write(work.resolve("prog.go"), src);
            // The object file goes to a scratch file: the compiler deletes its output when it fails,
            // which for -o /dev/null (as root) would delete the device itself.
            String want = run(work, "go", "tool", "compile", "-p", "p", "-o", "prog.o", "prog.go")
                    .strip();
            SourceFile file = new SourceFile(SourceFile.DEFAULT_NAME, src);
            ErrorList errors = new ErrorList(file);
            Parser.parse(file, errors);
            List<String> got =
                    errors.errors().stream().map(SourceError::toString).toList();
            if (want.contains("syntax error")) {
                withSyntaxErrors++;
                if (!String.join("\n", got).equals(want)) {
                    mismatches.add(f + "\n  want: " + want + "\n  got:  " + got);
                }
            } else {
                Set<String> lines = Set.copyOf(List.of(want.split("\n")));
                List<String> extra =
                        got.stream().filter(g -> !lines.contains(g)).collect(Collectors.toList());
                if (!extra.isEmpty()) {
                    mismatches.add(f + "\n  not reported by the compiler: " + extra);
                }
            }
        }
        System.out.printf(
                "parsed %d files, %d with syntax errors, %d unlike the compiler%n%s%n",
                files.size(), withSyntaxErrors, mismatches.size(), String.join("\n", mismatches));
        assertThat(mismatches).isEmpty();
    }
}

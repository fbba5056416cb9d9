package dev.chanscope.lang.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conformance corpus under {@code src/test/go-conformance} (its README.md is the reference): Go programs
 * with what real Go 1.19 does with them, and the normalisation a harness must apply to another
 * implementation's output before comparing it with the recordings. The rules here are the ones
 * {@code record.sh} applies; {@link GoConformanceCorpusTest} keeps the two in step.
 */
public final class GoConformanceCorpus {

    /** Where a program lives: {@code run/} programs compile and run; {@code compile/} programs do not compile. */
    public enum Kind {
        RUN("run"),
        COMPILE("compile");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /** One program and its recorded expectations, read on demand. */
    public record Program(String name, Kind kind, Path source) {

        public String sourceText() {
            return read(source);
        }

        /** The first line's {@code // Concepts: ...} list. */
        public String concepts() {
            String first = sourceText().lines().findFirst().orElse("");
            return first.startsWith(CONCEPTS) ? first.substring(CONCEPTS.length()) : "";
        }

        /** Standard output, byte for byte. Only for {@link Kind#RUN}. */
        public byte[] expectedStdout() {
            return bytes(expectation("stdout"));
        }

        /** Standard error after {@link #normaliseStderr}. Only for {@link Kind#RUN}. */
        public String expectedStderr() {
            return read(expectation("stderr"));
        }

        /** The exit code. Only for {@link Kind#RUN}. */
        public int expectedExit() {
            return Integer.parseInt(read(expectation("exit")).strip());
        }

        /** go build's messages after {@link #normaliseErrors}, one per line. Only for {@link Kind#COMPILE}. */
        public String expectedErrors() {
            return read(expectation("errors"));
        }

        public Path expectation(String extension) {
            return source.resolveSibling(name + "." + extension);
        }

        @Override
        public String toString() {
            return kind.folder() + "/" + name;
        }
    }

    static final String CONCEPTS = "// Concepts: ";

    private static final Pattern GOROUTINE_HEADER = Pattern.compile("(?m)^goroutine ([0-9]+) \\[[^]\\n]*\\]:$");
    private static final Pattern SIGNAL_PC = Pattern.compile("(?m)^(\\[signal .* pc=)0x[0-9a-f]+\\]$");
    private static final Pattern ERROR_FILE = Pattern.compile("(?m)^(\\t*)\\./prog\\.go:");

    private GoConformanceCorpus() {}

    /** The corpus folder, found from the backend module (Maven's working directory) or the repository root. */
    public static Path root() {
        for (Path candidate : List.of(Path.of("src/test/go-conformance"), Path.of("backend/src/test/go-conformance"))) {
            if (Files.isRegularFile(candidate.resolve("record.sh"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the conformance corpus (src/test/go-conformance/record.sh) is not under "
                + Path.of("").toAbsolutePath());
    }

    /** Every program of one kind, sorted by name. */
    public static List<Program> programs(Kind kind) {
        Path folder = root().resolve(kind.folder());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".go"))
                    .sorted()
                    .map(p -> new Program(p.getFileName().toString().replaceFirst("\\.go$", ""), kind, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A crash's stderr without its stack frames: the text up to and including the first
     * {@code goroutine N [status]:} line, with ids other than main's 1 written {@code N} (Go hands them out
     * from per-processor batches, so they depend on scheduling) and the program counter of a
     * {@code [signal ...]} line written {@code PC}. Text without such a line is returned unchanged.
     */
    public static String normaliseStderr(String stderr) {
        Matcher header = GOROUTINE_HEADER.matcher(stderr);
        if (!header.find()) {
            return stderr;
        }
        String id = header.group(1);
        String kept = stderr.substring(0, header.start(1)) + (id.equals("1") ? id : "N")
                + stderr.substring(header.end(1), header.end()) + "\n";
        return SIGNAL_PC.matcher(kept).replaceAll("$1PC]");
    }

    /** go build's output without the {@code # command-line-arguments} header, with the file named {@code prog.go}. */
    public static String normaliseErrors(String buildOutput) {
        String withoutHeader = buildOutput
                .lines()
                .filter(line -> !line.startsWith("# "))
                .map(line -> line + "\n")
                .reduce("", String::concat);
        return ERROR_FILE.matcher(withoutHeader).replaceAll("$1prog.go:");
    }

    private static String read(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

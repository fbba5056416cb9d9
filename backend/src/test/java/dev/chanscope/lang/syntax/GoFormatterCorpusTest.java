package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter prints exactly what Go 1.19's gofmt prints: for every {@code format/<name>.input}
 * (hand-written programs, the scenario programs, and a badly formatted variant of each hand-written
 * one) the output equals {@code <name>.golden}, recorded from the real gofmt by {@code
 * format/record.sh}; and formatting gofmt's output changes nothing where gofmt's own second run
 * changes nothing.
 */
class GoFormatterCorpusTest {

    static Stream<String> inputs() {
        return Corpus.files("format", ".input").stream().map(Corpus::name);
    }

    private static String format(byte[] src) {
        GoFormatter.Result r = GoFormatter.format(new SourceFile(SourceFile.DEFAULT_NAME, src));
        assertThat(r.errors()).isEmpty();
        return r.text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void formatsLikeGofmt(String name) throws IOException {
        Path input = Corpus.folder("format").resolve(name + ".input");
        String golden = Files.readString(Corpus.sibling(input, ".golden"));
        assertThat(format(Files.readAllBytes(input))).isEqualTo(golden);
    }

    /** Outputs that gofmt itself changes again (a comment it moved to column 1 becomes a doc comment). */
    static Stream<String> idempotentOutputs() throws IOException {
        Set<String> not = Set.copyOf(Files.readAllLines(Corpus.folder("format").resolve("not-idempotent.txt")));
        return inputs().filter(n -> !not.contains(n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idempotentOutputs")
    void gofmtOutputIsAFixedPoint(String name) throws IOException {
        Path golden = Corpus.sibling(Corpus.folder("format").resolve(name + ".input"), ".golden");
        byte[] text = Files.readAllBytes(golden);
        assertThat(format(text)).isEqualTo(new String(text, java.nio.charset.StandardCharsets.UTF_8));
    }
}

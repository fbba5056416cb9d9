package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken programs get exactly the errors Go 1.19's {@code go build} prints for them: same messages,
 * positions, order, one syntax error per line, the limit of ten. Each {@code errors/<name>.go} has
 * its expected {@code <name>.out}, recorded from real Go by {@code errors/record.sh}.
 */
class SyntaxErrorCorpusTest {

    static Stream<String> programs() {
        return Corpus.files("errors", ".go").stream().map(Corpus::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void parserReportsWhatGoBuildReports(String name) throws IOException {
        Path src = Corpus.folder("errors").resolve(name + ".go");
        SourceFile file = new SourceFile(SourceFile.DEFAULT_NAME, Files.readAllBytes(src));
        ErrorList errors = new ErrorList(file);
        Parser.parse(file, errors);
        String got = errors.errors().stream().map(SourceError::toString).collect(Collectors.joining("\n"));
        String want = Files.readString(Corpus.sibling(src, ".out")).strip();
        assertThat(got).isEqualTo(want);
    }
}

package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file whose package clause or imports go build rejects before compiling gets the one line go
 * build prints (go/parser's wording, exit status 1): {@code header/<name>.go} against {@code
 * <name>.out}, recorded from real Go by {@code header/record.sh}; an empty {@code .out} means the
 * header passes.
 */
class GoBuildHeaderTest {

    static Stream<String> programs() {
        return Corpus.files("header", ".go").stream().map(Corpus::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void headerCheckPrintsWhatGoBuildPrints(String name) throws IOException {
        Path src = Corpus.folder("header").resolve(name + ".go");
        GoBuildHeader.Failure f = GoBuildHeader.check(new SourceFile(SourceFile.DEFAULT_NAME, Files.readAllBytes(src)));
        String want = Files.readString(Corpus.sibling(src, ".out")).strip();
        assertThat(f == null ? "" : f.goOutput()).isEqualTo(want);
    }

    @Test
    void aPastedFunctionWithoutPackageClauseIsRejectedAtItsFirstToken() {
        GoBuildHeader.Failure f = GoBuildHeader.check(SourceFile.of("\n\nfunc main() {\n}\n"));
        assertThat(f.error().line()).isEqualTo(3);
        assertThat(f.error().column()).isEqualTo(1);
        assertThat(f.error().message()).isEqualTo("expected 'package', found 'func'");
    }

    @Test
    void everyScenarioProgramPassesTheHeaderCheck() {
        for (Path p : Corpus.files("format", ".input")) {
            if (Corpus.name(p).startsWith("scenario-")) {
                assertThat(GoBuildHeader.check(SourceFile.of(read(p))))
                        .as(p.toString())
                        .isNull();
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

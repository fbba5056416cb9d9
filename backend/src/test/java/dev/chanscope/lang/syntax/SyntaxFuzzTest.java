package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scanner and parser answer any bytes with a tree and/or errors — never an exception, never an
 * error outside the file, never more than the limit — and a program they accept has positions inside
 * the file and formats to text that parses again.
 *
 * <p>Regression mode (every {@code ./mvnw verify}) replays {@code SyntaxFuzzTestInputs/<method>/};
 * fuzzing for a number of executions: {@code backend/bench/fuzz.sh 1000000 syntax mutated}
 * (docs/RELIABILITY.md).
 */
class SyntaxFuzzTest {

    /** Real programs to mutate: the formatter's corpus inputs. */
    private static final List<String> PROGRAMS =
            Corpus.files("format", ".input").stream().map(SyntaxFuzzTest::read).toList();

    private static final String[] TOKENS = {
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ",",
        ";",
        ":",
        ":=",
        "=",
        ".",
        "...",
        "<-",
        "+",
        "*",
        "&",
        "!",
        "==",
        "++",
        "func",
        "go",
        "defer",
        "var",
        "const",
        "type",
        "if",
        "else",
        "for",
        "range",
        "switch",
        "case",
        "default",
        "select",
        "chan",
        "map",
        "struct",
        "interface",
        "return",
        "break",
        "goto",
        "x",
        "1",
        "\"s\"",
        "'c'",
        "`r`",
        "\n",
        " ",
        "//c\n",
        "/*c*/",
        "~",
        "|",
        "0x",
        "1e",
        "'",
        "\"",
        "`",
        "\u00e9",
        "\uFEFF",
        "\0",
        "L:"
    };

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any bytes as a source file. */
    @FuzzTest(maxDuration = "5m")
    void anyBytes(byte[] input) {
        check(new SourceFile(SourceFile.DEFAULT_NAME, input));
    }

    /** A real program with a few tokens inserted, deleted or replaced: reaches deep into the grammar. */
    @FuzzTest(maxDuration = "5m")
    void mutatedProgram(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(PROGRAMS.get(data.consumeInt(0, PROGRAMS.size() - 1)));
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && !s.isEmpty(); i++) {
            int at = data.consumeInt(0, s.length() - 1);
            int len = data.consumeInt(0, Math.min(8, s.length() - at));
            String insert = data.consumeBoolean() ? data.pickValue(TOKENS) : data.consumeString(3);
            s.replace(at, at + len, insert);
        }
        check(SourceFile.of(s.toString()));
    }

    private static void check(SourceFile file) {
        ErrorList tokenErrors = new ErrorList(file);
        for (Lexeme t : Scanner.tokens(file, tokenErrors)) {
            assertThat(t.pos()).isBetween(0, file.size());
        }
        GoBuildHeader.Failure header = GoBuildHeader.check(file);
        if (header != null) {
            assertThat(header.goOutput()).isNotBlank();
        }
        ErrorList errors = new ErrorList(file);
        GoFile tree = Parser.parse(file, errors);
        List<SourceError> list = errors.errors();
        assertThat(list).hasSizeLessThanOrEqualTo(ErrorList.LIMIT + 1);
        for (SourceError e : list) {
            assertThat(e.offset()).isBetween(0, file.size());
            assertThat(e.message()).isNotBlank();
        }
        if (tree != null && errors.isEmpty()) {
            assertThat(tree.pos()).isBetween(0, file.size());
            assertThat(tree.end()).isBetween(tree.pos(), file.size());
            // What parses can be formatted, and the formatted text parses to the same declarations.
            ErrorList fmtErrors = new ErrorList(file);
            if (Parser.parse(file, fmtErrors, false) != null && fmtErrors.isEmpty()) {
                String formatted = GoFormatter.format(Parser.parse(file, new ErrorList(file), false));
                ParseResult again = Parser.parse(formatted);
                assertThat(again.errors())
                        .as("errors in the formatted text:%n%s", formatted)
                        .isEmpty();
                assertThat(again.file().decls()).hasSameSizeAs(tree.decls());
            }
            int last = 0;
            for (Decl d : tree.decls()) {
                assertThat(d.pos()).isGreaterThanOrEqualTo(last);
                assertThat(d.end()).isBetween(d.pos(), file.size());
                last = d.end();
            }
        }
    }
}

package dev.chanscope.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What text a program may be, and where it goes wrong, in Go's positions (columns in bytes). */
class SnippetTextTest {

    @Test
    void ordinaryGoSourceIsFine() {
        assertThat(SnippetText.problem("package main\n\nfunc main() {\r\n\tprintln(\"héllo, 世界 🙂\")\n}\n"))
                .isNull();
    }

    @Test
    void anEmptyTextIsNotAProgram() {
        assertThat(SnippetText.problem("")).isEqualTo("is empty");
    }

    @Test
    void aNulIsReportedAtItsLineAndByteColumn() {
        assertThat(SnippetText.problem("package main\n// é\u0000"))
                .isEqualTo("has a NUL character at line 2, column 6 (Go source cannot hold one)");
    }

    @Test
    void anUnpairedSurrogateIsNotText() {
        assertThat(SnippetText.problem("package main\nvar s = \"\uD83D\""))
                .isEqualTo("has an unpaired surrogate (U+D83D) at line 2, column 10, which is not text (it has no"
                        + " UTF-8 form)");
        assertThat(SnippetText.problem("x\uDE42")).contains("U+DE42").contains("column 2");
    }

    @Test
    void lengthIsCountedInUtf8Bytes() {
        String text = "a é 世 🙂";
        assertThat(SnippetText.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}

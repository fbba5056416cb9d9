package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void columnsCountBytesAndATabCountsOne() {
        SourceFile f = SourceFile.of("package main\n\tx := \"größe\" + y\n");
        int y = f.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 2;
        assertThat(f.line(y)).isEqualTo(2);
        // tab, "x := " and the quoted word take 1 + 5 + 9 bytes (ö and ß are two bytes each), then " + ".
        assertThat(f.column(y)).isEqualTo(1 + 5 + 9 + 3 + 1);
        assertThat(f.position(y)).isEqualTo("prog.go:2:19");
    }

    @Test
    void offsetsAndPositionsRoundTrip() {
        SourceFile f = SourceFile.of("a\nbc\n\ndef");
        for (int off = 0; off <= f.size(); off++) {
            assertThat(f.offset(f.line(off), f.column(off))).isEqualTo(off);
        }
        assertThat(f.lineCount()).isEqualTo(4);
        assertThat(f.position(f.size())).isEqualTo("prog.go:4:4");
    }

    @Test
    void theEndOfTheFileIsAPositionButNothingBeyond() {
        SourceFile f = SourceFile.of("x");
        assertThat(f.position(1)).isEqualTo("prog.go:1:2");
        assertThatThrownBy(() -> f.line(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoneSurrogateBecomesInvalidUtf8RatherThanAQuestionMark() {
        SourceFile f = SourceFile.of("x\uD800y");
        assertThat(f.size()).isEqualTo(5);
        ErrorList errors = new ErrorList(f);
        Scanner.tokens(f, errors);
        assertThat(errors.errors()).first().hasToString("prog.go:1:2: invalid UTF-8 encoding");
    }

    @Test
    void aSupplementaryCharacterIsFourBytes() {
        assertThat(SourceFile.of("😀").size()).isEqualTo(4);
        assertThat(Node.utf8Length("a😀ö")).isEqualTo(7);
    }
}

package dev.chanscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The path of the value being read where JSON text breaks off, and where it first crosses a bound. */
class JsonScanTest {

    /** The path at the first {@code ^} of {@code marked} (the mark itself taken out). */
    private static String pathAtMark(String marked) {
        int at = marked.indexOf('^');
        return JsonScan.pathAt(marked.substring(0, at) + marked.substring(at + 1), at);
    }

    @Test
    void aPropertyNamedBeforeTheBreakIsPartOfThePath() {
        assertThat(pathAtMark("{\"seed\": ^tru}")).isEqualTo("seed");
        assertThat(pathAtMark("{\"seed\" ^3}")).isEqualTo("seed");
        assertThat(pathAtMark("{\"params\": {\"workers\": 4^x}}")).isEqualTo("params.workers");
    }

    @Test
    void betweenTwoPropertiesThePathIsTheObject() {
        assertThat(pathAtMark("{\"a\": 1,^, }")).isEqualTo("$");
        assertThat(pathAtMark("{\"a\": {\"b\": 1, ^\"c}}")).isEqualTo("a");
    }

    @Test
    void arrayElementsAreNumberedFromTheFirstValue() {
        assertThat(pathAtMark("[^")).isEqualTo("$");
        assertThat(pathAtMark("[1, 2^")).isEqualTo("[1]");
        assertThat(pathAtMark("[1,^")).isEqualTo("[1]");
        assertThat(pathAtMark("{\"i\": [{\"k\": 1}, {\"k\": ^nope}]}")).isEqualTo("i[1].k");
    }

    @Test
    void stringsAreSkippedWithTheirEscapes() {
        assertThat(pathAtMark("{\"a\\\"b,[\": {\"x\": \"}],\\\\\", \"y\": ^?}}"))
                .isEqualTo("a\"b,[.y");
    }

    @Test
    void theFirstStringOverTheLimitIsFoundCountingUtf16UnitsOfUtf8Bytes() {
        // 70,000 four-byte characters are 140,000 UTF-16 units: over 131,072. 130,000 é (260,000
        // bytes) are not.
        String json = "{\"ok\": \"" + "é".repeat(130_000) + "\", \"long\": \"" + "😀".repeat(70_000) + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonScan.Stop over = JsonScan.firstOverLimit(new String(bytes, StandardCharsets.ISO_8859_1), true);
        assertThat(over.over()).isEqualTo(JsonScan.Over.STRING);
        assertThat(over.path()).isEqualTo("long");
        assertThat(over.offset()).isEqualTo(8 + 260_000 + 11);
        assertThat(JsonScan.firstOverLimit(json, false).path()).isEqualTo("long");
    }

    @Test
    void tooLongANumberAndTooDeepANestingAreFoundToo() {
        JsonScan.Stop number = JsonScan.firstOverLimit("{\"seed\": " + "9".repeat(101) + "}", false);
        assertThat(number.over()).isEqualTo(JsonScan.Over.NUMBER);
        assertThat(number.offset()).isEqualTo(9);
        assertThat(number.path()).isEqualTo("seed");
        assertThat(JsonScan.firstOverLimit("[".repeat(64) + "]".repeat(64), false))
                .isNull();
        assertThat(JsonScan.firstOverLimit("[".repeat(65), false).offset()).isEqualTo(64);
    }

    @Test
    void linesAndColumnsCountFromOne() {
        assertThat(JsonScan.lineAndColumn("{\n  \"a\": x", 9)).containsExactly(2, 8);
        assertThat(JsonScan.lineAndColumn("x", 0)).containsExactly(1, 1);
    }
}

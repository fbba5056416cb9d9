package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void aStringLiteralIsItsBytesOneCharPerByte() {
        assertThat(Literals.unquote("\"a\\tb\"")).isEqualTo("a\tb");
        assertThat(Literals.unquote("\"\\xff\\101\"")).isEqualTo("\u00ffA"); // single bytes
        assertThat(Literals.unquote("\"\\u00e9\"")).isEqualTo("\u00c3\u00a9"); // é as its two UTF-8 bytes
        assertThat(Literals.unquote("\"é\"")).isEqualTo("\u00c3\u00a9");
        assertThat(Literals.decodeUtf8(Literals.unquote("\"\\U0001F600\""))).isEqualTo("😀");
        assertThat(Literals.unquote("`raw\\n`")).isEqualTo("raw\\n");
    }

    @Test
    void anInvalidStringLiteralHasNoValue() {
        assertThat(Literals.unquote("\"\\q\"")).isNull();
        assertThat(Literals.unquote("\"\\400\"")).isNull();
        assertThat(Literals.unquote("\"\\uD800\"")).isNull();
        assertThat(Literals.unquote("\"open")).isNull();
    }

    @Test
    void aRuneLiteralIsItsCodePoint() {
        assertThat(Literals.unquoteRune("'a'")).isEqualTo('a');
        assertThat(Literals.unquoteRune("'\\n'")).isEqualTo('\n');
        assertThat(Literals.unquoteRune("'\\xff'")).isEqualTo(255);
        assertThat(Literals.unquoteRune("'\\u00e9'")).isEqualTo(0xE9);
        assertThat(Literals.unquoteRune("'😀'")).isEqualTo(0x1F600);
        assertThat(Literals.unquoteRune("'\\''")).isEqualTo('\'');
        assertThat(Literals.unquoteRune("'ab'")).isEqualTo(-1);
    }

    @Test
    void gofmtSpellsNumbersInLowerCase() {
        assertThat(Literals.normalizedNumber(Token.INT, "0XFF")).isEqualTo("0xFF");
        assertThat(Literals.normalizedNumber(Token.FLOAT, "1E6")).isEqualTo("1e6");
        assertThat(Literals.normalizedNumber(Token.FLOAT, "0X1P-2")).isEqualTo("0x1p-2");
        assertThat(Literals.normalizedNumber(Token.IMAG, "0765i")).isEqualTo("765i");
        assertThat(Literals.normalizedNumber(Token.IMAG, "00i")).isEqualTo("0i");
        assertThat(Literals.normalizedNumber(Token.INT, "017")).isEqualTo("017");
    }

    @Test
    void inspectorVisitsInSourceOrderAndCanPrune() {
        ParseResult r = Parser.parse("package p\nfunc f() { a(b, c); d := func() { e() } }\n");
        List<String> names = new ArrayList<>();
        Inspector.inspect(r.file(), n -> {
            if (n instanceof Expr.Ident id) {
                names.add(id.name());
            }
            return !(n instanceof Expr.FuncLit);
        });
        assertThat(names).containsExactly("p", "f", "a", "b", "c", "d");
    }
}

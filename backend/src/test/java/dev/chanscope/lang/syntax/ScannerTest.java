package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScannerTest {

    /** Tokens as "kind" or "kind:literal", space-separated. */
    private static String scan(String src) {
        SourceFile f = SourceFile.of(src);
        ErrorList errors = new ErrorList(f);
        List<Lexeme> tokens = Scanner.tokens(f, errors);
        assertThat(errors.errors()).as("errors scanning %s", src).isEmpty();
        return tokens.stream()
                .map(t -> t.literal() == null ? t.token().name() : t.token().name() + ":" + t.literal())
                .collect(Collectors.joining(" "));
    }

    private static List<String> errors(String src) {
        SourceFile f = SourceFile.of(src);
        ErrorList errors = new ErrorList(f);
        Scanner.tokens(f, errors);
        return errors.errors().stream().map(SourceError::toString).toList();
    }

    @Test
    void aNewlineAfterAnIdentifierLiteralOrClosingTokenIsASemicolon() {
        assertThat(scan("x\n")).isEqualTo("IDENT:x SEMICOLON:newline EOF");
        assertThat(scan("f()\n")).isEqualTo("IDENT:f LPAREN RPAREN SEMICOLON:newline EOF");
        assertThat(scan("return\nbreak\n")).isEqualTo("RETURN SEMICOLON:newline BREAK SEMICOLON:newline EOF");
        assertThat(scan("i++\n")).isEqualTo("IDENT:i INC SEMICOLON:newline EOF");
        assertThat(scan("'a'\n")).isEqualTo("CHAR:'a' SEMICOLON:newline EOF");
    }

    @Test
    void aNewlineAfterAnOperatorOrOpeningTokenIsNotASemicolon() {
        assertThat(scan("x +\ny")).isEqualTo("IDENT:x ADD IDENT:y SEMICOLON:EOF EOF");
        assertThat(scan("f(\n")).isEqualTo("IDENT:f LPAREN EOF");
        assertThat(scan("if\n")).isEqualTo("IF EOF");
    }

    @Test
    void theEndOfTheFileEndsALineToo() {
        assertThat(scan("x")).isEqualTo("IDENT:x SEMICOLON:EOF EOF");
    }

    @Test
    void aLineCommentAfterAnIdentifierStillEndsTheStatementAtTheNewline() {
        SourceFile f = SourceFile.of("x // note\ny");
        List<Lexeme> t = Scanner.tokens(f, new ErrorList(f));
        assertThat(t.get(1)).isEqualTo(new Lexeme(Token.SEMICOLON, 9, "newline"));
    }

    @Test
    void aBlockCommentSpanningLinesEndsTheStatementAtTheComment() {
        SourceFile f = SourceFile.of("x /* a\nb */ y");
        List<Lexeme> t = Scanner.tokens(f, new ErrorList(f));
        assertThat(t.get(1)).isEqualTo(new Lexeme(Token.SEMICOLON, 2, "newline"));
        assertThat(scan("x /* a */ y")).isEqualTo("IDENT:x IDENT:y SEMICOLON:EOF EOF");
    }

    @Test
    void commentsAreKeptInOrderWithoutCarriageReturns() {
        SourceFile f = SourceFile.of("// one\r\nx /* two */\n");
        Scanner s = new Scanner(f, new ErrorList(f));
        do {
            s.next();
        } while (s.token() != Token.EOF);
        assertThat(s.comments()).containsExactly(new Comment(0, "// one"), new Comment(10, "/* two */"));
    }

    @Test
    void everyOperatorIsOneToken() {
        assertThat(scan("+ += ++ - -= -- * *= / /= % %= & &= && &^ &^= | |= || ^ ^= << <<= >> >>="))
                .isEqualTo("ADD ADD_ASSIGN INC SUB SUB_ASSIGN DEC MUL MUL_ASSIGN QUO QUO_ASSIGN REM REM_ASSIGN AND"
                        + " AND_ASSIGN LAND AND_NOT AND_NOT_ASSIGN OR OR_ASSIGN LOR XOR XOR_ASSIGN SHL SHL_ASSIGN SHR"
                        + " SHR_ASSIGN EOF");
        assertThat(scan("< <= <- > >= = == ! != := : ... . ~ ( ) [ ] { } , ;"))
                .isEqualTo("LSS LEQ ARROW GTR GEQ ASSIGN EQL NOT NEQ DEFINE COLON ELLIPSIS PERIOD TILDE LPAREN RPAREN"
                        + " LBRACK RBRACK LBRACE RBRACE COMMA SEMICOLON:semicolon EOF");
    }

    @Test
    void twoPeriodsAreTwoTokens() {
        assertThat(scan("a..b")).isEqualTo("IDENT:a PERIOD PERIOD IDENT:b SEMICOLON:EOF EOF");
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("42", Token.INT),
                Arguments.of("1_000_000", Token.INT),
                Arguments.of("0x_FF", Token.INT),
                Arguments.of("0o17", Token.INT),
                Arguments.of("0O17", Token.INT),
                Arguments.of("017", Token.INT),
                Arguments.of("0b1010", Token.INT),
                Arguments.of("0.5", Token.FLOAT),
                Arguments.of(".5", Token.FLOAT),
                Arguments.of("1.", Token.FLOAT),
                Arguments.of("1e9", Token.FLOAT),
                Arguments.of("6.02E+23", Token.FLOAT),
                Arguments.of("0x1p-2", Token.FLOAT),
                Arguments.of("0x1.8p1", Token.FLOAT),
                Arguments.of("0X_1FFFP-16", Token.FLOAT),
                Arguments.of("1i", Token.IMAG),
                Arguments.of("0.5i", Token.IMAG),
                Arguments.of("0x1p3i", Token.IMAG),
                Arguments.of("'a'", Token.CHAR),
                Arguments.of("'\\n'", Token.CHAR),
                Arguments.of("'\\x41'", Token.CHAR),
                Arguments.of("'\\u00e9'", Token.CHAR),
                Arguments.of("'\\U0001F600'", Token.CHAR),
                Arguments.of("'\\''", Token.CHAR),
                Arguments.of("'ö'", Token.CHAR),
                Arguments.of("\"a\\tb\\\"c\"", Token.STRING),
                Arguments.of("`raw \\n`", Token.STRING));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("literals")
    void literalsScanAsOneTokenOfTheirKind(String literal, Token kind) {
        assertThat(scan(literal)).isEqualTo(kind.name() + ":" + literal + " SEMICOLON:EOF EOF");
    }

    @Test
    void identifiersMayUseAnyLetter() {
        assertThat(scan("größe _x π2")).isEqualTo("IDENT:größe IDENT:_x IDENT:π2 SEMICOLON:EOF EOF");
    }

    @Test
    void keywordsAreNotIdentifiers() {
        assertThat(scan("func go chan")).isEqualTo("FUNC GO CHAN EOF");
    }

    @Test
    void carriageReturnsInARawStringAreDropped() {
        assertThat(scan("`a\r\nb`")).isEqualTo("STRING:`a\nb` SEMICOLON:EOF EOF");
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        SourceFile f = SourceFile.of("\uFEFFpackage p");
        List<Lexeme> t = Scanner.tokens(f, new ErrorList(f));
        assertThat(t.getFirst()).isEqualTo(new Lexeme(Token.PACKAGE, 3, null));
        assertThat(errors("\uFEFFx \uFEFF")).containsExactly("prog.go:1:6: invalid BOM in the middle of the file");
    }

    @Test
    void malformedLiteralsAreReportedWhereGoReportsThem() {
        assertThat(errors("0x")).containsExactly("prog.go:1:3: hexadecimal literal has no digits");
        assertThat(errors("09")).containsExactly("prog.go:1:2: invalid digit '9' in octal literal");
        assertThat(errors("1__2")).containsExactly("prog.go:1:3: '_' must separate successive digits");
        assertThat(errors("1e+")).containsExactly("prog.go:1:4: exponent has no digits");
        assertThat(errors("0b1e2")).containsExactly("prog.go:1:4: 'e' exponent requires decimal mantissa");
        assertThat(errors("1p2")).containsExactly("prog.go:1:2: 'p' exponent requires hexadecimal mantissa");
        assertThat(errors("'\\z'")).containsExactly("prog.go:1:3: unknown escape");
        assertThat(errors("\"abc")).containsExactly("prog.go:1:1: string not terminated");
        assertThat(errors("'ab")).containsExactly("prog.go:1:1: rune literal not terminated");
        assertThat(errors("\"abc\n")).containsExactly("prog.go:1:5: newline in string");
        assertThat(errors("'\\u12'")).containsExactly("prog.go:1:6: invalid character '\\'' in hexadecimal escape");
    }

    @Test
    void invalidCharactersAreReportedAndSkipped() {
        assertThat(errors("a ? b")).containsExactly("prog.go:1:3: invalid character U+003F '?'");
        assertThat(errors("a \u0007 b")).containsExactly("prog.go:1:3: invalid character U+0007");
    }
}

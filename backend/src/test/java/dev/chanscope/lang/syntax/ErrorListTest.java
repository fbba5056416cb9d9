package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorListTest {

    private static final SourceFile FILE = SourceFile.of("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n");

    private static int line(int n) {
        return FILE.lineStart(n);
    }

    @Test
    void onlyTheFirstSyntaxErrorOfALineIsKept() {
        ErrorList e = new ErrorList(FILE);
        e.add(line(2) + 1, "syntax error: second");
        e.add(line(2), "syntax error: first");
        assertThat(e.errors()).extracting(SourceError::message).containsExactly("syntax error: second");
        assertThat(e.syntaxErrors()).isEqualTo(2);
    }

    @Test
    void aRepeatedOtherErrorOnTheSameLineIsDroppedButADifferentOneIsKept() {
        ErrorList e = new ErrorList(FILE);
        e.add(line(1), "x declared but not used");
        e.add(line(1), "x declared but not used");
        e.add(line(1), "undefined: y");
        assertThat(e.errors())
                .extracting(SourceError::message)
                .containsExactly("x declared but not used", "undefined: y");
        assertThat(e.syntaxErrors()).isZero();
    }

    @Test
    void errorsAreSortedByPosition() {
        ErrorList e = new ErrorList(FILE);
        e.add(line(3), "later");
        e.add(line(1), "earlier");
        assertThat(e.errors()).extracting(SourceError::line).containsExactly(1, 3);
    }

    @Test
    void theTenthErrorEndsTheListWithTooManyErrorsAtItsPosition() {
        ErrorList e = new ErrorList(FILE);
        for (int i = 12; i >= 4; i--) {
            assertThat(e.add(line(i), "problem " + i)).isTrue();
        }
        assertThat(e.add(line(2), "the tenth")).isFalse();
        assertThat(e.full()).isTrue();
        assertThat(e.add(line(1), "ignored")).isFalse();
        assertThat(e.errors()).hasSize(11);
        assertThat(e.errors().getFirst()).hasToString("prog.go:2:1: the tenth");
        assertThat(e.errors().getLast()).hasToString("prog.go:2:1: too many errors");
    }
}

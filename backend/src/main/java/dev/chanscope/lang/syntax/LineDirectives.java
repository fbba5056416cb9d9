package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //line file:line[:col]} and {@code /*line ...*&#47;} directives of a file, as
 * cmd/compile applies them: from the position just after a directive, positions are reported
 * relative to the file, line and (when given) column it names; without a column, messages show
 * {@code file:line} only. Errors still sort by where they are in the source.
 */
final class LineDirectives {

    /** Positions from {@code from} on count from {@code line:col} in {@code filename}; col 0: none. */
    record Base(int from, String filename, int line, int col, int absLine, int absCol) {}

    private static final long POS_MAX = 1L << 30;

    private final SourceFile file;
    private final List<Base> bases = new ArrayList<>();

    LineDirectives(SourceFile file) {
        this.file = file;
        bases.add(new Base(0, file.name(), 1, 1, 1, 1));
    }

    private Base baseAt(int offset) {
        for (int i = bases.size() - 1; i > 0; i--) {
            if (bases.get(i).from() <= offset) {
                return bases.get(i);
            }
        }
        return bases.getFirst();
    }

    /** Which base a position belongs to (cmd/compile keeps one syntax error per line and base). */
    int baseIndex(int offset) {
        return bases.indexOf(baseAt(offset));
    }

    SourceError error(int offset, String message) {
        Base b = baseAt(offset);
        int line = file.line(offset);
        int col = file.column(offset);
        int relLine = b.line() + (line - b.absLine());
        int relCol = b.col() == 0 ? 0 : line == b.absLine() ? b.col() + (col - b.absCol()) : col;
        return new SourceError(b.filename(), offset, relLine, relCol, message);
    }

    /**
     * A directive comment read by the scanner: {@code text} is what follows {@code line }, {@code
     * textPos} its offset, {@code after} the offset the new base starts at. Malformed numbers are
     * reported into {@code errors}; text without a colon is not a directive.
     */
    void directive(String text, int textPos, int after, ErrorList errors) {
        int i = text.lastIndexOf(':') + 1;
        if (i == 0) {
            return;
        }
        long n = parseUint(text.substring(i));
        if (n < 0) {
            errors.add(textPos + i, "invalid line number: " + text.substring(i));
            return;
        }
        long line;
        long col = 0;
        String rest = text.substring(0, i - 1);
        int i2 = rest.lastIndexOf(':') + 1;
        long n2 = i2 == 0 ? -1 : parseUint(rest.substring(i2));
        boolean withCol = n2 >= 0;
        if (withCol) {
            line = n2;
            col = n;
            if (col == 0 || col > POS_MAX) {
                errors.add(textPos + i, "invalid column number: " + text.substring(i));
                return;
            }
            text = rest;
            i = i2;
        } else {
            line = n;
        }
        if (line == 0 || line > POS_MAX) {
            errors.add(textPos + i, "invalid line number: " + text.substring(i));
            return;
        }
        String filename = text.substring(0, i - 1);
        if (filename.isEmpty() && withCol) {
            filename = baseAt(textPos).filename();
        }
        int absLine = after >= file.size() ? file.lineCount() : file.line(after);
        int absCol = after >= file.size() ? 1 : file.column(after);
        bases.add(new Base(after, filename, (int) line, (int) col, absLine, absCol));
    }

    /** A decimal without sign below 2^64, or -1. */
    private static long parseUint(String s) {
        if (s.isEmpty() || s.length() > 19) {
            return -1;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
    }
}

package dev.chanscope.lang.syntax;

/**
 * A compile error at a position of a source file, printed as Go prints it: {@code
 * prog.go:5:2: syntax error: unexpected newline, expecting comma or }}.
 *
 * @param file the file name shown (a {@code //line} directive may name another)
 * @param offset byte offset of the position in the source
 * @param line 1-based line as shown
 * @param column 1-based column as shown, counting bytes; 0 when a {@code //line} directive gave no
 *     column, and then it is not printed
 */
public record SourceError(String file, int offset, int line, int column, String message) {

    static SourceError at(SourceFile file, int offset, String message) {
        return new SourceError(file.name(), offset, file.line(offset), file.column(offset), message);
    }

    @Override
    public String toString() {
        return column == 0 ? file + ":" + line + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}

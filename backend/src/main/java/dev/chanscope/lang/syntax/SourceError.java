package dev.chanscope.lang.syntax;

/**
 * A compile error at a position of a source file, printed as Go prints it: {@code
 * prog.go:5:2: syntax error: unexpected newline, expecting comma or }}.
 *
 * @param offset byte offset of the position in the file
 * @param line 1-based line
 * @param column 1-based column, counting bytes
 */
public record SourceError(String file, int offset, int line, int column, String message) {

    static SourceError at(SourceFile file, int offset, String message) {
        return new SourceError(file.name(), offset, file.line(offset), file.column(offset), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}

package dev.chanscope.lang.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Formats Go source exactly as Go 1.19's gofmt does (and the playground's {@code /fmt}): imports
 * sorted within their blocks, tabs for indentation and spaces for alignment, comments kept where
 * they were, at most one blank line in a row, number literals in canonical form.
 *
 * <p>A program with syntax errors is not formatted: the result then carries the errors.
 */
public final class GoFormatter {

    private GoFormatter() {}

    /** The formatted text, or the errors that prevented formatting. */
    public record Result(String text, List<SourceError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result format(String source) {
        return format(SourceFile.of(source));
    }

    public static Result format(SourceFile source) {
        ErrorList errors = new ErrorList(source);
        GoFile file = Parser.parse(source, errors, false);
        if (file == null || !errors.isEmpty()) {
            return new Result(null, errors.errors());
        }
        return new Result(format(file), List.of());
    }

    /** Formats a tree parsed without errors. */
    public static String format(GoFile file) {
        LineTable lines = new LineTable(file.source());
        GoFile sorted = ImportSorter.sort(file, lines);
        return new String(GoPrinter.printFile(sorted, lines), StandardCharsets.UTF_8);
    }
}

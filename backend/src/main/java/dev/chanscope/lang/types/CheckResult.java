package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.SourceError;
import java.util.List;

/**
 * The outcome of checking one file: the syntax tree (null when it could not be parsed far enough),
 * the package and its {@link Info} (null when checking did not run), and every compile error —
 * syntax and type errors in one list, as {@code go build} prints them (sorted, at most ten, then
 * {@code too many errors}).
 */
public record CheckResult(GoFile file, Package pkg, Info info, List<SourceError> errors) {

    public CheckResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty() && pkg != null;
    }

    /** The errors one per line as Go prints them ({@code prog.go:5:2: message}). */
    public String errorText() {
        StringBuilder b = new StringBuilder();
        for (SourceError e : errors) {
            b.append(e).append('\n');
        }
        return b.toString();
    }
}

package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * A parsed file and the errors found. {@code file} is null when Go would not go on to type-check
 * (a broken package clause, or too many errors).
 */
public record ParseResult(GoFile file, ErrorList errorList) {

    public List<SourceError> errors() {
        return errorList.errors();
    }

    /** True when there are no errors at all. */
    public boolean ok() {
        return file != null && errorList.isEmpty();
    }
}

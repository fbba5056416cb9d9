package dev.chanscope.snippet.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A snippet request that gets a problem document: its status, its code (the last segment of the
 * problem's {@code type}) and the {@code errors} entries that say where.
 */
final class SnippetProblem extends RuntimeException {

    final HttpStatus status;
    final String code;
    final List<Map<String, Object>> errors;

    SnippetProblem(HttpStatus status, String code, String message, List<Map<String, Object>> errors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    /** One problem at {@code path} ({@code source}, {@code id}, {@code $} for the whole body). */
    static SnippetProblem at(HttpStatus status, String code, String path, String message) {
        return new SnippetProblem(status, code, message, List.of(Map.of("path", path, "message", message)));
    }
}

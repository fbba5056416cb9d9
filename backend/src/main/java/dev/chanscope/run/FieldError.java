package dev.chanscope.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem with a request: where it is (a JSON path such as {@code run.params.workers}) and what.
 * A problem inside program text (a compile error in a {@code source} field) also says where in that
 * text: its 1-based {@code line} and {@code column}; both are 0 otherwise.
 */
public record FieldError(String path, String message, int line, int column) {

    public FieldError(String path, String message) {
        this(path, message, 0, 0);
    }

    /** A problem at {@code line}:{@code column} of the program text in the field at {@code path}. */
    public static FieldError inText(String path, int line, int column, String message) {
        return new FieldError(path, message, line, column);
    }

    /** As the wire and problem documents carry it: path, message, and line and column when known. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("message", message);
        if (line > 0) {
            m.put("line", line);
            m.put("column", column);
        }
        return m;
    }
}

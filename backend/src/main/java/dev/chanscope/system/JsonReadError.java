package dev.chanscope.system;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Where a JSON document could not be read, for the error a client gets: the 1-based line and column,
 * the path of the value being read there ({@code params.workers}, {@code interventions[1].kind}, {@code
 * $} for the document itself: the same paths as run-request errors), and what was wrong.
 *
 * @param line 1-based, or 0 when unknown
 * @param column 1-based (in characters, or bytes for a document read from bytes), or 0 when unknown
 */
public record JsonReadError(String path, int line, int column, String message) {

    /** What a client is told about {@code e}, thrown while reading {@code text}. */
    public static JsonReadError of(JacksonException e, String text) {
        return of(e, text, false);
    }

    /** What a client is told about {@code e}, thrown while reading {@code json} (UTF-8). */
    public static JsonReadError of(JacksonException e, byte[] json) {
        return of(e, new String(json, StandardCharsets.ISO_8859_1), true);
    }

    private static JsonReadError of(JacksonException e, CharSequence text, boolean fromBytes) {
        TokenStreamLocation at = e.getLocation();
        long offset = at == null ? -1 : fromBytes ? at.getByteOffset() : at.getCharOffset();
        if (offset >= 0 && at.getLineNr() > 0) {
            String path = JsonScan.pathAt(text, (int) Math.min(offset, text.length()));
            return new JsonReadError(path, at.getLineNr(), at.getColumnNr(), clip(jacksonMessage(e)));
        }
        // The parser names a bound it met (nesting, string or number length) but not where: find it.
        JsonScan.Stop over = e instanceof StreamConstraintsException ? JsonScan.firstOverLimit(text, fromBytes) : null;
        if (over == null) {
            return new JsonReadError("$", 0, 0, clip(jacksonMessage(e)));
        }
        int[] lineColumn = JsonScan.lineAndColumn(text, over.offset());
        String what = switch (over.over()) {
            case NESTING -> "nested deeper than " + JsonLimits.MAX_NESTING + " levels, the most allowed";
            case STRING -> "a string longer than " + JsonLimits.MAX_STRING_LENGTH + " characters, the most allowed";
            case NUMBER -> "a number longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters, the most allowed";
        };
        return new JsonReadError(over.path(), lineColumn[0], lineColumn[1], what);
    }

    private static String jacksonMessage(JacksonException e) {
        return e.getOriginalMessage() == null
                ? "not valid JSON"
                : e.getOriginalMessage().strip();
    }

    /** "line 3, column 14 (params): …", for a one-line message. */
    public String describe() {
        String where = line == 0 ? "" : "line " + line + ", column " + column;
        if (!path.equals("$")) {
            where += (where.isEmpty() ? "" : " ") + "(" + path + ")";
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    /** {@code {path, message, line, column}}, as an entry of an {@code errors} list. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("message", message);
        m.put("line", line);
        m.put("column", column);
        return m;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

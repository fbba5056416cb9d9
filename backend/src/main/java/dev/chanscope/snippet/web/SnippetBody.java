package dev.chanscope.snippet.web;

import dev.chanscope.snippet.SnippetText;
import dev.chanscope.system.JsonReadError;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/snippets}: {@code {"source": "<Go text>"}} and nothing else. A
 * program is larger than the 64 KiB that other request bodies get, so this reader has its own bound:
 * {@value #MAX_BODY_BYTES} bytes, the longest JSON a {@value SnippetText#MAX_BYTES}-byte source can be
 * written as (every byte a six-character escape), plus room for the envelope. Nesting and numbers
 * stay as bounded as in every other document the server reads.
 */
final class SnippetBody {

    static final int MAX_BODY_BYTES = 6 * SnippetText.MAX_BYTES + 4096;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_BODY_BYTES)
                            .maxStringLength(MAX_BODY_BYTES)
                            .maxNestingDepth(64)
                            .maxNumberLength(100)
                            .build())
                    .build())
            .build();

    private SnippetBody() {}

    /** The {@code source} of the body, as sent (checked as a program by {@code Snippets.save}). */
    static String source(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw SnippetProblem.at(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "$",
                    "the request body is over the limit of " + MAX_BODY_BYTES + " bytes; a snippet holds at most "
                            + SnippetText.MAX_BYTES + " bytes (64 KiB) of source");
        }
        if (body.length == 0) {
            throw SnippetProblem.at(
                    HttpStatus.BAD_REQUEST,
                    "missing-body",
                    "$",
                    "the request needs a body: {\"source\": \"<Go text>\"}");
        }
        JsonNode doc;
        try {
            doc = JSON.readTree(body);
        } catch (JacksonException e) {
            JsonReadError where = JsonReadError.of(e, body);
            throw new SnippetProblem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "the request body is not valid JSON: " + where.describe(),
                    List.of(where.asMap()));
        }
        if (doc == null || !doc.isObject()) {
            throw invalid("$", "the body must be a JSON object: {\"source\": \"<Go text>\"}");
        }
        for (String name : doc.propertyNames()) {
            if (!name.equals("source")) {
                throw invalid(name, "unknown field \"" + name + "\"; a snippet body has only \"source\"");
            }
        }
        JsonNode source = doc.get("source");
        if (source == null || source.isNull()) {
            throw invalid("source", "source is required: the program's text");
        }
        if (!source.isString()) {
            String kind = source.isNumber()
                    ? "a number"
                    : source.isBoolean() ? "a boolean" : source.isArray() ? "an array" : "an object";
            throw invalid("source", "source must be a string (the program's text), got " + kind);
        }
        return source.asString();
    }

    static SnippetProblem invalid(String path, String message) {
        return SnippetProblem.at(HttpStatus.BAD_REQUEST, "invalid-request", path, message);
    }
}

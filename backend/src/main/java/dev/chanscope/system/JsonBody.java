package dev.chanscope.system;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a REST request's JSON body within {@link JsonLimits}: at most 448 KiB (a longer body is refused
 * unread beyond the limit), and a body that is not JSON is reported with where it broke off. Reading
 * the bytes first is what lets the error name the path as well as the line and column.
 */
@Component
public class JsonBody {

    private final JsonMapper json;

    JsonBody(JsonMapper json) {
        this.json = json;
    }

    /** The body as plain Java values (maps, lists, strings, numbers, booleans, null). */
    public Object read(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) JsonLimits.MAX_DOCUMENT_BYTES + 1);
        if (body.length > JsonLimits.MAX_DOCUMENT_BYTES) {
            throw new TooLarge();
        }
        if (body.length == 0) {
            throw new Missing();
        }
        try {
            return json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new Malformed(JsonReadError.of(e, body));
        }
    }

    /** The body is longer than {@link JsonLimits#MAX_DOCUMENT_BYTES}. */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(
                    "the request body is over the limit of " + JsonLimits.MAX_DOCUMENT_BYTES + " bytes ("
                            + JsonLimits.MAX_DOCUMENT_BYTES / 1024 + " KiB)",
                    null,
                    false,
                    false);
        }
    }

    /** There is no body. */
    public static final class Missing extends RuntimeException {
        Missing() {
            super("the request needs a body: a JSON object", null, false, false);
        }
    }

    /** The body is not JSON (or breaks one of {@link JsonLimits}' bounds on nesting, strings, numbers). */
    public static final class Malformed extends RuntimeException {
        private final JsonReadError where;

        Malformed(JsonReadError where) {
            super("the request body is not valid JSON: " + where.describe(), null, false, false);
            this.where = where;
        }

        public JsonReadError where() {
            return where;
        }
    }
}

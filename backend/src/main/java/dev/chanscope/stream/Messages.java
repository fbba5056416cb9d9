package dev.chanscope.stream;

import dev.chanscope.engine.Finding;
import dev.chanscope.engine.RunResult;
import dev.chanscope.run.FieldError;
import dev.chanscope.system.JsonReadError;
import dev.chanscope.wire.EventSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** The JSON control messages of docs/protocol.md, built as ordered maps for Jackson to write. */
public final class Messages {

    /** The newest protocol version; version 1 (the same without schema caching) is still served. */
    static final int PROTOCOL_VERSION = 2;

    static final int OLDEST_PROTOCOL_VERSION = 1;

    private Messages() {}

    /**
     * {@code meta}: the run admitted; {@code extra} says where streaming starts (resumeFrom, divergedAt).
     * The schema is left out when the client already holds the one named {@link #SCHEMA_ID}.
     */
    static Map<String, Object> meta(RunStream s, Map<String, Object> extra, int version, boolean withSchema) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "meta");
        m.put("v", version);
        m.put("runId", s.runId());
        m.put("run", s.prepared().normalized());
        m.putAll(extra);
        m.put("schemaId", SCHEMA_ID);
        if (withSchema) {
            m.put("schema", SCHEMA_JSON); // the same for every run: serialised once
        }
        return m;
    }

    static Map<String, Object> end(RunStream s) {
        RunResult r = s.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "end");
        m.put("runId", s.runId());
        m.put("events", r.events());
        m.put("digest", s.digest());
        m.put("endTime", r.endTime());
        m.put("outcome", r.outcome().wireName());
        m.put("diagnostics", diagnostics(r.findings()));
        return m;
    }

    static Map<String, Object> error(String code, String message, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "error");
        m.put("code", code);
        m.put("message", message);
        if (path != null) {
            m.put("path", path);
        }
        return m;
    }

    /** {@code malformed-json}: where the text stopped being JSON (line, column, path) and why. */
    static Map<String, Object> malformed(JsonReadError where) {
        Map<String, Object> m =
                error("malformed-json", "the message is not valid JSON: " + where.describe(), where.path());
        m.put("errors", List.of(where.asMap()));
        return m;
    }

    static Map<String, Object> invalid(List<FieldError> errors) {
        Map<String, Object> m =
                error("invalid-request", summary(errors), errors.getFirst().path());
        m.put("errors", errors.stream().map(FieldError::asMap).toList());
        return m;
    }

    static Map<String, Object> pong() {
        return Map.of("type", "pong");
    }

    /** The findings of a run as {@code end} and {@code POST /api/runs} list them. */
    public static List<Map<String, Object>> diagnostics(List<Finding> findings) {
        return findings.stream()
                .map(f -> {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("kind", f.kind().wireName());
                    d.put("message", f.message());
                    d.put("goroutines", f.goroutines());
                    d.put("objects", f.objects());
                    d.put("labels", f.labels());
                    d.put("seq", f.seq());
                    d.put("time", f.time());
                    d.put("seed", f.seed());
                    return d;
                })
                .toList();
    }

    /** The event schema as sent in {@code meta}; computed once. */
    static Map<String, Object> schema() {
        return SCHEMA;
    }

    private static final Map<String, Object> SCHEMA = buildSchema();

    private static final String SCHEMA_TEXT = JsonMapper.builder().build().writeValueAsString(SCHEMA);

    private static final RawValue SCHEMA_JSON = new RawValue(SCHEMA_TEXT);

    /**
     * Names the schema's exact content (its version and the first 64 bits of the SHA-256 of its JSON),
     * so a client can keep a schema and skip it in later {@code meta} messages (protocol version 2).
     */
    public static final String SCHEMA_ID = schemaId(SCHEMA_TEXT);

    private static String schemaId(String json) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return EventSchema.VERSION + "-" + HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Map<String, Object> buildSchema() {
        EventSchema schema = EventSchema.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", EventSchema.VERSION);
        m.put(
                "events",
                schema.types().stream()
                        .map(t -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("code", t.code());
                            e.put("name", t.name());
                            e.put(
                                    "fields",
                                    t.fields().stream()
                                            .map(f -> {
                                                Map<String, Object> x = new LinkedHashMap<>();
                                                x.put("name", f.name());
                                                x.put("type", f.type().name());
                                                if (f.enumName() != null) {
                                                    x.put("enum", f.enumName());
                                                }
                                                return x;
                                            })
                                            .toList());
                            return e;
                        })
                        .toList());
        m.put("enums", schema.enums());
        return m;
    }

    private static String summary(List<FieldError> errors) {
        FieldError first = errors.getFirst();
        String s = first.path() + ": " + first.message();
        return errors.size() == 1 ? s : s + " (and " + (errors.size() - 1) + " more)";
    }
}

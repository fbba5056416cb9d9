package dev.chanscope.stream;

import dev.chanscope.engine.Finding;
import dev.chanscope.engine.RunResult;
import dev.chanscope.run.FieldError;
import dev.chanscope.system.JsonReadError;
import dev.chanscope.wire.EventSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        m.put("exitCode", r.exitCode());
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

    /** The event schema as sent in {@code meta}: its JSON, written once (docs/protocol.md). */
    private static final RawValue SCHEMA_JSON = new RawValue(EventSchema.get().json());

    /** Names the schema's exact content, so a client can keep it (protocol version 2; see EventSchema#id). */
    public static final String SCHEMA_ID = EventSchema.get().id();

    private static String summary(List<FieldError> errors) {
        FieldError first = errors.getFirst();
        String s = first.path() + ": " + first.message();
        return errors.size() == 1 ? s : s + " (and " + (errors.size() - 1) + " more)";
    }
}

package dev.chanscope.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's JSON (what {@code meta} carries, and what its {@code schemaId} hashes) is the schema's
 * types and enums written as Jackson writes them, byte for byte: so the id a client holds names
 * exactly the text it was sent.
 */
class EventSchemaJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSchemaJsonIsItsTypesAndEnumsAsJacksonWritesThem() {
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
        assertThat(schema.json()).isEqualTo(JSON.writeValueAsString(m));
    }

    @Test
    void theIdIsTheVersionAndSixteenHexDigitsOfTheJsonsHash() {
        String id = EventSchema.get().id();
        assertThat(id).matches(EventSchema.VERSION + "-[0-9a-f]{16}");
        assertThat(JSON.readTree(EventSchema.get().json()).get("events").size())
                .isEqualTo(EventSchema.get().types().size());
    }
}

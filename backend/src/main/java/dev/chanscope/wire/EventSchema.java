package dev.chanscope.wire;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Signed;
import dev.chanscope.engine.event.WireEnum;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire schema, derived from the event records themselves: an event's code is its position among
 * {@link Event}'s permitted records, its fields are the record components after {@code seq} and
 * {@code time}, and each field's type follows from its Java type. Clients decode from this schema (sent
 * in {@code meta} as {@link #json()}, named by {@link #id()}); the browser's event types and decoder
 * tables are generated from it (frontend/src/model/vocabulary.gen.ts, kept equal by
 * VocabularyTypeScriptTest).
 */
public final class EventSchema {

    /** Field types: uvarint, zigzag varint, length-prefixed UTF-8 string. */
    public enum FieldType {
        u,
        i,
        s
    }

    /** One field; {@code enumName} is set when the uvarint indexes {@link #enums()}. */
    public record Field(String name, FieldType type, String enumName) {}

    public record EventType(int code, String name, Class<? extends Event> recordClass, List<Field> fields) {}

    public static final int VERSION = 1;

    private static final EventSchema INSTANCE = new EventSchema();

    private final List<EventType> types;
    private final Map<Class<?>, EventType> byClass = new LinkedHashMap<>();
    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final String json;
    private final String id;

    private EventSchema() {
        List<EventType> list = new ArrayList<>();
        Class<?>[] permitted = Event.class.getPermittedSubclasses();
        enums.put("bool", List.of("false", "true"));
        for (int code = 0; code < permitted.length; code++) {
            @SuppressWarnings("unchecked")
            Class<? extends Event> c = (Class<? extends Event>) permitted[code];
            List<Field> fields = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals("seq") || rc.getName().equals("time")) {
                    continue;
                }
                fields.add(field(rc));
            }
            EventType t = new EventType(code, kebab(c.getSimpleName()), c, List.copyOf(fields));
            list.add(t);
            byClass.put(c, t);
        }
        this.types = List.copyOf(list);
        this.json = writeJson();
        this.id = VERSION + "-" + sha256Hex(json).substring(0, 16);
    }

    public static EventSchema get() {
        return INSTANCE;
    }

    private Field field(RecordComponent rc) {
        Class<?> t = rc.getType();
        if (t == String.class) {
            return new Field(rc.getName(), FieldType.s, null);
        }
        if (t == boolean.class) {
            return new Field(rc.getName(), FieldType.u, "bool");
        }
        if (t.isEnum() && WireEnum.class.isAssignableFrom(t)) {
            String enumName = kebab(t.getSimpleName());
            enums.computeIfAbsent(
                    enumName,
                    k -> Arrays.stream(t.getEnumConstants())
                            .map(e -> ((WireEnum) e).wireName())
                            .toList());
            return new Field(rc.getName(), FieldType.u, enumName);
        }
        if (t == int.class || t == long.class) {
            return new Field(rc.getName(), rc.isAnnotationPresent(Signed.class) ? FieldType.i : FieldType.u, null);
        }
        throw new IllegalStateException("no wire type for " + rc);
    }

    public List<EventType> types() {
        return types;
    }

    public EventType of(Class<? extends Event> c) {
        return byClass.get(c);
    }

    public Map<String, List<String>> enums() {
        return enums;
    }

    /**
     * The schema as JSON, exactly as {@code meta} carries it (docs/protocol.md, "Event batch"):
     * {@code {"version":1,"events":[{"code","name","fields":[{"name","type","enum"?}]}],"enums":{…}}},
     * compact, keys in that order. Every name is a Java identifier or a kebab-case wire name, so no
     * character needs escaping.
     */
    public String json() {
        return json;
    }

    /**
     * Names the schema's exact content: its version and the first 64 bits of the SHA-256 of {@link
     * #json()}, so a client that holds it can ask the server to leave it out of {@code meta}.
     */
    public String id() {
        return id;
    }

    private String writeJson() {
        StringBuilder b = new StringBuilder(8192);
        b.append("{\"version\":").append(VERSION).append(",\"events\":[");
        for (EventType t : types) {
            if (t.code() > 0) {
                b.append(',');
            }
            b.append("{\"code\":")
                    .append(t.code())
                    .append(",\"name\":\"")
                    .append(t.name())
                    .append("\",\"fields\":[");
            for (int i = 0; i < t.fields().size(); i++) {
                Field f = t.fields().get(i);
                b.append(i > 0 ? "," : "")
                        .append("{\"name\":\"")
                        .append(f.name())
                        .append("\",\"type\":\"");
                b.append(f.type().name()).append('"');
                if (f.enumName() != null) {
                    b.append(",\"enum\":\"").append(f.enumName()).append('"');
                }
                b.append('}');
            }
            b.append("]}");
        }
        b.append("],\"enums\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : enums.entrySet()) {
            b.append(first ? "" : ",").append('"').append(e.getKey()).append("\":[");
            first = false;
            for (int i = 0; i < e.getValue().size(); i++) {
                b.append(i > 0 ? "," : "")
                        .append('"')
                        .append(e.getValue().get(i))
                        .append('"');
            }
            b.append(']');
        }
        return b.append("}}").toString();
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** "ChanRecvClosed" → "chan-recv-closed". */
    static String kebab(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}

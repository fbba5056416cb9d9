package dev.chanscope.wire;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Signed;
import dev.chanscope.engine.event.WireEnum;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire schema, derived from the event records themselves: an event's code is its position among
 * {@link Event}'s permitted records, its fields are the record components after {@code seq} and
 * {@code time}, and each field's type follows from its Java type. Clients decode from this schema (sent
 * in {@code meta}) and hard-code no event layout.
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

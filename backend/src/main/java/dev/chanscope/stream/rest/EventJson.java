package dev.chanscope.stream.rest;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.WireEnum;
import dev.chanscope.wire.EventSchema;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Events as JSON objects for REST, export and debugging: {@code {"seq", "time", "type", …fields}} with
 * the same names as the wire schema, enums as their wire names.
 */
final class EventJson {

    private record Accessor(String name, MethodHandle get) {}

    private static final ClassValue<Accessor[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            Accessor[] out = new Accessor[rcs.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < rcs.length; i++) {
                try {
                    out[i] = new Accessor(rcs[i].getName(), lookup.unreflect(rcs[i].getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
    };

    private EventJson() {}

    static Map<String, Object> of(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("time", e.time());
        m.put("type", EventSchema.get().of(e.getClass()).name());
        for (Accessor a : ACCESSORS.get(e.getClass())) {
            if (a.name().equals("seq") || a.name().equals("time")) {
                continue;
            }
            Object v;
            try {
                v = a.get().invoke(e);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + a.name() + " of " + e, t);
            }
            m.put(a.name(), v instanceof WireEnum w ? w.wireName() : v);
        }
        return m;
    }
}

package dev.chanscope.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes encoded events generically from the {@link EventSchema}, the way a browser does. Used by
 * tests and by anything that must read a stream back (golden traces, resume checks).
 */
public final class EventDecoder {

    /** A decoded event: its code, absolute time, and field values (Long or String) in schema order. */
    public record Decoded(long seq, long time, int code, String name, List<Object> fields) {

        public Object field(String fieldName) {
            List<EventSchema.Field> fs = EventSchema.get().types().get(code).fields();
            for (int i = 0; i < fs.size(); i++) {
                if (fs.get(i).name().equals(fieldName)) {
                    return fields.get(i);
                }
            }
            throw new IllegalArgumentException(name + " has no field " + fieldName);
        }
    }

    private final EventSchema schema = EventSchema.get();
    private long time;
    private long seq;

    public EventDecoder() {}

    public EventDecoder(long firstSeq, long baseTime) {
        this.seq = firstSeq;
        this.time = baseTime;
    }

    public List<Decoded> decodeAll(byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        List<Decoded> out = new ArrayList<>();
        while (r.hasMore()) {
            out.add(decode(r));
        }
        return out;
    }

    public Decoded decode(ByteReader r) {
        long code = r.readUvarint();
        if (code >= schema.types().size()) {
            throw new WireFormatException("unknown event code " + code + " at byte " + r.position());
        }
        EventSchema.EventType type = schema.types().get((int) code);
        time += r.readUvarint();
        List<Object> fields = new ArrayList<>(type.fields().size());
        for (EventSchema.Field f : type.fields()) {
            fields.add(
                    switch (f.type()) {
                        case u -> r.readUvarint();
                        case i -> r.readVarint();
                        case s -> r.readString();
                    });
        }
        return new Decoded(seq++, time, (int) code, type.name(), List.copyOf(fields));
    }
}

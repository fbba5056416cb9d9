package dev.chanscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Signed;
import dev.chanscope.engine.event.WireEnum;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written encoder agrees with the schema clients decode from, for every event kind and value. */
class EventCodecTest {

    /** How many value sets every event kind is encoded with: enough to visit every constant of every enum. */
    static final int VARIANTS = 16;

    /**
     * One instance of an event record, its components filled by variant: 0, distinct positive values
     * (so two fields in the wrong order show) and booleans true; 1, zeros and false (so a label with
     * line 0 travels with its text); 2, the largest values (multi-byte varints, the most negative
     * signed ones) and long multi-byte strings; from 3 on, small distinct values (3: empty strings).
     * Enums take constant {@code variant % size} (the last in 0), so across the variants (1 to 15)
     * every constant of every enum is written.
     */
    private static Event sample(Class<?> type, long seq, long time, int variant) throws ReflectiveOperationException {
        RecordComponent[] rcs = type.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            Class<?> t = rcs[i].getType();
            types[i] = t;
            boolean signed = rcs[i].isAnnotationPresent(Signed.class);
            long n = switch (variant) {
                case 0 -> (i + 1) * 1_000_003L + seq;
                case 1 -> 0;
                case 2 -> t == int.class ? Integer.MAX_VALUE - i : (1L << 53) - 1 - i;
                default -> variant * 7L + i;
            };
            String name = rcs[i].getName();
            if (name.equals("seq")) {
                args[i] = seq;
            } else if (name.equals("time")) {
                args[i] = time;
            } else if (t == long.class) {
                args[i] = variant == 0 ? (signed ? -n * 1_000_000_000L : n * 1_000_000_000L) : signed ? -n : n;
            } else if (t == int.class) {
                args[i] = (int) (signed ? -n : n);
            } else if (t == boolean.class) {
                args[i] = variant != 1 && (variant < 3 || (variant + i) % 2 == 0);
            } else if (t == String.class) {
                args[i] = switch (variant) {
                    case 1 -> name;
                    case 2 -> "π≈3.14 ⇄ ".repeat(40) + name;
                    case 3 -> "";
                    default -> "π≈3.14 " + name + " \"quoted\" " + variant;
                };
            } else if (t.isEnum()) {
                Object[] constants = t.getEnumConstants();
                args[i] = constants[variant == 0 ? constants.length - 1 : variant % constants.length];
            }
        }
        return (Event) type.getDeclaredConstructor(types).newInstance(args);
    }

    private static Object expectedWireValue(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Enum<?> e) {
            return (long) e.ordinal();
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        return v;
    }

    /**
     * The hand-written encoder cannot drift from the declaration: every record type (the encoder's
     * switch over the sealed family must name each, or it does not compile), written with every value
     * set, decodes generically from the schema to exactly its own component values, in order.
     */
    @ParameterizedTest(name = "value set {0}")
    @MethodSource("variants")
    void everyEventKindDecodesGenericallyFromTheSchemaToItsOwnValues(int variant) throws Exception {
        EventEncoder encoder = new EventEncoder();
        ByteBuf buf = new ByteBuf(64);
        List<Event> events = new ArrayList<>();
        long time = variant == 2 ? (1L << 52) : 0;
        long seq = 0;
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            time += variant == 1 ? 0 : 1_234_567;
            Event e = sample(type, seq++, time, variant);
            events.add(e);
            encoder.encode(e, buf);
        }
        List<EventDecoder.Decoded> decoded = new EventDecoder().decodeAll(buf.toByteArray());
        assertThat(decoded).hasSize(events.size());
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            EventDecoder.Decoded d = decoded.get(k);
            assertThat(d.name()).isEqualTo(EventSchema.get().of(e.getClass()).name());
            assertThat(d.time()).isEqualTo(e.time());
            List<Object> expected = new ArrayList<>();
            for (RecordComponent rc : e.getClass().getRecordComponents()) {
                if (!rc.getName().equals("seq") && !rc.getName().equals("time")) {
                    expected.add(expectedWireValue(rc.getAccessor().invoke(e)));
                }
            }
            if (e instanceof Event.LabelDefine l && l.line() > 0) {
                expected.set(expected.size() - 1, ""); // a label with a known line travels without its text
            }
            assertThat(d.fields()).as(d.name() + " in value set " + variant).isEqualTo(expected);
        }
    }

    static IntStream variants() {
        return IntStream.range(0, VARIANTS);
    }

    @Test
    void theValueSetsVisitEveryConstantOfEveryEnumAndBothBooleans() {
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getType().isEnum()) {
                    assertThat(rc.getType().getEnumConstants().length)
                            .as(rc.getType().getSimpleName())
                            .isLessThan(VARIANTS);
                }
            }
        }
    }

    @Test
    void schemaNamesEventsAndEnumsInKebabCase() {
        EventSchema s = EventSchema.get();
        assertThat(s.of(Event.ChanRecvClosed.class).name()).isEqualTo("chan-recv-closed");
        assertThat(s.enums().get("block-reason")).contains("send", "receive", "select", "processor");
        assertThat(s.enums().get("diagnostic-kind"))
                .containsExactly("deadlock", "leak", "race", "lock-order", "panic", "limit");
        assertThat(s.types())
                .allSatisfy(t -> assertThat(t.fields()).allSatisfy(f -> {
                    if (f.enumName() != null) {
                        assertThat(s.enums()).containsKey(f.enumName());
                    }
                }));
        assertThat(WireEnum.class).isInterface();
    }

    @Test
    void varintsRoundTripAcrossTheirWholeRange() {
        long[] values = {0, 1, 127, 128, 300, 1L << 32, (1L << 53) - 1, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        ByteBuf buf = new ByteBuf(8);
        for (long v : values) {
            buf.writeUvarint(v);
            buf.writeVarint(v);
        }
        ByteReader r = new ByteReader(buf.toByteArray());
        for (long v : values) {
            assertThat(r.readUvarint()).isEqualTo(v);
            assertThat(r.readVarint()).isEqualTo(v);
        }
        assertThat(r.hasMore()).isFalse();
    }

    @Test
    void truncatedInputIsReportedWithItsPosition() {
        ByteBuf buf = new ByteBuf(8);
        buf.writeString("hello");
        byte[] cut = java.util.Arrays.copyOf(buf.toByteArray(), 3);
        assertThatThrownBy(() -> new ByteReader(cut).readString())
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("byte 1");
        assertThatThrownBy(() -> new EventDecoder().decodeAll(new byte[] {(byte) 0x7F}))
                .hasMessageContaining("unknown event code 127");
    }
}

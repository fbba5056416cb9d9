package dev.chanscope.wire;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Event.ChanBuffer;
import dev.chanscope.engine.event.Event.ChanHandoff;
import dev.chanscope.engine.event.Event.ChanRecv;
import dev.chanscope.engine.event.Event.ChanSend;
import dev.chanscope.engine.event.Event.GoBlock;
import dev.chanscope.engine.event.Event.GoSwitch;
import dev.chanscope.engine.event.Event.GoUnblock;
import dev.chanscope.engine.event.Event.SelectBegin;
import dev.chanscope.engine.event.Event.SelectCase;
import dev.chanscope.engine.event.Event.SelectChosen;

/**
 * Encodes events in the wire format of docs/protocol.md: uvarint code, uvarint time delta, then the
 * fields in {@link EventSchema} order. Stateful (the previous event's time), one per stream. The field
 * order here and in {@link EventFields} must match the record components; EventCodecTest decodes every
 * kind generically to prove it.
 *
 * <p>The events a channel operation emits most have a method of their own taking the record's
 * components (the {@link dev.chanscope.engine.event.EventSink} methods of the same names), so a sink
 * can encode them without a record; {@link #encode} encodes their records through the same methods,
 * so both ways give the same bytes.
 */
public final class EventEncoder {

    private static final ClassValue<Integer> CODES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Integer computeValue(Class<?> type) {
            return EventSchema.get().of((Class<? extends Event>) type).code();
        }
    };

    private static final int GO_SWITCH = CODES.get(GoSwitch.class);
    private static final int GO_BLOCK = CODES.get(GoBlock.class);
    private static final int GO_UNBLOCK = CODES.get(GoUnblock.class);
    private static final int CHAN_SEND = CODES.get(ChanSend.class);
    private static final int CHAN_BUFFER = CODES.get(ChanBuffer.class);
    private static final int CHAN_HANDOFF = CODES.get(ChanHandoff.class);
    private static final int CHAN_RECV = CODES.get(ChanRecv.class);
    private static final int SELECT_BEGIN = CODES.get(SelectBegin.class);
    private static final int SELECT_CASE = CODES.get(SelectCase.class);
    private static final int SELECT_CHOSEN = CODES.get(SelectChosen.class);

    private long lastTime;

    public EventEncoder() {}

    /** Continues a stream whose previous event happened at {@code lastTime}. */
    public EventEncoder(long lastTime) {
        this.lastTime = lastTime;
    }

    public long lastTime() {
        return lastTime;
    }

    public void encode(Event e, ByteBuf out) {
        switch (e) {
            case GoSwitch x -> goSwitch(x.time(), x.g(), out);
            case GoBlock x -> goBlock(x.time(), x.g(), x.reason(), x.obj(), x.label(), out);
            case GoUnblock x -> goUnblock(x.time(), x.g(), x.by(), out);
            case ChanSend x -> chanSend(x.time(), x.g(), x.obj(), x.item(), x.value(), x.label(), out);
            case ChanBuffer x -> chanBuffer(x.time(), x.obj(), x.item(), x.slot(), out);
            case ChanHandoff x -> chanHandoff(x.time(), x.obj(), x.item(), x.from(), x.to(), out);
            case ChanRecv x -> chanRecv(x.time(), x.g(), x.obj(), x.item(), x.label(), out);
            case SelectBegin x -> selectBegin(x.time(), x.g(), x.cases(), x.hasDefault(), x.label(), out);
            case SelectCase x -> selectCase(x.time(), x.g(), x.index(), x.send(), x.obj(), x.label(), out);
            case SelectChosen x -> selectChosen(x.time(), x.g(), x.index(), out);
            default -> {
                head(CODES.get(e.getClass()), e.time(), out);
                EventFields.write(e, out);
            }
        }
    }

    /** The code and the time since the previous event. */
    private void head(int code, long time, ByteBuf out) {
        out.writeUvarint(code);
        out.writeUvarint(time - lastTime);
        lastTime = time;
    }

    public void goSwitch(long time, int g, ByteBuf out) {
        head(GO_SWITCH, time, out);
        out.writeUvarint(g);
    }

    public void goBlock(long time, int g, BlockReason reason, int obj, int label, ByteBuf out) {
        head(GO_BLOCK, time, out);
        out.writeUvarint(g);
        out.writeUvarint(reason.ordinal());
        out.writeUvarint(obj);
        out.writeUvarint(label);
    }

    public void goUnblock(long time, int g, int by, ByteBuf out) {
        head(GO_UNBLOCK, time, out);
        out.writeUvarint(g);
        out.writeUvarint(by);
    }

    /**
     * A chan-send whose value is the text {@link ChanSend#show} gives: an {@code Integer} or {@code Long}
     * is written as its decimal digits without making the string first.
     */
    public void chanSend(long time, int g, int obj, long item, Object value, int label, ByteBuf out) {
        head(CHAN_SEND, time, out);
        out.writeUvarint(g);
        out.writeUvarint(obj);
        out.writeUvarint(item);
        switch (value) {
            case Integer i -> out.writeDecimal(i);
            case Long l -> out.writeDecimal(l);
            case String s -> out.writeString(s);
            case null, default -> out.writeString(ChanSend.show(value));
        }
        out.writeUvarint(label);
    }

    public void chanBuffer(long time, int obj, long item, int slot, ByteBuf out) {
        head(CHAN_BUFFER, time, out);
        out.writeUvarint(obj);
        out.writeUvarint(item);
        out.writeUvarint(slot);
    }

    public void chanHandoff(long time, int obj, long item, int from, int to, ByteBuf out) {
        head(CHAN_HANDOFF, time, out);
        out.writeUvarint(obj);
        out.writeUvarint(item);
        out.writeUvarint(from);
        out.writeUvarint(to);
    }

    public void chanRecv(long time, int g, int obj, long item, int label, ByteBuf out) {
        head(CHAN_RECV, time, out);
        out.writeUvarint(g);
        out.writeUvarint(obj);
        out.writeUvarint(item);
        out.writeUvarint(label);
    }

    public void selectBegin(long time, int g, int cases, boolean hasDefault, int label, ByteBuf out) {
        head(SELECT_BEGIN, time, out);
        out.writeUvarint(g);
        out.writeUvarint(cases);
        out.writeUvarint(hasDefault ? 1 : 0);
        out.writeUvarint(label);
    }

    public void selectCase(long time, int g, int index, boolean send, int obj, int label, ByteBuf out) {
        head(SELECT_CASE, time, out);
        out.writeUvarint(g);
        out.writeUvarint(index);
        out.writeUvarint(send ? 1 : 0);
        out.writeUvarint(obj);
        out.writeUvarint(label);
    }

    public void selectChosen(long time, int g, int index, ByteBuf out) {
        head(SELECT_CHOSEN, time, out);
        out.writeUvarint(g);
        out.writeVarint(index);
    }
}

package dev.chanscope.wire;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;

/**
 * A sink that encodes each event into a {@link ByteBuf} as it arrives, the frequent ones straight from
 * their components (no record made; see {@link EventSink}), and then tells the subclass, which decides
 * what becomes of the bytes (digest them, frame them). Every event's bytes are the same whichever way
 * it arrived, so the stream and its digest are too.
 */
public abstract class EncodingSink implements EventSink {

    private final EventEncoder encoder = new EventEncoder();

    /** Where the events are encoded, one after another; the subclass may consume and clear it. */
    protected final ByteBuf out;

    protected EncodingSink(int initialCapacity) {
        this.out = new ByteBuf(initialCapacity);
    }

    /** One event's bytes were just appended to {@link #out}; it happened at virtual time {@code time}. */
    protected abstract void encoded(long time);

    @Override
    public final void accept(Event event) {
        encoder.encode(event, out);
        encoded(event.time());
    }

    @Override
    public final void goSwitch(long seq, long time, int g) {
        encoder.goSwitch(time, g, out);
        encoded(time);
    }

    @Override
    public final void goBlock(long seq, long time, int g, BlockReason reason, int obj, int label) {
        encoder.goBlock(time, g, reason, obj, label, out);
        encoded(time);
    }

    @Override
    public final void goUnblock(long seq, long time, int g, int by) {
        encoder.goUnblock(time, g, by, out);
        encoded(time);
    }

    @Override
    public final void chanSend(long seq, long time, int g, int obj, long item, Object value, int label) {
        encoder.chanSend(time, g, obj, item, value, label, out);
        encoded(time);
    }

    @Override
    public final void chanBuffer(long seq, long time, int obj, long item, int slot) {
        encoder.chanBuffer(time, obj, item, slot, out);
        encoded(time);
    }

    @Override
    public final void chanHandoff(long seq, long time, int obj, long item, int from, int to) {
        encoder.chanHandoff(time, obj, item, from, to, out);
        encoded(time);
    }

    @Override
    public final void chanRecv(long seq, long time, int g, int obj, long item, int label) {
        encoder.chanRecv(time, g, obj, item, label, out);
        encoded(time);
    }

    @Override
    public final void selectBegin(long seq, long time, int g, int cases, boolean hasDefault, int label) {
        encoder.selectBegin(time, g, cases, hasDefault, label, out);
        encoded(time);
    }

    @Override
    public final void selectCase(long seq, long time, int g, int index, boolean send, int obj, int label) {
        encoder.selectCase(time, g, index, send, obj, label, out);
        encoded(time);
    }

    @Override
    public final void selectChosen(long seq, long time, int g, int index) {
        encoder.selectChosen(time, g, index, out);
        encoded(time);
    }
}

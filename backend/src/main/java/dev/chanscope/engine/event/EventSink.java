package dev.chanscope.engine.event;

/**
 * Receives a run's events in order. Observers never influence the run.
 *
 * <p>The events a channel operation emits most often also come through a method of their own, with the
 * record's components as arguments, so that a sink which only encodes them (the live stream, the
 * digest) need not build a record for each; by default each builds the record and calls {@link
 * #accept}, so a sink that overrides none sees exactly the same events. An override must treat the
 * call exactly as {@code accept} of the record the default builds.
 */
@FunctionalInterface
public interface EventSink {

    void accept(Event event);

    EventSink NONE = event -> {};

    default void goSwitch(long seq, long time, int g) {
        accept(new Event.GoSwitch(seq, time, g));
    }

    default void goBlock(long seq, long time, int g, BlockReason reason, int obj, int label) {
        accept(new Event.GoBlock(seq, time, g, reason, obj, label));
    }

    default void goUnblock(long seq, long time, int g, int by) {
        accept(new Event.GoUnblock(seq, time, g, by));
    }

    /**
     * A {@link Event.ChanSend} whose value is shown as {@link Event.ChanSend#show} shows it, made into
     * text only here: an encoding sink can write an {@code Integer}'s digits without making a string.
     */
    default void chanSend(long seq, long time, int g, int obj, long item, Object value, int label) {
        accept(new Event.ChanSend(seq, time, g, obj, item, Event.ChanSend.show(value), label));
    }

    default void chanBuffer(long seq, long time, int obj, long item, int slot) {
        accept(new Event.ChanBuffer(seq, time, obj, item, slot));
    }

    default void chanHandoff(long seq, long time, int obj, long item, int from, int to) {
        accept(new Event.ChanHandoff(seq, time, obj, item, from, to));
    }

    default void chanRecv(long seq, long time, int g, int obj, long item, int label) {
        accept(new Event.ChanRecv(seq, time, g, obj, item, label));
    }

    default void selectBegin(long seq, long time, int g, int cases, boolean hasDefault, int label) {
        accept(new Event.SelectBegin(seq, time, g, cases, hasDefault, label));
    }

    default void selectCase(long seq, long time, int g, int index, boolean send, int obj, int label) {
        accept(new Event.SelectCase(seq, time, g, index, send, obj, label));
    }

    default void selectChosen(long seq, long time, int g, int index) {
        accept(new Event.SelectChosen(seq, time, g, index));
    }
}

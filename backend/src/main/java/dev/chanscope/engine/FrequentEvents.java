package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.EventSink;

/**
 * Emits the events channel operations and switches produce most, through the sink's own method for
 * each ({@link EventSink}): a sink that encodes them then needs no record per event. Each is numbered
 * and checked against the event budget exactly as {@link Sim#emit} does, in the same place, so the
 * stream is the same event for event as if the record had been emitted.
 */
final class FrequentEvents {

    private final Sim sim;
    private final EventSink sink;

    FrequentEvents(Sim sim, EventSink sink) {
        this.sim = sim;
        this.sink = sink;
    }

    void goSwitch(int g) {
        sink.goSwitch(sim.claimSeq(), sim.now(), g);
    }

    void goBlock(int g, BlockReason reason, int obj, int label) {
        sink.goBlock(sim.claimSeq(), sim.now(), g, reason, obj, label);
    }

    void goUnblock(int g, int by) {
        sink.goUnblock(sim.claimSeq(), sim.now(), g, by);
    }

    /** {@code value} is shown as {@link dev.chanscope.engine.event.Event.ChanSend#show} shows it. */
    void chanSend(int g, int obj, long item, Object value, int label) {
        sink.chanSend(sim.claimSeq(), sim.now(), g, obj, item, value, label);
    }

    void chanBuffer(int obj, long item, int slot) {
        sink.chanBuffer(sim.claimSeq(), sim.now(), obj, item, slot);
    }

    void chanHandoff(int obj, long item, int from, int to) {
        sink.chanHandoff(sim.claimSeq(), sim.now(), obj, item, from, to);
    }

    void chanRecv(int g, int obj, long item, int label) {
        sink.chanRecv(sim.claimSeq(), sim.now(), g, obj, item, label);
    }

    void selectBegin(int g, int cases, boolean hasDefault, int label) {
        sink.selectBegin(sim.claimSeq(), sim.now(), g, cases, hasDefault, label);
    }

    void selectCase(int g, int index, boolean send, int obj, int label) {
        sink.selectCase(sim.claimSeq(), sim.now(), g, index, send, obj, label);
    }

    void selectChosen(int g, int index) {
        sink.selectChosen(sim.claimSeq(), sim.now(), g, index);
    }
}

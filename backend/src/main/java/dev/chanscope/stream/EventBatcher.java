package dev.chanscope.stream;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EventEncoder;
import dev.chanscope.wire.StreamDigest;
import java.util.Arrays;

/**
 * Encodes a run's events as they are emitted and cuts them into batch frames on request
 * (docs/protocol.md, "Event batch"). Events wait here only between the engine producing them and the
 * session sending them, so memory is bounded by how far the engine is allowed to run ahead.
 */
final class EventBatcher implements EventSink {

    static final int FRAME_EVENT_BATCH = 0x01;

    private final EventEncoder encoder = new EventEncoder();
    private final StreamDigest digest = new StreamDigest();
    // Sized for a short run's first batch and grown as needed: every run allocates these, and a burst
    // of starts should not cost a large buffer each.
    private final ByteBuf pending = new ByteBuf(4 * 1024);
    private int[] ends = new int[256];
    private long[] times = new long[256];
    private int count;
    private long firstSeq;
    private long baseTime;

    @Override
    public void accept(Event event) {
        int start = pending.size();
        encoder.encode(event, pending);
        digest.update(pending.array(), start, pending.size() - start);
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            times = Arrays.copyOf(times, count * 2);
        }
        ends[count] = pending.size();
        times[count] = event.time();
        count++;
    }

    int pendingEvents() {
        return count;
    }

    /** Sequence number of the next event to be framed. */
    long nextSeq() {
        return firstSeq;
    }

    /** Drops the first {@code n} pending events without sending them (resuming after a reconnect). */
    void skip(int n) {
        if (n > 0) {
            take(n, null);
        }
    }

    /** Frames the first {@code n} pending events: header, then their encodings. */
    byte[] takeFrame(int n) {
        ByteBuf frame = new ByteBuf(ends[n - 1] + 24);
        frame.writeByte(FRAME_EVENT_BATCH);
        frame.writeUvarint(firstSeq);
        frame.writeUvarint(n);
        frame.writeUvarint(baseTime);
        take(n, frame);
        return frame.toByteArray();
    }

    private void take(int n, ByteBuf into) {
        int bytes = ends[n - 1];
        if (into != null) {
            into.writeBytes(pending.array(), 0, bytes);
        }
        baseTime = times[n - 1];
        firstSeq += n;
        pending.discardFront(bytes);
        for (int i = n; i < count; i++) {
            ends[i - n] = ends[i] - bytes;
            times[i - n] = times[i];
        }
        count -= n;
    }

    String digestHex() {
        return digest.hex();
    }
}

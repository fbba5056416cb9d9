package dev.chanscope.stream;

import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EncodingSink;
import dev.chanscope.wire.StreamDigest;
import java.util.Arrays;

/**
 * Encodes a run's events as they are emitted and cuts them into batch frames on request
 * (docs/protocol.md, "Event batch"). Events wait here only between the engine producing them and the
 * session sending them, so memory is bounded by how far the engine is allowed to run ahead. The
 * digest takes the pending bytes in bulk, when they are framed or the digest is asked for.
 */
final class EventBatcher extends EncodingSink {

    static final int FRAME_EVENT_BATCH = 0x01;

    private final StreamDigest digest = new StreamDigest();
    private int[] ends = new int[256];
    private long[] times = new long[256];
    private int count;
    private long firstSeq;
    private long baseTime;
    /** The first {@code digested} bytes of the pending ones, {@code digestedEvents} events, are in the digest. */
    private int digested;

    private int digestedEvents;

    EventBatcher() {
        // Sized for a short run's first batch and grown as needed: every run allocates one, and a burst
        // of starts should not cost a large buffer each.
        super(4 * 1024);
    }

    @Override
    protected void encoded(long time) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            times = Arrays.copyOf(times, count * 2);
        }
        ends[count] = out.size();
        times[count] = time;
        count++;
    }

    /** Feeds the pending bytes not yet digested to the digest. */
    private void digestPending() {
        digest.update(out.array(), digested, out.size() - digested, count - digestedEvents);
        digested = out.size();
        digestedEvents = count;
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
            into.writeBytes(out.array(), 0, bytes);
        }
        digestPending();
        digested -= bytes;
        digestedEvents -= n;
        baseTime = times[n - 1];
        firstSeq += n;
        out.discardFront(bytes);
        for (int i = n; i < count; i++) {
            ends[i - n] = ends[i] - bytes;
            times[i - n] = times[i];
        }
        count -= n;
    }

    String digestHex() {
        digestPending();
        return digest.hex();
    }
}

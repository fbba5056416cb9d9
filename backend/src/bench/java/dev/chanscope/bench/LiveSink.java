package dev.chanscope.bench;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EventEncoder;
import dev.chanscope.wire.StreamDigest;

/**
 * What the live stream does with each event (stream.EventBatcher, which is package-private): encode it
 * with {@link EventEncoder} into a {@link ByteBuf}, feed the encoding to the SHA-256 {@link StreamDigest},
 * and cut a frame every {@value #FRAME_EVENTS} events (RunStream.MAX_BATCH_EVENTS), copying the frame's
 * bytes out as the batcher does. With {@code retain} the bytes are kept instead, to measure their size.
 */
final class LiveSink implements EventSink {

    static final int FRAME_EVENTS = 4096;

    private final EventEncoder encoder = new EventEncoder();
    private final StreamDigest digest = new StreamDigest();
    private final ByteBuf pending;
    private final boolean retain;
    private int inFrame;
    private long frameBytes;

    LiveSink(boolean retain) {
        this.retain = retain;
        this.pending = new ByteBuf(64 * 1024);
    }

    @Override
    public void accept(Event event) {
        int start = pending.size();
        encoder.encode(event, pending);
        digest.update(pending.array(), start, pending.size() - start);
        if (++inFrame == FRAME_EVENTS && !retain) {
            frame();
        }
    }

    private void frame() {
        // EventBatcher.takeFrame: a header of a few bytes, then a copy of the events' bytes.
        byte[] frame = pending.toByteArray();
        frameBytes += frame.length;
        pending.clear();
        inFrame = 0;
    }

    /** The run's fingerprint; finishes the digest. */
    String finish() {
        if (!retain && inFrame > 0) {
            frame();
        }
        return digest.hex();
    }

    long events() {
        return digest.events();
    }

    long encodedBytes() {
        return digest.bytes();
    }

    /** The buffer holding the encoded stream (all of it when retaining). */
    ByteBuf buffer() {
        return pending;
    }

    long frameBytes() {
        return frameBytes;
    }
}

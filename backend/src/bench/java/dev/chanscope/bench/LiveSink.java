package dev.chanscope.bench;

import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EncodingSink;
import dev.chanscope.wire.StreamDigest;

/**
 * What the live stream does with each event (stream.EventBatcher, which is package-private): encode it
 * into a {@link ByteBuf} ({@link EncodingSink}: the frequent events straight from their components),
 * and every {@value #FRAME_EVENTS} events (RunStream.MAX_BATCH_EVENTS) feed the frame's bytes to the
 * SHA-256 {@link StreamDigest} and copy them out, as the batcher does when it cuts a frame. With
 * {@code retain} the bytes are kept instead, to measure their size.
 */
final class LiveSink extends EncodingSink {

    static final int FRAME_EVENTS = 4096;

    private final StreamDigest digest = new StreamDigest();
    private final boolean retain;
    private int inFrame;
    private long events;
    private long frameBytes;

    LiveSink(boolean retain) {
        super(64 * 1024);
        this.retain = retain;
    }

    @Override
    protected void encoded(long time) {
        events++;
        if (++inFrame == FRAME_EVENTS && !retain) {
            frame();
        }
    }

    private void frame() {
        // EventBatcher.takeFrame: the digest takes the pending bytes, then a header of a few bytes and a
        // copy of the events' bytes make the frame.
        digest.update(out.array(), 0, out.size(), inFrame);
        byte[] frame = out.toByteArray();
        frameBytes += frame.length;
        out.clear();
        inFrame = 0;
    }

    /** The run's fingerprint; finishes the digest. */
    String finish() {
        if (retain) {
            digest.update(out.array(), 0, out.size(), inFrame);
        } else if (inFrame > 0) {
            frame();
        }
        return digest.hex();
    }

    long events() {
        return events;
    }

    long encodedBytes() {
        return retain ? out.size() : frameBytes + out.size();
    }

    /** The buffer holding the encoded stream (all of it when retaining). */
    ByteBuf buffer() {
        return out;
    }

    long frameBytes() {
        return frameBytes;
    }
}

package dev.chanscope.wire;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The run's fingerprint: SHA-256 over the concatenated event encodings (without batch headers, so
 * batching does not change it). Also usable as a sink on its own.
 */
public final class StreamDigest implements EventSink {

    private final MessageDigest sha;
    private final EventEncoder encoder = new EventEncoder();
    private final ByteBuf buf = new ByteBuf(256);
    private long events;
    private long bytes;

    public StreamDigest() {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public void accept(Event event) {
        buf.clear();
        encoder.encode(event, buf);
        update(buf.array(), 0, buf.size());
    }

    /** Adds already-encoded event bytes. */
    public void update(byte[] encoded, int offset, int length) {
        sha.update(encoded, offset, length);
        events++;
        bytes += length;
    }

    public long events() {
        return events;
    }

    public long bytes() {
        return bytes;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}

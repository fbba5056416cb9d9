package dev.chanscope.wire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The run's fingerprint: SHA-256 over the concatenated event encodings (without batch headers, so
 * batching does not change it). Usable as a sink on its own, or fed bytes another sink encoded.
 *
 * <p>SHA-256 of a byte sequence does not depend on how it is cut into updates, so the bytes are
 * digested in blocks of about {@value #BLOCK} rather than one update per event, which would cost a
 * call through {@link MessageDigest} for every event.
 */
public final class StreamDigest extends EncodingSink {

    private static final int BLOCK = 8 * 1024;

    private final MessageDigest sha;
    private long events;
    private long bytes;

    public StreamDigest() {
        super(256); // grows to a block once a run is long enough to need one
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    protected void encoded(long time) {
        events++;
        if (out.size() >= BLOCK) {
            flush();
        }
    }

    /** Adds {@code events} events' worth of already-encoded bytes, after any this sink encoded itself. */
    public void update(byte[] encoded, int offset, int length, int events) {
        flush();
        sha.update(encoded, offset, length);
        this.events += events;
        bytes += length;
    }

    private void flush() {
        sha.update(out.array(), 0, out.size());
        bytes += out.size();
        out.clear();
    }

    public long events() {
        return events;
    }

    public long bytes() {
        return bytes + out.size();
    }

    /** The digest of everything so far, in hex; finishes it (a digest is taken once). */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }
}

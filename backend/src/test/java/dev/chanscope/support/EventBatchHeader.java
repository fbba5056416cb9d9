package dev.chanscope.support;

/**
 * The header of one binary event batch (docs/protocol.md, "Event batch"), read independently of the
 * production decoder so that tests check the wire format itself.
 *
 * @param kind the frame kind byte ({@link #EVENT_BATCH} for an event batch)
 * @param firstSeq the sequence number of the batch's first event
 * @param count how many events the batch holds
 * @param baseTime virtual time (ns) of the event just before this batch
 */
public record EventBatchHeader(int kind, long firstSeq, long count, long baseTime) {

    /** Frame kind of an event batch. */
    public static final int EVENT_BATCH = 0x01;

    /** Reads the header at the start of {@code frame}. */
    public static EventBatchHeader read(byte[] frame) {
        if (frame.length == 0) {
            throw new IllegalArgumentException("empty binary frame");
        }
        int[] pos = {1};
        long firstSeq = uvarint(frame, pos);
        long count = uvarint(frame, pos);
        long baseTime = uvarint(frame, pos);
        return new EventBatchHeader(frame[0] & 0xff, firstSeq, count, baseTime);
    }

    /** The sequence number the next batch must start at when no events are missing. */
    public long nextSeq() {
        return firstSeq + count;
    }

    private static long uvarint(byte[] bytes, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= bytes.length) {
                throw new IllegalArgumentException("truncated uvarint at byte " + pos[0]);
            }
            int b = bytes[pos[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("uvarint longer than 64 bits before byte " + pos[0]);
    }
}

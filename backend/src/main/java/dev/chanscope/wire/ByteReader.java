package dev.chanscope.wire;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteBuf} writes; malformed input raises {@link WireFormatException}. */
public final class ByteReader {

    private final byte[] bytes;
    private final int end;
    private int pos;

    public ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public ByteReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
    }

    public int readByte() {
        if (pos >= end) {
            throw new WireFormatException("unexpected end of input at byte " + pos);
        }
        return bytes[pos++] & 0xFF;
    }

    public long readUvarint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new WireFormatException("varint longer than 10 bytes at byte " + pos);
    }

    public long readVarint() {
        long u = readUvarint();
        return (u >>> 1) ^ -(u & 1);
    }

    public String readString() {
        long n = readUvarint();
        if (n < 0 || n > end - pos) {
            throw new WireFormatException("string of " + n + " bytes runs past the end of input at byte " + pos);
        }
        String s = new String(bytes, pos, (int) n, StandardCharsets.UTF_8);
        pos += (int) n;
        return s;
    }

    public boolean hasMore() {
        return pos < end;
    }

    public int position() {
        return pos;
    }
}

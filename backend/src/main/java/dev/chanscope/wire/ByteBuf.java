package dev.chanscope.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array with the wire's primitive encodings: LEB128 varints, zigzag, strings. */
public final class ByteBuf {

    private byte[] bytes;
    private int size;

    public ByteBuf(int initialCapacity) {
        this.bytes = new byte[Math.max(16, initialCapacity)];
    }

    public void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /** Unsigned LEB128: 7 bits a byte, low bits first, high bit set on all but the last byte. */
    public void writeUvarint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** Zigzag then LEB128, so small negative numbers stay small: 0, -1, 1, -2 → 0, 1, 2, 3. */
    public void writeVarint(long v) {
        writeUvarint((v << 1) ^ (v >> 63));
    }

    /** Uvarint byte length, then the UTF-8 bytes. */
    public void writeString(String s) {
        if (writeShortAscii(s)) {
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeUvarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /**
     * What {@link #writeString} writes when {@code s} is shorter than 128 characters, all ASCII (one
     * byte each, the length one uvarint byte), without the intermediate array; false, writing
     * nothing, otherwise.
     */
    private boolean writeShortAscii(String s) {
        int n = s.length();
        if (n >= 0x80) {
            return false;
        }
        ensure(n + 1);
        int at = size + 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            bytes[at + i] = (byte) c;
        }
        bytes[size] = (byte) n;
        size = at + n;
        return true;
    }

    /** Exactly what {@code writeString(Long.toString(v))} writes, without making the string. */
    public void writeDecimal(long v) {
        if (v == Long.MIN_VALUE) {
            writeString(Long.toString(v));
            return;
        }
        boolean negative = v < 0;
        long rest = negative ? -v : v;
        int digits = 1;
        for (long x = rest; x >= 10; x /= 10) {
            digits++;
        }
        int n = digits + (negative ? 1 : 0);
        ensure(n + 1);
        bytes[size++] = (byte) n; // at most 20 characters: a one-byte uvarint
        if (negative) {
            bytes[size] = '-';
        }
        for (int i = size + n - 1; i >= size + (negative ? 1 : 0); i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += n;
    }

    public void writeBytes(byte[] src, int offset, int length) {
        ensure(length);
        System.arraycopy(src, offset, bytes, size, length);
        size += length;
    }

    public int size() {
        return size;
    }

    /** The internal array; valid up to {@link #size}. */
    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Removes the first {@code n} bytes, moving the rest to the front. */
    public void discardFront(int n) {
        System.arraycopy(bytes, n, bytes, 0, size - n);
        size -= n;
    }

    public void clear() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}

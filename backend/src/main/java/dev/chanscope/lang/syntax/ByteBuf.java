package dev.chanscope.lang.syntax;

import java.util.Arrays;

/** A growable byte array for the formatter's output stages. */
final class ByteBuf {

    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    byte get(int i) {
        return bytes[i];
    }

    void set(int i, byte b) {
        bytes[i] = b;
    }

    void add(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = b;
    }

    void add(byte[] src, int from, int to) {
        int n = to - from;
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + n));
        }
        System.arraycopy(src, from, bytes, size, n);
        size += n;
    }

    void add(byte[] src) {
        add(src, 0, src.length);
    }

    void truncate(int n) {
        size = n;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}

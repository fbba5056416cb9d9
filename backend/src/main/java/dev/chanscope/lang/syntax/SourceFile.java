package dev.chanscope.lang.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One Go source file as bytes, with the mapping between byte offsets and positions.
 *
 * <p>Every position in the syntax tree is a byte offset into {@link #bytes()} (0-based; {@link
 * #NO_POS} when absent). Positions shown to users are 1-based {@code line:column} where the column
 * counts bytes from the start of the line and a tab counts 1, exactly as the Go toolchain reports
 * them ({@code prog.go:5:2}). The offset of the end of the file is a valid position (line and column
 * of the byte after the last one).
 */
public final class SourceFile {

    /** The file name Go's playground gives a program, and the one its messages start with. */
    public static final String DEFAULT_NAME = "prog.go";

    public static final int NO_POS = -1;

    private final String name;
    private final byte[] bytes;
    private final int[] lineStarts;

    public SourceFile(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes.clone();
        this.lineStarts = lineStarts(this.bytes);
    }

    /** The text as {@code prog.go}. */
    public static SourceFile of(String text) {
        return new SourceFile(DEFAULT_NAME, utf8(text));
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, utf8(text));
    }

    public String name() {
        return name;
    }

    /** A copy of the file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's bytes, shared: for readers in this package that never write them. */
    byte[] raw() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** The bytes from {@code from} (inclusive) to {@code to} (exclusive) decoded as UTF-8. */
    public String text(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    public String text() {
        return text(0, bytes.length);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset}, counting bytes (a tab is one). */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset of the first byte of a 1-based line. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IllegalArgumentException("line " + line + " outside 1.." + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** The offset of a 1-based line and byte column. */
    public int offset(int line, int column) {
        int start = lineStart(line);
        int end = line < lineStarts.length ? lineStarts[line] : bytes.length;
        if (column < 1 || start + column - 1 > end) {
            throw new IllegalArgumentException("column " + column + " outside line " + line);
        }
        return start + column - 1;
    }

    /** {@code name:line:column}, the way Go prints a position. */
    public String position(int offset) {
        return name + ":" + line(offset) + ":" + column(offset);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > bytes.length) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + bytes.length);
        }
    }

    private static int[] lineStarts(byte[] bytes) {
        int n = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /**
     * UTF-8 of a Java string, keeping a lone surrogate as its 3-byte (invalid) encoding rather than
     * replacing it with '?', so that the scanner reports the text as invalid UTF-8 where it is.
     */
    static byte[] utf8(String s) {
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xC0 | cp >> 6);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xE0 | cp >> 12);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }
}

package dev.chanscope.lang.syntax;

/**
 * Reads a source file one Unicode code point at a time, as cmd/compile's syntax package does: the
 * current character is {@link #ch} (-1 at the end) at byte offset {@link #chPos}.
 *
 * <p>Bytes that are not part of the program are reported and skipped: a NUL ("invalid NUL
 * character"), a byte that does not start a valid UTF-8 sequence ("invalid UTF-8 encoding"), and a
 * byte order mark anywhere but at the very start ("invalid BOM in the middle of the file"); a BOM at
 * the start is skipped silently. Errors are reported at the offending byte.
 */
abstract class SourceReader {

    static final int EOF = -1;
    private static final int BOM = 0xFEFF;

    final SourceFile file;
    final byte[] src;
    final ErrorList errors;

    /** The current character, or {@link #EOF}. */
    int ch;
    /** Offset of {@link #ch}; {@code src.length} at the end. */
    int chPos;
    /** Offset just after {@link #ch}. */
    private int readPos;

    SourceReader(SourceFile file, ErrorList errors) {
        this.file = file;
        this.src = file.raw();
        this.errors = errors;
        nextch();
    }

    final void error(String message) {
        errors.add(chPos, message);
    }

    final void errorAt(int offset, String message) {
        errors.add(offset, message);
    }

    /** Moves to the next character, skipping (and reporting) bytes that are not part of the program. */
    final void nextch() {
        while (true) {
            chPos = readPos;
            if (readPos >= src.length) {
                ch = EOF;
                return;
            }
            int b = src[readPos] & 0xFF;
            if (b < 0x80) {
                readPos++;
                ch = b;
                if (b == 0) {
                    error("invalid NUL character");
                    continue;
                }
                return;
            }
            int r = decode(src, readPos);
            if (r < 0) {
                readPos++;
                error("invalid UTF-8 encoding");
                continue;
            }
            readPos += width(r);
            ch = r;
            if (r == BOM) {
                if (chPos > 0) {
                    error("invalid BOM in the middle of the file");
                }
                continue;
            }
            return;
        }
    }

    /** The character after {@link #ch} without moving, for the few two-character decisions. */
    final int peekByte() {
        return readPos < src.length ? src[readPos] & 0xFF : EOF;
    }

    /** Returns to offset {@code pos} (which holds an ASCII character) and reads it again. */
    final void rewind(int pos) {
        readPos = pos;
        nextch();
    }

    /**
     * The code point of the valid UTF-8 sequence starting at {@code i} (whose first byte is >= 0x80),
     * or -1 when it is not one: truncated, overlong, a surrogate, or beyond U+10FFFF. Same verdicts
     * as Go's utf8.DecodeRune.
     */
    static int decode(byte[] s, int i) {
        int b0 = s[i] & 0xFF;
        int n;
        int min;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
            min = 0x80;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            min = 0x800;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            min = 0x10000;
            cp = b0 & 0x07;
        } else {
            return -1;
        }
        if (i + n >= s.length) {
            return -1;
        }
        for (int k = 1; k <= n; k++) {
            int b = s[i + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | b & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return -1;
        }
        return cp;
    }

    static int width(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}

package dev.chanscope.lang.interp.rt;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 over Go strings held as Latin-1 Java strings (one char per byte), with unicode/utf8's rules:
 * an invalid or short sequence decodes as U+FFFD of width 1; surrogates and values above U+10FFFF
 * are invalid; encoding an invalid rune gives U+FFFD's bytes.
 */
public final class Utf8 {

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    /** The rune starting at byte {@code i} packed with its width: {@code rune | width << 32}. */
    public static long decode(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return b0 | 1L << 32;
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return RUNE_ERROR | 1L << 32;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return RUNE_ERROR | 1L << 32;
            }
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) {
                return RUNE_ERROR | 1L << 32;
            }
            r = r << 6 | (b & 0x3F);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            return RUNE_ERROR | 1L << 32;
        }
        return r | (long) (need + 1) << 32;
    }

    public static int rune(long decoded) {
        return (int) decoded;
    }

    public static int width(long decoded) {
        return (int) (decoded >>> 32);
    }

    /** The rune ending just before byte {@code end}, packed like {@link #decode} (utf8.DecodeLastRuneInString). */
    public static long decodeLast(String s, int end) {
        int start = end - 1;
        if (s.charAt(start) < 0x80) {
            return s.charAt(start) | 1L << 32;
        }
        int lim = Math.max(0, end - 4);
        for (start--; start >= lim; start--) {
            if ((s.charAt(start) & 0xC0) != 0x80) {
                break;
            }
        }
        if (start < 0) {
            start = 0;
        }
        long d = decode(s, start);
        if (start + width(d) != end) {
            return RUNE_ERROR | 1L << 32;
        }
        return d;
    }

    public static boolean validRune(long r) {
        return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
    }

    /** Bytes needed to encode {@code r} (an invalid rune takes U+FFFD's three). */
    public static int runeLen(long r) {
        if (!validRune(r)) {
            return 3;
        }
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }

    /** Appends the UTF-8 bytes of {@code r}, one char per byte. */
    public static void append(StringBuilder b, long r) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        int c = (int) r;
        if (c < 0x80) {
            b.append((char) c);
        } else if (c < 0x800) {
            b.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            b.append((char) (0xE0 | c >> 12))
                    .append((char) (0x80 | c >> 6 & 0x3F))
                    .append((char) (0x80 | c & 0x3F));
        } else {
            b.append((char) (0xF0 | c >> 18))
                    .append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F))
                    .append((char) (0x80 | c & 0x3F));
        }
    }

    /** string(r): the UTF-8 encoding of one rune. */
    public static String encode(long r) {
        if (r >= 0 && r < 0x80) {
            return String.valueOf((char) r);
        }
        StringBuilder b = new StringBuilder(4);
        append(b, r);
        return b.toString();
    }

    public static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            i += c < 0x80 ? 1 : width(decode(s, i));
            n++;
        }
        return n;
    }

    public static boolean valid(String s) {
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            if (rune(d) == RUNE_ERROR && width(d) == 1) {
                return false;
            }
            i += width(d);
        }
        return true;
    }

    /** Go bytes (Latin-1 string) from Java text: its UTF-8 encoding. */
    public static String fromJava(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Java text from Go bytes: invalid sequences become U+FFFD, as a terminal would show them. */
    public static String toJava(String goBytes) {
        return new String(bytes(goBytes), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String goBytes) {
        return goBytes.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static String ofBytes(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
}

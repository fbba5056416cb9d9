package dev.chanscope.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} rules of the URL standard, as the browser's
 * {@code URLSearchParams} applies them: pairs split on {@code &} and the first {@code =}, {@code +} is
 * a space, a {@code %} not followed by two hex digits stays as it is, and bytes that are not UTF-8
 * become U+FFFD. Order and repeated names are kept.
 */
public final class QueryString {

    private QueryString() {}

    /** @param query with or without its leading {@code ?} */
    public static List<Map.Entry<String, String>> parse(String query) {
        String q = query.startsWith("?") ? query.substring(1) : query;
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String pair : q.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(Map.entry(decode(name), decode(value)));
        }
        return out;
    }

    /** The first value of {@code name}, or null. */
    public static String first(List<Map.Entry<String, String>> pairs, String name) {
        for (Map.Entry<String, String> e : pairs) {
            if (e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Serialises pairs as {@code URLSearchParams.toString()} does. */
    public static String format(List<Map.Entry<String, String>> pairs) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : pairs) {
            if (!b.isEmpty()) {
                b.append('&');
            }
            encode(e.getKey(), b);
            b.append('=');
            encode(e.getValue(), b);
        }
        return b.toString();
    }

    private static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                writeUtf8(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp, bytes);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static void encode(String s, StringBuilder b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            writeUtf8(Character.isSurrogate((char) cp) && cp < 0x10000 ? 0xFFFD : cp, bytes);
        }
        for (byte x : bytes.toByteArray()) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "*-._".indexOf(c) >= 0) {
                b.append((char) c);
            } else if (c == ' ') {
                b.append('+');
            } else {
                b.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
    }

    private static void writeUtf8(int cp, ByteArrayOutputStream out) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}

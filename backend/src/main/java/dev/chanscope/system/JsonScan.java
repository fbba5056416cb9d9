package dev.chanscope.system;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * One pass over the structure of JSON text (strings skipped, escapes honoured), for errors that say
 * where: the path of the value being read at a given point, and the first place the text crosses one
 * of {@link JsonLimits}' bounds (the parser names the bound but not the place). It needs no parser
 * state, so it is right wherever the text breaks off.
 *
 * <p>Text read from bytes is passed as ISO-8859-1 (one character a byte): JSON's structural characters
 * are ASCII and never part of a multi-byte UTF-8 character, and a string's length is counted in the
 * UTF-16 units the parser counts.
 */
final class JsonScan {

    /** A bound of {@link JsonLimits} the text crosses. */
    enum Over {
        NESTING,
        STRING,
        NUMBER
    }

    /** Where a scan stopped: the offset, the path of the value being read there, and why (or null). */
    record Stop(int offset, String path, Over over) {}

    /** One open object or array: where the value being read sits in it. */
    private static final class Open {
        final boolean object;
        String name; // object: the property whose value is being read (after its name), else null
        boolean nameDue; // object: the next string is a property name
        int index = -1; // array: the element being read, -1 before the first one starts

        Open(boolean object) {
            this.object = object;
            this.nameDue = object;
        }
    }

    private JsonScan() {}

    /** The path of the value being read at {@code end}. */
    static String pathAt(CharSequence text, int end) {
        return scan(text, end, false, false).path();
    }

    /** The first place {@code text} crosses a bound, or null when it crosses none. */
    static Stop firstOverLimit(CharSequence text, boolean fromBytes) {
        Stop s = scan(text, text.length(), true, fromBytes);
        return s.over() == null ? null : s;
    }

    private static Stop scan(CharSequence text, int end, boolean checkLimits, boolean fromBytes) {
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder name = null; // the string being read, when it is a property name
        int stringStart = -1; // while in a string: where it started
        long stringUnits = 0;
        int numberStart = -1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            Open top = open.peek();
            if (stringStart >= 0) {
                if (c == '"') {
                    stringStart = -1;
                    if (name != null) {
                        top.name = name.toString();
                        name = null;
                    }
                    continue;
                }
                if (c == '\\') {
                    i = escape(text, i, end, name); // the escaped character cannot end the string
                } else if (name != null) {
                    name.append(c);
                }
                stringUnits += !fromBytes ? 1 : (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
                if (checkLimits && stringUnits > JsonLimits.MAX_STRING_LENGTH) {
                    return stop(open, stringStart, Over.STRING);
                }
                continue;
            }
            boolean numeric = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
            if (numberStart >= 0 && !numeric) {
                numberStart = -1;
            } else if (numberStart < 0 && ((c >= '0' && c <= '9') || c == '-')) {
                numberStart = i;
            }
            if (checkLimits && numberStart >= 0 && i - numberStart + 1 > JsonLimits.MAX_NUMBER_LENGTH) {
                return stop(open, numberStart, Over.NUMBER);
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (top != null && !top.object && top.index < 0 && c != ']') {
                top.index = 0; // the first element starts
            }
            switch (c) {
                case '"' -> {
                    stringStart = i;
                    stringUnits = 0;
                    if (top != null && top.object && top.nameDue) {
                        top.nameDue = false;
                        name = new StringBuilder();
                    }
                }
                case '{', '[' -> {
                    if (checkLimits && open.size() == JsonLimits.MAX_NESTING) {
                        return stop(open, i, Over.NESTING);
                    }
                    open.push(new Open(c == '{'));
                }
                case '}', ']' -> open.poll();
                case ',' -> {
                    if (top != null && top.object) {
                        top.name = null;
                        top.nameDue = true;
                    } else if (top != null) {
                        top.index++; // the next element is due
                    }
                }
                default -> {} // ':' and the characters of numbers, true, false, null
            }
        }
        return stop(open, end, null);
    }

    /** Reads the escape at {@code i} (a backslash) into {@code name}, if any; returns its last index. */
    private static int escape(CharSequence text, int i, int end, StringBuilder name) {
        if (i + 1 >= end) {
            return i;
        }
        char e = text.charAt(i + 1);
        if (e == 'u' && i + 5 < end) {
            if (name != null) {
                try {
                    name.append((char)
                            Integer.parseInt(text.subSequence(i + 2, i + 6).toString(), 16));
                } catch (NumberFormatException bad) {
                    // the parser reports the bad escape; the path keeps what it has
                }
            }
            return i + 5;
        }
        if (name != null) {
            name.append(
                    switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e; // \" \\ \/
                    });
        }
        return i + 1;
    }

    private static Stop stop(Deque<Open> open, int offset, Over over) {
        StringBuilder path = new StringBuilder();
        for (Iterator<Open> it = open.descendingIterator(); it.hasNext(); ) {
            Open o = it.next();
            if (o.object && o.name != null && !o.nameDue) {
                path.append(path.isEmpty() ? "" : ".").append(o.name);
            } else if (!o.object && o.index >= 0) {
                path.append('[').append(o.index).append(']');
            } else {
                break; // between two entries: the path is this object or array itself
            }
        }
        return new Stop(offset, path.isEmpty() ? "$" : path.toString(), over);
    }

    /** The 1-based line and column of {@code offset}, counted as the parser counts them. */
    static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}

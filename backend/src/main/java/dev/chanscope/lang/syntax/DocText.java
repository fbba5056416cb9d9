package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of a doc comment paragraph as go/doc/comment reads it, for gofmt's rewrite: links to
 * definitions ({@code [text]} with a {@code [text]: url} line) are marked used, URLs and identifiers
 * are taken whole, and {@code ``} and {@code ''} become typographic quotes.
 */
final class DocText {

    private DocText() {}

    /** A run of text: plain, or a link whose text is printed in brackets unless automatic. */
    sealed interface Part permits Plain, Link {}

    record Plain(String text) implements Part {}

    record Link(boolean auto, List<Part> text) implements Part {}

    /** A {@code [text]: url} line. */
    static final class LinkDef {
        final String text;
        final String url;
        boolean used;

        LinkDef(String text, String url) {
            this.text = text;
            this.url = url;
        }
    }

    static List<Part> parseLinked(String text, Map<String, LinkDef> defs) {
        List<Part> out = new ArrayList<>();
        int wrote = 0;
        int start = -1;
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                c = ' ';
            }
            if (c == '[') {
                start = i;
            } else if (c == ']') {
                if (start >= 0) {
                    LinkDef def = defs.get(buf.toString());
                    if (def != null) {
                        def.used = true;
                        if (wrote < start) {
                            parse(out, text.substring(wrote, start), true);
                        }
                        out.add(new Link(false, parse(new ArrayList<>(), text.substring(start + 1, i), false)));
                        wrote = i + 1;
                    }
                }
                start = -1;
                buf.setLength(0);
            }
            if (start >= 0 && i != start) {
                buf.append(c);
            }
        }
        if (wrote < text.length()) {
            parse(out, text.substring(wrote), true);
        }
        return out;
    }

    private static List<Part> parse(List<Part> out, String s, boolean autoLink) {
        StringBuilder w = new StringBuilder();
        int wrote = 0;
        int i = 0;
        while (i < s.length()) {
            String t = s.substring(i);
            if (autoLink) {
                String url = autoUrl(t);
                if (url != null) {
                    w.append(s, wrote, i);
                    flush(out, w);
                    out.add(new Link(true, List.of(new Plain(url))));
                    i += url.length();
                    wrote = i;
                    continue;
                }
                int id = identLength(t);
                if (id > 0) {
                    i += id; // a word is never rewritten
                    continue;
                }
            }
            if (t.startsWith("``")) {
                if (t.length() >= 3 && t.charAt(2) == '`') {
                    i += 3;
                    // As go/doc/comment does: this compares i, an index into s, with t.
                    while (i < t.length() && t.charAt(i) == '`') {
                        i++;
                    }
                    continue;
                }
                w.append(s, wrote, i).append('\u201C');
                i += 2;
                wrote = i;
            } else if (t.startsWith("''")) {
                w.append(s, wrote, i).append('\u201D');
                i += 2;
                wrote = i;
            } else {
                i++;
            }
        }
        w.append(s, wrote, s.length());
        flush(out, w);
        return out;
    }

    private static void flush(List<Part> out, StringBuilder w) {
        if (!w.isEmpty()) {
            out.add(new Plain(w.toString()));
            w.setLength(0);
        }
    }

    static boolean isScheme(String s) {
        return switch (s) {
            case "file", "ftp", "gopher", "http", "https", "mailto", "nntp" -> true;
            default -> false;
        };
    }

    /** The URL at the start of s ({@code scheme://host/path}), or null. */
    private static String autoUrl(String s) {
        if (s.length() < 7) {
            return null;
        }
        int i;
        if (s.charAt(3) == ':') {
            i = 3;
        } else if (s.charAt(4) == ':') {
            i = 4;
        } else if (s.charAt(5) == ':') {
            i = 5;
        } else if (s.charAt(6) == ':') {
            i = 6;
        } else {
            return null;
        }
        if (i + 3 > s.length() || !s.startsWith("://", i) || !isScheme(s.substring(0, i))) {
            return null;
        }
        i += 3;
        if (i >= s.length() || !isHost(s.charAt(i)) || isPunct(s.charAt(i))) {
            return null;
        }
        i++;
        int end = i;
        while (i < s.length() && isHost(s.charAt(i))) {
            if (!isPunct(s.charAt(i))) {
                end = i + 1;
            }
            i++;
        }
        i = end;
        StringBuilder stack = new StringBuilder();
        end = i;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPunct(c)) {
                continue;
            }
            if (!isPath(c)) {
                break;
            }
            if (c == '(') {
                stack.append(')');
            } else if (c == '{') {
                stack.append('}');
            } else if (c == '[') {
                stack.append(']');
            } else if (c == ')' || c == '}' || c == ']') {
                if (stack.isEmpty() || stack.charAt(stack.length() - 1) != c) {
                    break;
                }
                stack.setLength(stack.length() - 1);
            }
            if (stack.isEmpty()) {
                end = i + 1;
            }
        }
        return s.substring(0, end);
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isHost(char c) {
        return c < 0x80 && (isAlnum(c) || "_@-.[]:".indexOf(c) >= 0);
    }

    private static boolean isPunct(char c) {
        return ".,:;?!".indexOf(c) >= 0;
    }

    private static boolean isPath(char c) {
        return c < 0x80 && (isAlnum(c) || "$'()*+&#=@~_/-[]{}%".indexOf(c) >= 0);
    }

    /** The length of the identifier (letters, digits, '_', not starting with a digit) at s's start. */
    private static int identLength(String s) {
        int n = 0;
        while (n < s.length()) {
            char c = s.charAt(n);
            if (c < 0x80) {
                if ((isAlnum(c) || c == '_') && (n > 0 || c < '0' || c > '9')) {
                    n++;
                    continue;
                }
                break;
            }
            int r = s.codePointAt(n);
            if (Character.isLetter(r)) {
                n += Character.charCount(r);
                continue;
            }
            break;
        }
        return n;
    }
}

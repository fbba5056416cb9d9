package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * go/doc/comment's parser, as far as gofmt's rewrite needs it: the comment text is cut into spans
 * (paragraphs, headings, code blocks, lists) by indentation and blank lines, and paragraphs made of
 * only {@code [text]: url} lines become link definitions.
 */
final class DocCommentParser {

    private DocCommentParser() {}

    record Doc(List<DocComment.Block> content, List<DocText.LinkDef> links) {}

    private enum Kind {
        CODE,
        HEADING,
        LIST,
        OLD_HEADING,
        PARA
    }

    private record Span(int start, int end, Kind kind) {}

    static Doc parse(String text) {
        List<String> lines = unindent(Arrays.asList(text.split("\n", -1)));
        List<DocComment.Block> content = new ArrayList<>();
        List<DocText.LinkDef> links = new ArrayList<>();
        Span prev = new Span(0, 0, Kind.PARA);
        for (Span s : spans(lines)) {
            List<String> part = lines.subList(s.start(), s.end());
            DocComment.Block b = switch (s.kind()) {
                case LIST -> list(part, prev.end() < s.start(), links);
                case CODE -> new DocComment.Code(String.join("\n", unindent(part)) + "\n");
                case OLD_HEADING -> new DocComment.Heading(trimSpace(lines.get(s.start())));
                case HEADING ->
                    new DocComment.Heading(trimSpace(lines.get(s.start()).substring(1)));
                case PARA -> paragraph(part, links);
            };
            if (b != null) {
                content.add(b);
            }
            prev = s;
        }
        return new Doc(content, links);
    }

    private static List<Span> spans(List<String> lines) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int forceIndent = 0;
        spans:
        while (true) {
            while (i < lines.size() && lines.get(i).isEmpty()) {
                i++;
            }
            if (i >= lines.size()) {
                break;
            }
            Kind kind;
            int start = i;
            int end;
            if (i < forceIndent || indented(lines.get(i))) {
                boolean unindentedListOk = isList(lines.get(i)) && i < forceIndent;
                i++;
                while (i < lines.size()
                        && (lines.get(i).isEmpty()
                                || i < forceIndent
                                || indented(lines.get(i))
                                || unindentedListOk && isList(lines.get(i)))) {
                    if (lines.get(i).isEmpty()) {
                        unindentedListOk = false;
                    }
                    i++;
                }
                end = i;
                while (end > start && lines.get(end - 1).isEmpty()) {
                    end--;
                }
                if (end < lines.size() && lines.get(end).startsWith("}")) {
                    end++; // a closing brace belongs to the code above it
                }
                kind = isList(lines.get(start)) ? Kind.LIST : Kind.CODE;
            } else {
                i++;
                while (i < lines.size() && !lines.get(i).isEmpty() && !indented(lines.get(i))) {
                    i++;
                }
                end = i;
                if (i < lines.size() && !lines.get(i).isEmpty() && !isList(lines.get(i))) {
                    String last = lines.get(i - 1);
                    if (isList(last)) {
                        forceIndent = end;
                        end--;
                        while (end > start && isList(lines.get(end - 1))) {
                            end--;
                        }
                    } else if (last.endsWith("{") || last.endsWith("\\")) {
                        forceIndent = end;
                        end--;
                    }
                    if (start == end && forceIndent > start) {
                        i = start;
                        continue spans;
                    }
                }
                if (end - start == 1 && isHeading(lines.get(start))) {
                    kind = Kind.HEADING;
                } else if (end - start == 1 && isOldHeading(lines.get(start), lines, start)) {
                    kind = Kind.OLD_HEADING;
                } else {
                    kind = Kind.PARA;
                }
            }
            spans.add(new Span(start, end, kind));
            i = end;
        }
        return spans;
    }

    static boolean indented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    private static boolean isBlank(String s) {
        return s.isEmpty() || s.equals("\n");
    }

    /** The lines without leading and trailing blank lines and without their common indentation. */
    static List<String> unindent(List<String> in) {
        int from = 0;
        int to = in.size();
        while (from < to && isBlank(in.get(from))) {
            from++;
        }
        while (to > from && isBlank(in.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return new ArrayList<>();
        }
        String prefix = leadingSpace(in.get(from));
        for (int i = from + 1; i < to; i++) {
            if (!isBlank(in.get(i))) {
                prefix = commonPrefix(prefix, leadingSpace(in.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = in.get(i);
            if (line.startsWith(prefix)) {
                line = line.substring(prefix.length());
            }
            out.add(trimSpace(line).isEmpty() ? "" : line);
        }
        while (!out.isEmpty() && out.getFirst().isEmpty()) {
            out.removeFirst();
        }
        while (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        return out;
    }

    private static String commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }

    private static String leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(0, i);
    }

    /** strings.TrimSpace (Unicode white space). */
    static String trimSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && BlockComments.isSpace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && BlockComments.isSpace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(from, to);
    }

    private static boolean isHeading(String line) {
        return line.length() >= 2
                && line.charAt(0) == '#'
                && (line.charAt(1) == ' ' || line.charAt(1) == '\t')
                && !trimSpace(line).equals("#");
    }

    /** A line alone between blank lines, before unindented text, that reads like a title. */
    private static boolean isOldHeading(String line, List<String> all, int off) {
        if (off <= 0
                || !all.get(off - 1).isEmpty()
                || off + 2 >= all.size()
                || !all.get(off + 1).isEmpty()
                || !leadingSpace(all.get(off + 2)).isEmpty()) {
            return false;
        }
        line = trimSpace(line);
        int first = line.codePointAt(0);
        if (!Character.isLetter(first) || !Character.isUpperCase(first)) {
            return false;
        }
        int last = line.codePointBefore(line.length());
        if (!Character.isLetter(last) && !Character.isDigit(last)) {
            return false;
        }
        for (char c : ";:!?+*/=[]{}_^°&§~%#@<\">\\".toCharArray()) {
            if (line.indexOf(c) >= 0) {
                return false;
            }
        }
        for (int i = line.indexOf('\''); i >= 0; i = line.indexOf('\'', i + 1)) {
            String b = line.substring(i + 1);
            if (!b.equals("s") && !b.startsWith("s ")) {
                return false; // only 's may follow an apostrophe
            }
        }
        for (int i = line.indexOf('.'); i >= 0; i = line.indexOf('.', i + 1)) {
            String b = line.substring(i + 1);
            if (b.isEmpty() || b.startsWith(" ")) {
                return false; // a period ending a sentence
            }
        }
        return true;
    }

    private static DocComment.Block paragraph(List<String> lines, List<DocText.LinkDef> links) {
        List<DocText.LinkDef> defs = new ArrayList<>();
        for (String line : lines) {
            DocText.LinkDef def = parseLink(line);
            if (def == null) {
                return new DocComment.Paragraph(String.join("\n", lines));
            }
            defs.add(def);
        }
        links.addAll(defs);
        return null;
    }

    private static DocText.LinkDef parseLink(String line) {
        if (line.isEmpty() || line.charAt(0) != '[') {
            return null;
        }
        int i = line.indexOf("]:");
        if (i < 0 || i + 3 >= line.length() || line.charAt(i + 2) != ' ' && line.charAt(i + 2) != '\t') {
            return null;
        }
        String text = line.substring(1, i);
        String url = trimSpace(line.substring(i + 3));
        int j = url.indexOf("://");
        if (j < 0 || !DocText.isScheme(url.substring(0, j))) {
            return null;
        }
        return new DocText.LinkDef(text, url);
    }

    private static DocComment.ListBlock list(
            List<String> lines, boolean forceBlankBefore, List<DocText.LinkDef> links) {
        boolean numbered = !listMarker(lines.getFirst())[0].isEmpty();
        List<DocComment.Item> items = new ArrayList<>();
        boolean forceBlankBetween = false;
        List<String> paragraphs = null;
        List<String> text = new ArrayList<>();
        for (String line : lines) {
            String[] m = listMarker(line);
            if (m != null && !m[0].isEmpty() == numbered) {
                flush(paragraphs, text, links);
                paragraphs = new ArrayList<>();
                items.add(new DocComment.Item(m[0], paragraphs));
                line = m[1];
            }
            line = trimSpace(line);
            if (line.isEmpty()) {
                forceBlankBetween = true;
                flush(paragraphs, text, links);
                continue;
            }
            text.add(line);
        }
        flush(paragraphs, text, links);
        return new DocComment.ListBlock(items, forceBlankBefore, forceBlankBetween);
    }

    /** Ends the current paragraph of a list item (link definitions in it are collected instead). */
    private static void flush(List<String> paragraphs, List<String> text, List<DocText.LinkDef> links) {
        if (paragraphs != null && paragraph(text, links) instanceof DocComment.Paragraph p) {
            paragraphs.add(p.text());
        }
        text.clear();
    }

    private static boolean isList(String line) {
        return listMarker(line) != null;
    }

    /** {number, rest} of a list item line ("-", "*", "+", "•" or "1." / "1)"), or null. */
    private static String[] listMarker(String line) {
        line = trimSpace(line);
        if (line.isEmpty()) {
            return null;
        }
        String num;
        String rest;
        int r = line.codePointAt(0);
        if (r == '\u2022' || r == '*' || r == '+' || r == '-') {
            num = "";
            rest = line.substring(Character.charCount(r));
        } else if (line.charAt(0) >= '0' && line.charAt(0) <= '9') {
            int n = 1;
            while (n < line.length() && line.charAt(n) >= '0' && line.charAt(n) <= '9') {
                n++;
            }
            if (n >= line.length() || line.charAt(n) != '.' && line.charAt(n) != ')') {
                return null;
            }
            num = line.substring(0, n);
            rest = line.substring(n + 1);
        } else {
            return null;
        }
        if (!indented(rest) || trimSpace(rest).isEmpty()) {
            return null;
        }
        return new String[] {num, rest};
    }
}

package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * gofmt 1.19's rewrite of top-level doc comments (go/printer's formatDocComment over
 * go/doc/comment): the text is parsed into paragraphs, headings ({@code # Heading}, and old-style
 * one-line headings converted to that form), code blocks (indented, printed with one tab), lists and
 * link definitions (moved to the end), then printed in canonical form: common indentation removed,
 * one blank line between blocks, no blank lines at the ends, directives such as {@code //go:generate}
 * last.
 */
final class DocComment {

    private DocComment() {}

    sealed interface Block permits Paragraph, Heading, Code, ListBlock {}

    record Paragraph(String text) implements Block {}

    record Heading(String text) implements Block {}

    record Code(String text) implements Block {}

    record Item(String number, List<String> paragraphs) {}

    record ListBlock(List<Item> items, boolean forceBlankBefore, boolean forceBlankBetween) implements Block {
        boolean blankBetween() {
            return forceBlankBetween
                    || items.stream().anyMatch(i -> i.paragraphs().size() != 1);
        }

        boolean blankBefore() {
            return forceBlankBefore || blankBetween();
        }
    }

    static List<Comment> format(List<Comment> list) {
        String kind;
        String text;
        List<Comment> directives = new ArrayList<>();
        String first = list.getFirst().text();
        if (list.size() == 1 && first.startsWith("/*")) {
            kind = "/*";
            if (!first.contains("\n") || allStars(first)) {
                return list;
            }
            text = first.substring(2, first.length() - 2);
        } else if (first.startsWith("//")) {
            kind = "//";
            StringBuilder b = new StringBuilder();
            for (Comment c : list) {
                if (!c.text().startsWith("//")) {
                    return list;
                }
                if (isDirective(c.text().substring(2))) {
                    directives.add(c);
                    continue;
                }
                String t = c.text().substring(2);
                b.append(t.startsWith(" ") ? t.substring(1) : t).append('\n');
            }
            text = b.toString();
        } else {
            return list;
        }
        if (text.isEmpty()) {
            return list;
        }
        text = print(DocCommentParser.parse(text));
        int slash = list.getFirst().pos();
        if (kind.equals("/*")) {
            return List.of(new Comment(slash, "/*\n" + text + "*/"));
        }
        List<Comment> out = new ArrayList<>();
        for (String line : lines(text)) {
            String c = line.isEmpty() ? "//" : line.startsWith("\t") ? "//" + line : "// " + line;
            out.add(new Comment(slash, c));
        }
        if (!directives.isEmpty()) {
            out.add(new Comment(slash, "//"));
            for (Comment c : directives) {
                out.add(new Comment(slash, c.text()));
            }
        }
        return out;
    }

    /** The lines of text that ends with a newline (none for the empty text). */
    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    /** "//line ", "//extern ", "//export ", or "//[a-z0-9]+:[a-z0-9]" (without the slashes). */
    static boolean isDirective(String c) {
        if (c.startsWith("line ") || c.startsWith("extern ") || c.startsWith("export ")) {
            return true;
        }
        int colon = c.indexOf(':');
        if (colon <= 0 || colon + 1 >= c.length()) {
            return false;
        }
        for (int i = 0; i <= colon + 1; i++) {
            if (i == colon) {
                continue;
            }
            char b = c.charAt(i);
            if (!(b >= 'a' && b <= 'z' || b >= '0' && b <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether every line after the first of a block comment starts (after blanks) with a '*'. */
    private static boolean allStars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) != '*') {
                    return false;
                }
            }
        }
        return true;
    }

    /** go/doc/comment's Printer.Comment: the canonical comment text, each line ending in a newline. */
    static String print(DocCommentParser.Doc d) {
        StringBuilder out = new StringBuilder();
        Map<String, DocText.LinkDef> defs = new HashMap<>();
        for (DocText.LinkDef def : d.links()) {
            defs.putIfAbsent(def.text, def);
        }
        for (int i = 0; i < d.content().size(); i++) {
            Block x = d.content().get(i);
            if (i > 0 && (!(x instanceof ListBlock l) || l.blankBefore())) {
                out.append('\n');
            }
            block(out, x, defs);
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean used = pass == 0;
            boolean firstDef = true;
            for (DocText.LinkDef def : d.links()) {
                if (def.used == used) {
                    if (firstDef) {
                        out.append('\n');
                        firstDef = false;
                    }
                    out.append('[')
                            .append(def.text)
                            .append("]: ")
                            .append(def.url)
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void block(StringBuilder out, Block x, Map<String, DocText.LinkDef> defs) {
        switch (x) {
            case Paragraph p -> {
                text(out, "", DocText.parseLinked(p.text(), defs));
                out.append('\n');
            }
            case Heading h -> out.append("# ").append(h.text()).append('\n');
            case Code c -> {
                for (String line : lines(c.text())) {
                    if (!line.isEmpty()) {
                        out.append('\t').append(line);
                    }
                    out.append('\n');
                }
            }
            case ListBlock l -> {
                boolean loose = l.blankBetween();
                for (int i = 0; i < l.items().size(); i++) {
                    Item item = l.items().get(i);
                    if (i > 0 && loose) {
                        out.append('\n');
                    }
                    out.append(' ');
                    out.append(item.number().isEmpty() ? " - " : item.number() + ". ");
                    for (int k = 0; k < item.paragraphs().size(); k++) {
                        if (k > 0) {
                            out.append("\n    ");
                        }
                        text(out, "    ", DocText.parseLinked(item.paragraphs().get(k), defs));
                        out.append('\n');
                    }
                }
            }
        }
    }

    private static void text(StringBuilder out, String indent, List<DocText.Part> parts) {
        for (DocText.Part t : parts) {
            switch (t) {
                case DocText.Plain p -> out.append(p.text().replace("\n", "\n" + indent));
                case DocText.Link l -> {
                    if (l.auto()) {
                        text(out, indent, l.text());
                    } else {
                        out.append('[');
                        text(out, indent, l.text());
                        out.append(']');
                    }
                }
            }
        }
    }
}

package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Placing the source's comments among the printed tokens (go/printer's intersperseComments,
 * writeCommentPrefix, writeComment and writeCommentSuffix): a comment keeps its line relative to
 * the tokens around it, a trailing comment is separated by a tab (so the tab writer aligns a run of
 * them), pending indentation is applied or deferred so the comment sits at the indentation of what
 * follows, and top-level doc comments are reformatted ({@link DocComment}).
 */
final class CommentWriter {

    private CommentWriter() {}

    static int intersperse(PrinterCore p, PrinterCore.Pos next, Token tok) {
        Comment last = null;
        while (p.commentBefore(next)) {
            CommentGroup group = p.comment();
            List<Comment> list = group.list();
            boolean changed = false;
            if (p.lastTok != Token.IMPORT
                    && p.posFor(group.pos()).column() == 1
                    && p.posFor(group.end() + 1).equals(next)) {
                // An unindented comment just above the next token: a top-level doc comment.
                list = DocComment.format(list);
                changed = true;
                if (list.isEmpty()) {
                    writePrefix(p, p.posFor(group.pos()), next, last, tok);
                    p.resumeAfter(next);
                    p.nextComment();
                    return writeSuffix(p, false);
                }
            }
            for (Comment c : list) {
                writePrefix(p, p.posFor(c.pos()), next, last, tok);
                write(p, c);
                last = c;
            }
            if (changed) {
                last = group.list().getLast();
                p.resumeAfter(p.posFor(last.end()));
            }
            p.nextComment();
        }
        if (last == null) {
            return 0;
        }
        boolean needsLinebreak = false;
        if ((p.mode & PrinterCore.NO_EXTRA_BLANK) == 0
                && last.text().charAt(1) == '*'
                && p.lineFor(last.pos()) == next.line()
                && tok != Token.COMMA
                && (tok != Token.RPAREN || p.prevOpen == Token.LPAREN)
                && (tok != Token.RBRACK || p.prevOpen == Token.LBRACK)) {
            if (p.containsLinebreak() && (p.mode & PrinterCore.NO_EXTRA_LINEBREAK) == 0 && p.level == 0) {
                needsLinebreak = true;
            } else {
                p.writeByte(PrinterCore.BLANK, 1);
            }
        }
        if (last.text().charAt(1) == '/'
                || tok == Token.EOF
                || tok == Token.RBRACE && (p.mode & PrinterCore.NO_EXTRA_LINEBREAK) == 0) {
            needsLinebreak = true;
        }
        return writeSuffix(p, needsLinebreak);
    }

    /** The whitespace before a comment, taken from the pending whitespace where it helps. */
    private static void writePrefix(PrinterCore p, PrinterCore.Pos pos, PrinterCore.Pos next, Comment prev, Token tok) {
        if (p.output.size() == 0) {
            return; // the comment is the first thing printed
        }
        byte[] ws = p.wsbuf();
        int n = p.wsLen();
        if (pos.line() == p.lastLine() && (prev == null || prev.text().charAt(1) != '/')) {
            // On the line of the last item: at least one separator.
            boolean hasSep = false;
            if (prev == null) {
                int j = 0;
                for (int i = 0; i < n; i++) {
                    byte ch = ws[i];
                    if (ch == PrinterCore.BLANK) {
                        ws[i] = PrinterCore.IGNORE;
                        continue;
                    }
                    if (ch == PrinterCore.VTAB) {
                        hasSep = true;
                        continue;
                    }
                    if (ch == PrinterCore.INDENT) {
                        continue;
                    }
                    j = i;
                    break;
                }
                p.writeWhitespace(j);
            }
            if (!hasSep) {
                p.writeByte(pos.line() == next.line() ? PrinterCore.BLANK : (byte) '\t', 1);
            }
            return;
        }
        // On a different line: at least one line break.
        boolean droppedLinebreak = false;
        int j = 0;
        for (int i = 0; i < n; i++) {
            byte ch = ws[i];
            if (ch == PrinterCore.BLANK || ch == PrinterCore.VTAB) {
                ws[i] = PrinterCore.IGNORE;
                continue;
            }
            if (ch == PrinterCore.INDENT) {
                continue;
            }
            if (ch == PrinterCore.UNINDENT) {
                if (i + 1 < n && ws[i + 1] == PrinterCore.UNINDENT) {
                    continue;
                }
                if (tok != Token.RBRACE && pos.column() == next.column()) {
                    continue;
                }
            } else if (ch == PrinterCore.NEWLINE || ch == PrinterCore.FORMFEED) {
                ws[i] = PrinterCore.IGNORE;
                droppedLinebreak = prev == null;
            }
            j = i;
            break;
        }
        p.writeWhitespace(j);
        int lines = 0;
        if (pos.valid() && p.lastValid()) {
            lines = Math.max(0, pos.line() - p.lastLine());
        }
        if (p.indent == 0 && droppedLinebreak) {
            lines++; // keep a blank line before a doc comment at the top level
        }
        if (lines == 0 && prev != null && prev.text().charAt(1) == '/') {
            lines = 1;
        }
        if (lines > 0) {
            p.writeByte(PrinterCore.FORMFEED, PrinterCore.nlimit(lines));
        }
    }

    private static void write(PrinterCore p, Comment comment) {
        String text = comment.text();
        PrinterCore.Pos pos = p.posFor(comment.pos());
        int savedIndent = p.indent;
        if (text.startsWith("//line ") && (!pos.valid() || pos.column() == 1)) {
            p.indent = 0; // keep a line directive in column 1
        }
        try {
            if (text.charAt(1) == '/') {
                p.writeString(pos, BlockComments.trimRight(text), true);
                return;
            }
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            if (pos.valid() && pos.column() == 1 && p.indent > 0) {
                // Indent continuation lines as if the comment had been indented, for idempotence.
                for (int i = 1; i < lines.size(); i++) {
                    lines.set(i, "   " + lines.get(i));
                }
            }
            BlockComments.stripCommonPrefix(lines);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p.writeByte(PrinterCore.FORMFEED, 1);
                    pos = p.currentPos();
                }
                String line = lines.get(i);
                if (!line.isEmpty()) {
                    p.writeString(pos, BlockComments.trimRight(line), true);
                }
            }
        } finally {
            p.indent = savedIndent;
        }
    }

    /** A line break after a comment if needed, and the pending whitespace. */
    private static int writeSuffix(PrinterCore p, boolean needsLinebreak) {
        boolean wroteNewline = false;
        boolean droppedFF = false;
        byte[] ws = p.wsbuf();
        int n = p.wsLen();
        for (int i = 0; i < n; i++) {
            byte ch = ws[i];
            if (ch == PrinterCore.BLANK || ch == PrinterCore.VTAB) {
                ws[i] = PrinterCore.IGNORE;
            } else if (ch == PrinterCore.NEWLINE || ch == PrinterCore.FORMFEED) {
                if (needsLinebreak) {
                    needsLinebreak = false;
                    wroteNewline = true;
                } else {
                    if (ch == PrinterCore.FORMFEED) {
                        droppedFF = true;
                    }
                    ws[i] = PrinterCore.IGNORE;
                }
            }
        }
        p.writeWhitespace(n);
        if (needsLinebreak) {
            p.writeByte(PrinterCore.NEWLINE, 1);
            wroteNewline = true;
        }
        return (wroteNewline ? PrinterCore.WROTE_NEWLINE : 0) | (droppedFF ? PrinterCore.DROPPED_FF : 0);
    }
}

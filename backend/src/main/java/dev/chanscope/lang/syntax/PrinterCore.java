package dev.chanscope.lang.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The token and whitespace layer of the formatter, after go/printer's printer.go: tokens are
 * printed with whitespace that is buffered until the next token, so that comments from the source
 * can be placed between them ({@link #flush}) with the line breaks they had; alignment is expressed
 * with tabs and vertical tabs for the {@link TabWriter}, indentation with hard tabs.
 *
 * <p>Positions: {@code pos*} is the current position in the source (advanced as text is written and
 * reset at each token that has one), {@code out*} the position in the output, {@code last*} the
 * position after the last token or comment written. A position is valid when its line is > 0.
 */
abstract class PrinterCore {

    static final byte IGNORE = 0;
    static final byte BLANK = ' ';
    static final byte VTAB = 0x0B;
    static final byte NEWLINE = '\n';
    static final byte FORMFEED = '\f';
    static final byte INDENT = '>';
    static final byte UNINDENT = '<';

    /** Printer modes, toggled by {@link #printMode}. */
    static final int NO_EXTRA_BLANK = 1;

    static final int NO_EXTRA_LINEBREAK = 2;

    static final int MAX_NEWLINES = 2;
    static final int INFINITY = 1 << 30;

    /** A source position: offset, 1-based line and byte column; line 0 when invalid. */
    record Pos(int offset, int line, int column) {
        static final Pos INVALID = new Pos(0, 0, 0);

        boolean valid() {
            return line > 0;
        }
    }

    final LineTable lines;
    final IdentityHashMap<Node, Integer> nodeSizes;
    final ByteBuf output = new ByteBuf();

    int indent;
    /** > 0 inside a composite literal. */
    int level;

    int mode;
    private boolean endAlignment;
    boolean impliedSemi;
    Token lastTok = Token.ILLEGAL;
    Token prevOpen = Token.ILLEGAL;
    private byte[] wsbuf = new byte[16];
    private int wsLen;

    int posOffset;
    int posLine = 1;
    int posColumn = 1;
    int outLine = 1;
    int outColumn = 1;
    private int lastOffset;
    private int lastLine;
    private int[] linePtr;

    List<CommentGroup> comments;
    boolean useNodeComments;
    private int cindex;
    private CommentGroup comment;
    private int commentOffset = INFINITY;
    private boolean commentNewline;

    PrinterCore(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        this.lines = lines;
        this.nodeSizes = nodeSizes;
    }

    // ---- positions

    final Pos posFor(int offset) {
        if (offset < 0) {
            return Pos.INVALID;
        }
        return new Pos(offset, lines.line(offset), lines.column(offset));
    }

    final int lineFor(int offset) {
        return lines.line(offset);
    }

    final Pos currentPos() {
        return new Pos(posOffset, posLine, posColumn);
    }

    private void setPos(Pos p) {
        posOffset = p.offset();
        posLine = p.line();
        posColumn = p.column();
    }

    /** Records the output line of the next token in {@code ptr[0]}. */
    final void recordLine(int[] ptr) {
        linePtr = ptr;
    }

    final int linesFrom(int line) {
        return outLine - line;
    }

    // ---- comments

    private boolean commentsHaveNewline(List<Comment> list) {
        int line = lineFor(list.getFirst().pos());
        for (int i = 0; i < list.size(); i++) {
            Comment c = list.get(i);
            if (i > 0 && lineFor(c.pos()) != line) {
                return true;
            }
            String t = c.text();
            if (t.length() >= 2 && (t.charAt(1) == '/' || t.indexOf('\n') >= 0)) {
                return true;
            }
        }
        return false;
    }

    final void nextComment() {
        while (comments != null && cindex < comments.size()) {
            CommentGroup c = comments.get(cindex++);
            if (!c.list().isEmpty()) {
                comment = c;
                commentOffset = posFor(c.list().getFirst().pos()).offset();
                commentNewline = commentsHaveNewline(c.list());
                return;
            }
        }
        commentOffset = INFINITY;
    }

    /** Whether the current comment comes before {@code next} and printing it adds no semicolon. */
    final boolean commentBefore(Pos next) {
        return commentOffset < next.offset() && (!impliedSemi || !commentNewline);
    }

    /** The size of the comments before {@code next}, without consuming them. */
    final int commentSizeBefore(Pos next) {
        int savedIndex = cindex;
        CommentGroup savedComment = comment;
        int savedOffset = commentOffset;
        boolean savedNewline = commentNewline;
        int size = 0;
        while (commentBefore(next)) {
            for (Comment c : comment.list()) {
                size += Node.utf8Length(c.text());
            }
            nextComment();
        }
        cindex = savedIndex;
        comment = savedComment;
        commentOffset = savedOffset;
        commentNewline = savedNewline;
        return size;
    }

    /** Makes {@code g} the next comment when printing a node with its own comments (not a file). */
    final void setComment(CommentGroup g) {
        if (g == null || !useNodeComments) {
            return;
        }
        if (comments == null) {
            comments = new ArrayList<>();
            comments.add(g);
        } else if (cindex < comments.size()) {
            flush(posFor(g.list().getFirst().pos()), Token.ILLEGAL);
            comments = new ArrayList<>(comments.subList(0, 1));
        }
        if (comments.isEmpty()) {
            comments.add(g);
        } else {
            comments.set(0, g);
        }
        cindex = 0;
        if (commentOffset == INFINITY) {
            nextComment();
        }
    }

    // ---- writing

    private void writeIndent() {
        for (int i = 0; i < indent; i++) {
            output.add((byte) '\t');
        }
        posOffset += indent;
        posColumn += indent;
        outColumn += indent;
    }

    /** Writes formatting character {@code ch} n times. */
    final void writeByte(byte ch, int n) {
        if (endAlignment) {
            if (ch == '\t' || ch == VTAB) {
                ch = ' ';
            } else if (ch == '\n' || ch == '\f') {
                ch = '\f';
                endAlignment = false;
            }
        }
        if (outColumn == 1) {
            writeIndent();
        }
        for (int i = 0; i < n; i++) {
            output.add(ch);
        }
        posOffset += n;
        if (ch == '\n' || ch == '\f') {
            posLine += n;
            outLine += n;
            posColumn = 1;
            outColumn = 1;
            return;
        }
        posColumn += n;
        outColumn += n;
    }

    /** Writes a token, literal or comment; {@code isLit} protects it from the tab writer. */
    final void writeString(Pos at, String s, boolean isLit) {
        if (outColumn == 1) {
            writeIndent();
        }
        if (at.valid()) {
            setPos(at);
        }
        if (isLit) {
            output.add(TabWriter.ESCAPE);
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        output.add(b);
        int nlines = 0;
        int li = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\f') {
                nlines++;
                li = i;
                endAlignment = true; // a line break in a literal ends alignment on this line
            }
        }
        posOffset += b.length;
        if (nlines > 0) {
            posLine += nlines;
            outLine += nlines;
            int c = b.length - li;
            posColumn = c;
            outColumn = c;
        } else {
            posColumn += b.length;
            outColumn += b.length;
        }
        if (isLit) {
            output.add(TabWriter.ESCAPE);
        }
        lastOffset = posOffset;
        lastLine = posLine;
    }

    final void writeWhitespace(int n) {
        for (int i = 0; i < n; i++) {
            byte ch = wsbuf[i];
            switch (ch) {
                case IGNORE -> {}
                case INDENT -> indent++;
                case UNINDENT -> indent = Math.max(0, indent - 1);
                case NEWLINE, FORMFEED -> {
                    // A line break followed by a correcting unindent: unindent first (labels).
                    if (i + 1 < n && wsbuf[i + 1] == UNINDENT) {
                        wsbuf[i] = UNINDENT;
                        wsbuf[i + 1] = FORMFEED;
                        i--;
                        continue;
                    }
                    writeByte(ch, 1);
                }
                default -> writeByte(ch, 1);
            }
        }
        System.arraycopy(wsbuf, n, wsbuf, 0, wsLen - n);
        wsLen -= n;
    }

    static int nlimit(int n) {
        return Math.min(n, MAX_NEWLINES);
    }

    private static boolean mayCombine(Token prev, char next) {
        return switch (prev) {
            case INT -> next == '.';
            case ADD -> next == '+';
            case SUB -> next == '-';
            case QUO -> next == '*';
            case LSS -> next == '-' || next == '<';
            case AND -> next == '&' || next == '^';
            default -> false;
        };
    }

    // ---- the print operations (go/printer's print, one argument at a time)

    private void trackOpen() {
        switch (lastTok) {
            case ILLEGAL -> {}
            case LPAREN, LBRACK -> prevOpen = lastTok;
            default -> prevOpen = Token.ILLEGAL;
        }
    }

    final void printMode(int m) {
        trackOpen();
        mode ^= m;
    }

    final void printWs(byte x) {
        trackOpen();
        if (x == IGNORE) {
            return;
        }
        if (wsLen == wsbuf.length) {
            wsbuf = java.util.Arrays.copyOf(wsbuf, wsLen * 2);
        }
        wsbuf[wsLen++] = x;
        if (x == NEWLINE || x == FORMFEED) {
            impliedSemi = false;
        }
        lastTok = Token.ILLEGAL;
    }

    final void printPos(int offset) {
        trackOpen();
        if (offset >= 0) {
            setPos(posFor(offset));
        }
    }

    final void printIdent(Expr.Ident x) {
        trackOpen();
        lastTok = Token.IDENT;
        emit(x.name(), false, true);
    }

    final void printLit(Token kind, String value) {
        trackOpen();
        lastTok = kind;
        emit(value, true, true);
    }

    final void printToken(Token t) {
        trackOpen();
        String s = t.text();
        if (mayCombine(lastTok, s.charAt(0))) {
            wsLen = 0;
            printWsRaw(BLANK);
        }
        boolean semi = switch (t) {
            case BREAK, CONTINUE, FALLTHROUGH, RETURN, INC, DEC, RPAREN, RBRACK, RBRACE -> true;
            default -> false;
        };
        lastTok = t;
        emit(s, false, semi);
    }

    private void printWsRaw(byte x) {
        wsbuf[wsLen++] = x;
    }

    private void emit(String data, boolean isLit, boolean impliedSemiAfter) {
        Pos next = currentPos();
        int flags = flush(next, lastTok);
        boolean wroteNewline = (flags & WROTE_NEWLINE) != 0;
        boolean droppedFF = (flags & DROPPED_FF) != 0;
        if (!impliedSemi) {
            int n = nlimit(next.line() - posLine);
            if (wroteNewline && n == MAX_NEWLINES) {
                n = MAX_NEWLINES - 1;
            }
            if (n > 0) {
                writeByte(droppedFF ? FORMFEED : NEWLINE, n);
                impliedSemiAfter = false;
            }
        }
        if (linePtr != null) {
            linePtr[0] = outLine;
            linePtr = null;
        }
        writeString(next, data, isLit);
        impliedSemi = impliedSemiAfter;
    }

    static final int WROTE_NEWLINE = 1;
    static final int DROPPED_FF = 2;

    /** Prints the comments before {@code next} and the pending whitespace. */
    final int flush(Pos next, Token tok) {
        if (commentBefore(next)) {
            return CommentWriter.intersperse(this, next, tok);
        }
        writeWhitespace(wsLen);
        return 0;
    }

    // ---- access for CommentWriter

    final byte[] wsbuf() {
        return wsbuf;
    }

    final int wsLen() {
        return wsLen;
    }

    final CommentGroup comment() {
        return comment;
    }

    final boolean lastValid() {
        return lastLine > 0;
    }

    final int lastLine() {
        return lastLine;
    }

    /** After a doc comment was rewritten: continue as if the original comment had been printed. */
    final void resumeAfter(Pos p) {
        setPos(p);
        lastOffset = p.offset();
        lastLine = p.line();
    }

    final boolean containsLinebreak() {
        for (int i = 0; i < wsLen; i++) {
            if (wsbuf[i] == NEWLINE || wsbuf[i] == FORMFEED) {
                return true;
            }
        }
        return false;
    }
}

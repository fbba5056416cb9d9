package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Token handling, error reporting and recovery, and comment grouping shared by the parser's layers
 * ({@link ExprParser} → {@link StmtParser} → {@link Parser}).
 *
 * <p>Errors follow cmd/compile's syntax parser: {@code syntax error: unexpected X, expecting Y} at
 * the current token, with the same recovery (skipping to a follow set), so the messages of a broken
 * program match {@code go build}'s. After an error at the end of the file nothing more is reported.
 * The parse stops when the {@link ErrorList} is full.
 *
 * <p>Comments are grouped and attached as go/parser does (a group just above a declaration, spec or
 * field is its doc comment; a group after it on the same line, with the next token on a later line,
 * its line comment). The scanner places an automatic semicolon after the comments that end a line,
 * while go/scanner places it before them; {@link #next()} reorders them so that grouping sees
 * go/scanner's order.
 */
abstract class ParserBase {

    /** Thrown to end the parse when the error list is full. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    final SourceFile file;
    final ErrorList errors;
    private final Scanner scanner;

    Token tok;
    int pos;
    String lit;
    boolean bad;

    /**
     * How deep the tree may grow (expressions, types, statements, operator chains): every stage after
     * the parser walks it recursively, and a limit that does not depend on thread stack sizes keeps
     * each of them within its stack, deterministically. Hand-written code nests a few dozen levels;
     * only generated tables (a 900-term string concatenation in Go's own tree) come near this.
     */
    static final int MAX_NESTING = 500;

    private int nesting;

    /** Function nesting (for error recovery) and expression nesting (-1 in a statement header). */
    int fnest;

    int xnest;

    /** The doc and line comment groups found just before the current token (go/parser's meaning). */
    CommentGroup leadComment;

    CommentGroup lineComment;
    final List<CommentGroup> commentGroups = new ArrayList<>();
    private int nextComment;
    /** Where go/scanner would have put the current token (an automatic semicolon before comments). */
    private int goPos = SourceFile.NO_POS;

    ParserBase(SourceFile file, ErrorList errors) {
        this.file = file;
        this.errors = errors;
        this.scanner = new Scanner(file, errors);
    }

    final void next() {
        int prev = goPos;
        leadComment = null;
        lineComment = null;
        scanner.next();
        if (errors.full()) {
            throw new Stop();
        }
        tok = scanner.token();
        pos = scanner.pos();
        lit = scanner.literal();
        bad = scanner.bad();
        List<Comment> all = scanner.comments();
        int upTo = scanner.autoSemicolon() ? scanner.firstCommentOfToken() : all.size();
        goPos = upTo < all.size() ? all.get(upTo).pos() : pos;
        group(all, upTo, prev);
    }

    /** Groups the comments from the last one grouped up to {@code upTo}, all before the current token. */
    private void group(List<Comment> all, int upTo, int prev) {
        if (nextComment >= upTo) {
            return;
        }
        int nextLine = line(goPos);
        int i = nextComment;
        CommentGroup g;
        int endLine;
        if (line(all.get(i).pos()) == line(prev)) {
            // On the line of the previous token: not a doc comment, but may be a line comment.
            int[] end = {0};
            g = consumeGroup(all, i, upTo, 0, end);
            i += g.list().size();
            endLine = end[0];
            if (nextLine != endLine || tok == Token.EOF) {
                lineComment = g;
            }
        }
        endLine = -1;
        g = null;
        while (i < upTo) {
            int[] end = {0};
            g = consumeGroup(all, i, upTo, 1, end);
            i += g.list().size();
            endLine = end[0];
        }
        if (g != null && endLine + 1 == nextLine) {
            leadComment = g;
        }
        nextComment = upTo;
    }

    private CommentGroup consumeGroup(List<Comment> all, int from, int upTo, int gap, int[] endLine) {
        List<Comment> list = new ArrayList<>();
        int end = line(all.get(from).pos());
        int i = from;
        while (i < upTo && line(all.get(i).pos()) <= end + gap) {
            Comment c = all.get(i++);
            end = line(c.pos());
            if (!c.isLine()) {
                end += (int) c.text().chars().filter(ch -> ch == '\n').count();
            }
            list.add(c);
        }
        endLine[0] = end;
        CommentGroup g = new CommentGroup(list);
        commentGroups.add(g);
        return g;
    }

    /** Groups the comments the scanner read but no token followed (the parse stopped early). */
    final void groupRemainingComments() {
        List<Comment> all = scanner.comments();
        int prev = goPos;
        goPos = file.size();
        group(all, all.size(), prev);
    }

    final int line(int offset) {
        return offset < 0 ? 0 : file.line(offset);
    }

    /** Enters {@code n} levels of the tree; past {@link #MAX_NESTING} the parse ends with an error. */
    final void nest(int n) {
        nesting += n;
        if (nesting > MAX_NESTING) {
            errorAt(
                    pos,
                    "program too deeply nested: more than " + MAX_NESTING
                            + " levels of expressions, types and statements (a limit of this playground)");
            throw new Stop();
        }
    }

    final void unnest(int n) {
        nesting -= n;
    }

    // ---- errors

    final void errorAt(int at, String message) {
        if (!errors.add(at, message)) {
            throw new Stop();
        }
    }

    final void error(String message) {
        errorAt(pos, message);
    }

    final void syntaxError(String message) {
        syntaxErrorAt(pos, message);
    }

    /**
     * Reports {@code syntax error: ...}: a message starting with "in", "at", "after" or "expecting"
     * is added to "unexpected" and a description of the current token.
     */
    final void syntaxErrorAt(int at, String message) {
        if (tok == Token.EOF && !errors.isEmpty()) {
            return; // avoid meaningless follow-up errors
        }
        if (message.startsWith("in ") || message.startsWith("at ") || message.startsWith("after ")) {
            message = " " + message;
        } else if (message.startsWith("expecting ")) {
            message = ", " + message;
        } else if (!message.isEmpty()) {
            errorAt(at, "syntax error: " + message);
            return;
        }
        errorAt(at, "syntax error: unexpected " + describe() + message);
    }

    /** The current token as cmd/compile names it in "unexpected ...". */
    final String describe() {
        return switch (tok) {
            case IDENT, SEMICOLON -> lit;
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + lit;
            case COMMA -> "comma";
            default -> tok.text();
        };
    }

    /** A token as cmd/compile names it in "expecting ...". */
    static String tokstring(Token t) {
        return switch (t) {
            case COMMA -> "comma";
            case SEMICOLON -> "semicolon or newline";
            case IDENT -> "name";
            default -> t.text();
        };
    }

    // ---- token helpers

    final boolean got(Token t) {
        if (tok == t) {
            next();
            return true;
        }
        return false;
    }

    final void want(Token t) {
        if (!got(t)) {
            syntaxError("expecting " + tokstring(t));
            advance();
        }
    }

    /** Expects {@code t} and returns its position (the current one when it is missing). */
    final int expect(Token t) {
        int at = pos;
        want(t);
        return at;
    }

    /** {@code =} (or {@code :=}, which is reported): true when one was consumed. */
    final boolean gotAssign() {
        if (tok == Token.DEFINE) {
            syntaxError("expecting =");
        } else if (tok != Token.ASSIGN) {
            return false;
        }
        next();
        return true;
    }

    /** Statement keywords a skip stops at inside a function body. */
    private static final List<Token> STOPSET = List.of(
            Token.BREAK,
            Token.CONST,
            Token.CONTINUE,
            Token.DEFER,
            Token.FALLTHROUGH,
            Token.FOR,
            Token.GO,
            Token.GOTO,
            Token.IF,
            Token.RETURN,
            Token.SELECT,
            Token.SWITCH,
            Token.TYPE,
            Token.VAR);

    /**
     * Skips tokens up to one in {@code follow} (plus the statement keywords inside a function body);
     * with no {@code follow}, skips exactly one token. Never skips EOF.
     */
    final void advance(Token... follow) {
        if (follow.length == 0) {
            if (tok != Token.EOF) {
                next();
            }
            return;
        }
        while (tok != Token.EOF && !List.of(follow).contains(tok) && !(fnest > 0 && STOPSET.contains(tok))) {
            next();
        }
    }

    /**
     * A list of elements separated by {@code sep} and ended by {@code close} (which it consumes and
     * whose position it returns). {@code element} parses one element; it returns true when the list
     * must end after it. Reports a missing separator as "in {@code context}; possibly missing ...".
     */
    final int list(String context, Token sep, Token close, BooleanSupplier element, Runnable afterSeparator) {
        boolean done = false;
        while (tok != Token.EOF && tok != close && !done) {
            done = element.getAsBoolean();
            if (!got(sep) && tok != close) {
                syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                if (tok != close) {
                    if (afterSeparator != null) {
                        afterSeparator.run();
                    }
                    return pos;
                }
            }
            if (afterSeparator != null) {
                afterSeparator.run();
            }
        }
        int at = pos;
        want(close);
        return at;
    }

    final int list(String context, Token sep, Token close, BooleanSupplier element) {
        return list(context, sep, close, element, null);
    }

    // ---- names

    final Expr.Ident name() {
        if (tok == Token.IDENT) {
            Expr.Ident n = new Expr.Ident(pos, lit);
            next();
            return n;
        }
        Expr.Ident n = new Expr.Ident(pos, "_");
        syntaxError("expecting name");
        advance();
        return n;
    }

    final List<Expr.Ident> nameList(Expr.Ident first) {
        List<Expr.Ident> l = new ArrayList<>();
        l.add(first);
        while (got(Token.COMMA)) {
            l.add(name());
        }
        return l;
    }

    final Expr.Bad badExpr() {
        return new Expr.Bad(pos, pos);
    }
}

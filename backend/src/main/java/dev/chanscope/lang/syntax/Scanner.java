package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's lexical analysis (the spec's "Lexical elements"), after cmd/compile's syntax scanner, whose
 * token positions and error messages it reproduces.
 *
 * <p>A cursor: {@link #next()} moves to the next token; {@link #token()}, {@link #pos()} and {@link
 * #literal()} describe it. Identifiers and literals carry their source text; an automatically
 * inserted semicolon has the literal {@code "newline"} or {@code "EOF"} (an explicit one {@code
 * "semicolon"}), which is how syntax errors name it. Comments are not tokens: they are collected in
 * {@link #comments()} in source order, for the formatter.
 *
 * <p>Semicolons are inserted, as the spec says, at a newline (or the end of the file) after an
 * identifier, a literal, {@code break continue fallthrough return ++ -- ) ] }}; a block comment that
 * spans lines counts as a newline and the semicolon is then placed at the comment.
 */
public final class Scanner extends LiteralScanner {

    private final List<Comment> comments = new ArrayList<>();
    private int firstCommentOfToken;

    public Scanner(SourceFile file, ErrorList errors) {
        super(file, errors);
    }

    public Token token() {
        return tok;
    }

    /** Byte offset of the current token's first byte. */
    public int pos() {
        return pos;
    }

    /**
     * Source text of an identifier or literal; for a semicolon "semicolon", "newline" or "EOF";
     * otherwise null.
     */
    public String literal() {
        return lit;
    }

    /** True when the current literal had an error (already reported). */
    public boolean bad() {
        return bad;
    }

    /** True when the current token is a semicolon the scanner inserted. */
    public boolean autoSemicolon() {
        return tok == Token.SEMICOLON && !"semicolon".equals(lit);
    }

    /** Every comment scanned so far, in source order. */
    public List<Comment> comments() {
        return comments;
    }

    /** Index in {@link #comments()} of the first comment read while scanning the current token. */
    public int firstCommentOfToken() {
        return firstCommentOfToken;
    }

    /** Every token of {@code file} up to and including EOF; errors go to {@code errors}. */
    public static List<Lexeme> tokens(SourceFile file, ErrorList errors) {
        Scanner s = new Scanner(file, errors);
        List<Lexeme> out = new ArrayList<>();
        do {
            s.next();
            out.add(new Lexeme(s.tok, s.pos, s.lit));
        } while (s.tok != Token.EOF);
        return out;
    }

    public void next() {
        boolean nl = nlsemi;
        nlsemi = false;
        lit = null;
        bad = false;
        firstCommentOfToken = comments.size();
        while (true) {
            while (ch == ' ' || ch == '\t' || ch == '\n' && !nl || ch == '\r') {
                nextch();
            }
            pos = chPos;
            if (isLetter(ch) || ch >= 0x80 && atIdentChar(true)) {
                nextch();
                ident();
                return;
            }
            if (scanOther(nl)) {
                return;
            }
        }
    }

    /** Scans a token that is not an identifier; false when it skipped a comment or a bad character. */
    private boolean scanOther(boolean nl) {
        switch (ch) {
            case EOF -> {
                if (nl) {
                    semi("EOF");
                } else {
                    tok = Token.EOF;
                }
            }
            case '\n' -> {
                nextch();
                semi("newline");
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(false);
            case '"' -> stdString();
            case '`' -> rawString();
            case '\'' -> rune();
            case '(' -> single(Token.LPAREN);
            case '[' -> single(Token.LBRACK);
            case '{' -> single(Token.LBRACE);
            case ',' -> single(Token.COMMA);
            case ';' -> {
                nextch();
                semi("semicolon");
            }
            case ')' -> closing(Token.RPAREN);
            case ']' -> closing(Token.RBRACK);
            case '}' -> closing(Token.RBRACE);
            case ':' -> {
                nextch();
                tok = got('=') ? Token.DEFINE : Token.COLON;
            }
            case '.' -> period();
            case '+' -> incOrOp(Token.ADD, '+', Token.INC);
            case '-' -> incOrOp(Token.SUB, '-', Token.DEC);
            case '*' -> opOrAssign(Token.MUL);
            case '/' -> {
                nextch();
                if (ch == '/' || ch == '*') {
                    return comment(nl);
                }
                assignOp(Token.QUO);
            }
            case '%' -> opOrAssign(Token.REM);
            case '&' -> {
                nextch();
                if (got('&')) {
                    tok = Token.LAND;
                } else {
                    assignOp(got('^') ? Token.AND_NOT : Token.AND);
                }
            }
            case '|' -> {
                nextch();
                if (got('|')) {
                    tok = Token.LOR;
                } else {
                    assignOp(Token.OR);
                }
            }
            case '^' -> opOrAssign(Token.XOR);
            case '<' -> {
                nextch();
                if (got('=')) {
                    tok = Token.LEQ;
                } else if (got('<')) {
                    assignOp(Token.SHL);
                } else {
                    tok = got('-') ? Token.ARROW : Token.LSS;
                }
            }
            case '>' -> {
                nextch();
                if (got('=')) {
                    tok = Token.GEQ;
                } else if (got('>')) {
                    assignOp(Token.SHR);
                } else {
                    tok = Token.GTR;
                }
            }
            case '=' -> {
                nextch();
                tok = got('=') ? Token.EQL : Token.ASSIGN;
            }
            case '!' -> {
                nextch();
                tok = got('=') ? Token.NEQ : Token.NOT;
            }
            case '~' -> single(Token.TILDE);
            default -> {
                error("invalid character " + GoText.unicode(ch));
                nextch();
                return false;
            }
        }
        return true;
    }

    private boolean got(int c) {
        if (ch == c) {
            nextch();
            return true;
        }
        return false;
    }

    private void semi(String why) {
        tok = Token.SEMICOLON;
        lit = why;
    }

    private void single(Token t) {
        nextch();
        tok = t;
    }

    private void closing(Token t) {
        nextch();
        nlsemi = true;
        tok = t;
    }

    private void period() {
        nextch();
        if (isDecimal(ch)) {
            number(true);
            return;
        }
        if (ch == '.') {
            nextch();
            if (got('.')) {
                tok = Token.ELLIPSIS;
                return;
            }
            rewind(pos + 1); // ".." is two periods: the second starts the next token
        }
        tok = Token.PERIOD;
    }

    private void incOrOp(Token op, int twice, Token incDec) {
        nextch();
        if (got(twice)) {
            nlsemi = true;
            tok = incDec;
        } else {
            assignOp(op);
        }
    }

    private void opOrAssign(Token op) {
        nextch();
        assignOp(op);
    }

    /** After an operator: {@code op=} or the operator itself. */
    private void assignOp(Token op) {
        tok = got('=') ? Token.values()[op.ordinal() - Token.ADD.ordinal() + Token.ADD_ASSIGN.ordinal()] : op;
    }

    /** At the second character of a comment: records it; true when it ends the line as a semicolon. */
    private boolean comment(boolean nl) {
        int line = file.line(pos);
        if (ch == '/') {
            while (ch != EOF && ch != '\n') {
                nextch();
            }
            String text = stripCR(file.text(pos, chPos), false);
            comments.add(new Comment(pos, text));
            if (text.startsWith("//line ") && file.column(pos) == 1) {
                // applies from the start of the next line
                errors.lineDirective(text.substring(7), pos + 7, Math.min(chPos + 1, file.size()));
            }
            return false;
        }
        nextch();
        boolean terminated = false;
        while (ch != EOF) {
            if (ch == '*') {
                nextch();
                if (ch == '/') {
                    nextch();
                    terminated = true;
                    break;
                }
                continue;
            }
            nextch();
        }
        if (!terminated) {
            errorAt(pos, "comment not terminated");
        }
        String text = stripCR(file.text(pos, chPos), true);
        comments.add(new Comment(pos, text));
        if (terminated && text.startsWith("/*line ")) {
            errors.lineDirective(text.substring(7, text.length() - 2), pos + 7, chPos);
        }
        if (nl && file.line(chPos) > line) {
            semi("newline");
            return true;
        }
        return false;
    }

    /** Comment text without carriage returns, as go/scanner keeps it (never forming a "*&#47;"). */
    private static String stripCR(String text, boolean block) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r' || block && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private boolean atIdentChar(boolean first) {
        if (Character.isLetter(ch) || ch == '_') {
            return true;
        }
        if (Character.isDigit(ch)) {
            if (first) {
                error("identifier cannot begin with digit " + GoText.unicode(ch));
            }
            return true;
        }
        if (ch >= 0x80) {
            error("invalid character " + GoText.unicode(ch) + " in identifier");
            return true;
        }
        return false;
    }

    private void ident() {
        while (isLetter(ch) || isDecimal(ch)) {
            nextch();
        }
        if (ch >= 0x80) {
            while (atIdentChar(false)) {
                nextch();
            }
        }
        String word = file.text(pos, chPos);
        Token kw = word.length() >= 2 ? Token.keyword(word) : null;
        if (kw != null) {
            nlsemi = kw == Token.BREAK || kw == Token.CONTINUE || kw == Token.FALLTHROUGH || kw == Token.RETURN;
            tok = kw;
            return;
        }
        nlsemi = true;
        lit = word;
        tok = Token.IDENT;
    }
}

package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The check {@code go build} makes on a file's package clause and imports before the compiler sees
 * it (go/build reading the header, then go/parser on it): a file that fails it gets only the first
 * error, worded as go/parser words it ({@code prog.go:1:1: expected 'package', found 'func'}), and
 * {@code go build} exits with status 1 instead of the compiler's 2. A program pasted without its
 * package clause fails here.
 */
public final class GoBuildHeader {

    private GoBuildHeader() {}

    /**
     * The error go build reports, with {@code goOutput} the exact line it prints (for a NUL byte it
     * has no position: {@code go: reading prog.go: unexpected NUL in input}).
     */
    public record Failure(SourceError error, String goOutput) {}

    /** The header failure of {@code file}, or null when its header is fine. */
    public static Failure check(SourceFile file) {
        byte[] src = file.raw();
        ImportReader reader = new ImportReader(src);
        int end = reader.readHeader();
        if (reader.nul) {
            int at = indexOfNul(src);
            SourceError e = SourceError.at(file, at, "unexpected NUL in input");
            return new Failure(e, "go: reading " + file.name() + ": unexpected NUL in input");
        }
        byte[] header = java.util.Arrays.copyOfRange(src, reader.start(), end);
        SourceFile hf = new SourceFile(file.name(), header);
        SourceError e = new HeaderParser(hf).parse();
        if (e == null) {
            return null;
        }
        // Line and column are those go reports: of the header, which leaves out a byte order mark.
        SourceError shown =
                new SourceError(file.name(), e.offset() + reader.start(), e.line(), e.column(), e.message());
        return new Failure(shown, shown.toString());
    }

    private static int indexOfNul(byte[] src) {
        for (int i = 0; i < src.length; i++) {
            if (src[i] == 0) {
                return i;
            }
        }
        return 0;
    }

    /** go/parser in ImportsOnly mode, as far as its first error. */
    private static final class HeaderParser {
        private final SourceFile file;
        /** go/token's lines: a newline ending the file starts no line (EOF is on the last line). */
        private final LineTable lines;

        private final Scanner scanner;
        private final ErrorList scanErrors;
        private final List<SourceError> errors = new ArrayList<>();
        private Token tok;
        private int pos;
        private String lit;
        private boolean autoSemi;

        HeaderParser(SourceFile file) {
            this.file = file;
            this.lines = new LineTable(file);
            this.scanErrors = new ErrorList(file);
            this.scanner = new Scanner(file, scanErrors);
        }

        /** The first error by position, or null. */
        SourceError parse() {
            try {
                next();
                expect(Token.PACKAGE);
                if (tok == Token.IDENT) {
                    next();
                } else {
                    expect(Token.IDENT);
                }
                expectSemi();
                while (tok == Token.IMPORT && errors.isEmpty()) {
                    next();
                    if (tok == Token.LPAREN) {
                        next();
                        while (tok != Token.RPAREN && tok != Token.EOF) {
                            importSpec();
                        }
                        expect(Token.RPAREN);
                        expectSemi();
                    } else {
                        importSpec();
                    }
                }
            } catch (Stop stop) {
                // the first parser error ends the parse; only the earliest error is shown
            }
            return errors.stream()
                    .min(Comparator.comparingInt(SourceError::line).thenComparingInt(SourceError::column))
                    .orElse(null);
        }

        private static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }

        private void next() {
            int before = scanErrors.count();
            scanner.next();
            tok = scanner.token();
            lit = scanner.literal();
            autoSemi = scanner.autoSemicolon();
            List<Comment> comments = scanner.comments();
            int first = scanner.firstCommentOfToken();
            // go/scanner puts a semicolon that ends a line before the comments on that line.
            pos = autoSemi && first < comments.size() ? comments.get(first).pos() : scanner.pos();
            List<SourceError> all = scanErrors.errors();
            for (int i = before; i < scanErrors.count() && i < all.size(); i++) {
                errors.add(translate(all.get(i)));
            }
        }

        /** cmd/compile's wording of a scanner error as go/scanner words it. */
        private SourceError translate(SourceError e) {
            String m = e.message();
            int at = e.offset();
            if (m.startsWith("invalid character") && !m.endsWith("escape")) {
                m = "illegal character"
                        + m.substring("invalid character".length()).replace(" in identifier", "");
            } else if (m.equals("string not terminated") || m.equals("newline in string")) {
                at = scanner.pos();
                m = file.raw()[at] == '`' ? "raw string literal not terminated" : "string literal not terminated";
            } else if (m.equals("unknown escape")) {
                m = "unknown escape sequence";
            } else if (m.equals("invalid UTF-8 encoding")) {
                m = "illegal UTF-8 encoding";
            } else if (m.equals("invalid BOM in the middle of the file")) {
                m = "illegal byte order mark";
            } else if (m.equals("invalid NUL character")) {
                m = "illegal character NUL";
            } else if (m.startsWith("invalid character") && m.endsWith("escape")) {
                m = "illegal character in escape sequence";
            } else if (m.startsWith("octal escape value") || m.startsWith("escape is invalid Unicode")) {
                m = "escape sequence is invalid Unicode code point";
            } else if (m.equals("newline in rune literal") || m.equals("rune literal not terminated")) {
                at = scanner.pos();
                m = "rune literal not terminated";
            } else if (m.startsWith("empty rune literal") || m.startsWith("more than one character")) {
                at = scanner.pos();
                m = "illegal rune literal";
            }
            return error(at, m);
        }

        private SourceError error(int at, String message) {
            return new SourceError(file.name(), at, lines.line(at), lines.column(at), message);
        }

        /**
         * go/parser drops an error on the line of the error before it (the scanner's, say) and stops
         * here at its first error: what is shown is the earliest of those found.
         */
        private void parserError(int at, String message) {
            SourceError e = error(at, message);
            if (errors.isEmpty() || errors.getLast().line() != e.line()) {
                errors.add(e);
            }
            throw new Stop();
        }

        private void errorExpected(String what) {
            String msg = "expected " + what;
            if (tok == Token.SEMICOLON && autoSemi) {
                msg += ", found newline";
            } else if (tok == Token.IDENT || tok.isBasicLit()) {
                msg += ", found " + lit;
            } else {
                msg += ", found '" + (tok == Token.SEMICOLON ? ";" : tok.text()) + "'";
            }
            parserError(pos, msg);
        }

        private void expect(Token t) {
            if (tok != t) {
                errorExpected("'" + t.text() + "'");
            }
            next();
        }

        private void expectSemi() {
            if (tok == Token.RPAREN || tok == Token.RBRACE) {
                return;
            }
            if (tok == Token.SEMICOLON) {
                next();
                return;
            }
            errorExpected("';'");
        }

        private void importSpec() {
            if (tok == Token.PERIOD || tok == Token.IDENT) {
                next();
            }
            if (tok == Token.STRING) {
                if (!validImport(lit)) {
                    parserError(pos, "invalid import path: " + lit);
                }
                next();
            } else {
                expect(Token.STRING);
            }
            expectSemi();
        }

        private static boolean validImport(String lit) {
            String bytes = Literals.unquote(lit);
            return bytes != null && ImportPaths.isValidPath(Literals.decodeUtf8(bytes));
        }
    }
}

package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects compile errors by the rules cmd/compile applies before printing them, so that a program
 * gets the same list of messages {@code go build} prints:
 *
 * <ul>
 *   <li>at most one syntax error (a message starting with {@code syntax error}) per line: later ones
 *       on a line that already has one are dropped;
 *   <li>another error is dropped when the previous non-syntax error was on the same line with the same
 *       message;
 *   <li>the 10th error accepted ends compilation: it is followed by {@code too many errors} at its
 *       position, and nothing more is accepted ({@link #full()});
 *   <li>the accepted errors are printed sorted by position (stable), exact repeats removed.
 * </ul>
 *
 * <p>The syntax package and the type checker report into one list per compilation.
 */
public final class ErrorList {

    /** How many errors cmd/compile reports before it stops with "too many errors". */
    public static final int LIMIT = 10;

    public static final String TOO_MANY = "too many errors";

    private final SourceFile file;
    private final LineDirectives directives;
    private final List<SourceError> accepted = new ArrayList<>();
    private int reports;
    private int syntaxReports;
    private long lastSyntaxLine = -1;
    private long lastOtherLine = -1;
    private String lastOtherMessage;

    public ErrorList(SourceFile file) {
        this.file = file;
        this.directives = new LineDirectives(file);
    }

    /**
     * The position of {@code offset} as messages print it ({@code prog.go:5:2}, or as a {@code
     * //line} directive before it says), for positions quoted inside a message.
     */
    public String position(int offset) {
        SourceError e = directives.error(offset, "");
        return e.column() == 0 ? e.file() + ":" + e.line() : e.file() + ":" + e.line() + ":" + e.column();
    }

    /** A {@code //line} directive read by the scanner (see {@link LineDirectives#directive}). */
    void lineDirective(String text, int textPos, int after) {
        directives.directive(text, textPos, after, this);
    }

    public SourceFile file() {
        return file;
    }

    /**
     * Reports {@code message} at byte {@code offset}. Returns false when the list is full (this report
     * was ignored, or it was the one that filled it): the caller should stop.
     */
    public boolean add(int offset, String message) {
        if (full()) {
            return false;
        }
        reports++;
        // A line, as cmd/compile compares them: within one position base.
        long line = (long) directives.baseIndex(offset) << 32 | file.line(offset);
        if (message.startsWith("syntax error")) {
            syntaxReports++;
            if (line == lastSyntaxLine) {
                return true;
            }
            lastSyntaxLine = line;
        } else {
            if (line == lastOtherLine && message.equals(lastOtherMessage)) {
                return true;
            }
            lastOtherLine = line;
            lastOtherMessage = message;
        }
        accepted.add(directives.error(offset, message));
        return !full();
    }

    /** True once {@link #LIMIT} errors were accepted: compilation stops there. */
    public boolean full() {
        return accepted.size() >= LIMIT;
    }

    /** Every error reported so far, including those dropped by the rules above. */
    public int reports() {
        return reports;
    }

    /**
     * How many syntax errors were reported (dropped ones included). cmd/compile type-checks a file
     * whose only errors are other parser errors (such as "expression in go must be function call")
     * but not one with a syntax error.
     */
    public int syntaxErrors() {
        return syntaxReports;
    }

    public boolean isEmpty() {
        return accepted.isEmpty();
    }

    public int count() {
        return accepted.size();
    }

    /**
     * The errors as {@code go build} prints them: sorted by position, repeats removed, and when the
     * limit was reached a last {@code too many errors} at the position of the error that reached it.
     */
    public List<SourceError> errors() {
        List<SourceError> sorted = new ArrayList<>(accepted);
        sorted.sort(Comparator.comparingInt(SourceError::offset));
        List<SourceError> out = new ArrayList<>();
        for (SourceError e : sorted) {
            // Repeats as printed: two positions on a line that a //line directive gave no column print alike.
            if (out.isEmpty() || !out.getLast().toString().equals(e.toString())) {
                out.add(e);
            }
        }
        if (full()) {
            SourceError last = accepted.getLast();
            out.add(directives.error(last.offset(), TOO_MANY));
        }
        return List.copyOf(out);
    }
}

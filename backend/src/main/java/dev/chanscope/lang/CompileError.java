package dev.chanscope.lang;

/** A compile error at a 1-based line and byte column, printed as Go prints it: {@code prog.go:5:2: msg}. */
public record CompileError(int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? "prog.go:" + line + ":" + column + ": " + message : "prog.go: " + message;
    }
}

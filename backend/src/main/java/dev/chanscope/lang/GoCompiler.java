package dev.chanscope.lang;

import dev.chanscope.lang.interp.compile.Compiler;
import dev.chanscope.lang.syntax.SourceError;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.types.CheckResult;
import dev.chanscope.lang.types.Checker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Go source to a runnable program: parse, type-check, compile. Either the program or every error,
 * each with its line and column, worded as Go 1.19's {@code go build} words it (constructs Chanscope
 * cannot run are errors that name them). Never throws on any source.
 */
public final class GoCompiler {

    /** The largest program accepted, in bytes. */
    public static final int MAX_SOURCE_BYTES = 64 * 1024;

    /** The default language version: Go 1.22's loop variables (one per iteration). */
    public static final String DEFAULT_GO_VERSION = "1.22";

    /** A compilation: the program, or the errors (never both). */
    public record Compilation(GoProgram program, List<CompileError> errors) {
        public boolean ok() {
            return program != null;
        }

        /** The errors one per line, as go build prints them. */
        public String errorText() {
            StringBuilder b = new StringBuilder();
            for (CompileError e : errors) {
                b.append(e).append('\n');
            }
            return b.toString();
        }
    }

    private GoCompiler() {}

    /**
     * Compiles {@code source}; {@code goVersion} ("1.19", "1.22", … or null for the default) decides
     * loop-variable semantics: per iteration from 1.22 on, one shared variable before.
     */
    public static Compilation compile(String source, String goVersion) {
        String tooLarge = sizeProblem(source);
        if (tooLarge != null) {
            return failed(new CompileError(0, 0, tooLarge));
        }
        boolean perIteration;
        try {
            perIteration = perIterationLoopVars(goVersion);
        } catch (IllegalArgumentException e) {
            return failed(new CompileError(0, 0, e.getMessage()));
        }
        CheckResult checked = Checker.check(source);
        if (!checked.ok()) {
            List<CompileError> errors = new ArrayList<>();
            for (SourceError e : checked.errors()) {
                errors.add(new CompileError(e.line(), e.column(), e.message()));
            }
            return new Compilation(null, List.copyOf(errors));
        }
        Compiler.Result r;
        try {
            r = Compiler.compile(checked, perIteration);
        } catch (RuntimeException e) {
            return failed(new CompileError(0, 0, "internal error in Chanscope's compiler: " + e));
        }
        if (r.executable() == null) {
            SourceFile file = checked.file().source();
            List<CompileError> errors = new ArrayList<>();
            r.problems().stream()
                    .sorted((a, b) -> Integer.compare(a.pos(), b.pos()))
                    .limit(10)
                    .forEach(p -> errors.add(
                            p.pos() < 0
                                    ? new CompileError(0, 0, p.message())
                                    : new CompileError(file.line(p.pos()), file.column(p.pos()), p.message())));
            return new Compilation(null, List.copyOf(errors));
        }
        return new Compilation(new GoProgram(r.executable(), source), List.of());
    }

    /**
     * Why {@code source} is too large to compile ("the program is 65537 bytes; …"), naming its UTF-8
     * size and the limit, or null when it is within {@link #MAX_SOURCE_BYTES}.
     */
    public static String sizeProblem(String source) {
        int size = source.getBytes(StandardCharsets.UTF_8).length;
        return size <= MAX_SOURCE_BYTES
                ? null
                : "the program is " + size + " bytes; Chanscope runs programs of at most " + MAX_SOURCE_BYTES
                        + " bytes";
    }

    private static Compilation failed(CompileError e) {
        return new Compilation(null, List.of(e));
    }

    /** Whether {@code goVersion} has per-iteration loop variables (Go 1.22 and later). */
    static boolean perIterationLoopVars(String goVersion) {
        if (goVersion == null || goVersion.isBlank()) {
            return true;
        }
        String v = goVersion.startsWith("go") ? goVersion.substring(2) : goVersion;
        String[] parts = v.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (major != 1 || minor < 0 || minor > 99) {
                throw new NumberFormatException();
            }
            return minor >= 22;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("goVersion \"" + goVersion + "\" is not a Go version such as \"1.22\"");
        }
    }
}

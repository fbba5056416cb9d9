package dev.chanscope.playground;

import dev.chanscope.lang.CompileError;
import dev.chanscope.lang.GoCompiler;
import dev.chanscope.lang.GoProgram;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.run.FieldError;
import dev.chanscope.run.RunSource;
import dev.chanscope.run.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs of Go source: {@code "source": "<Go text>"} with an optional {@code "goVersion"} ("1.22" when
 * absent; "1.21" or older gives one shared loop variable per loop). The text is compiled once per
 * request; every compile error becomes a {@link FieldError} at path {@code source} with its line and
 * column and the message as {@code go build} words it. {@code params} do not apply to a program and
 * must be absent or empty.
 */
public final class GoSourceResolver implements SourceResolver {

    private static final List<String> FIELDS = List.of("source", "goVersion");

    private final Limits limits;

    public GoSourceResolver(Limits limits) {
        this.limits = limits;
    }

    public GoSourceResolver() {
        this(Limits.DEFAULT);
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public Resolved resolve(Map<?, ?> request, Map<String, ?> params, String path, List<FieldError> errors) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (!(request.get("source") instanceof String source)) {
            errors.add(new FieldError(prefix + "source", "must be a string holding a Go program"));
            return null;
        }
        Object version = request.get("goVersion");
        if (version != null && !(version instanceof String)) {
            errors.add(new FieldError(prefix + "goVersion", "must be a string such as \"1.22\""));
            return null;
        }
        String goVersion = version == null ? GoCompiler.DEFAULT_GO_VERSION : (String) version;
        if (params != null && !params.isEmpty()) {
            errors.add(new FieldError(prefix + "params", "a Go program takes no params; leave them out"));
            return null;
        }
        GoCompiler.Compilation c = GoCompiler.compile(source, goVersion);
        if (!c.ok()) {
            for (CompileError e : c.errors()) {
                errors.add(toFieldError(e, prefix));
            }
            return null;
        }
        return new Resolved(source(c.program(), goVersion), Map.of());
    }

    /**
     * A compile error where the contract puts it: inside the text at path {@code source} (line and
     * column), or, for a bad {@code goVersion}, at that field.
     */
    private static FieldError toFieldError(CompileError e, String prefix) {
        if (e.line() > 0) {
            return FieldError.inText("source", e.line(), e.column(), e.message());
        }
        if (e.message().startsWith("goVersion")) {
            return new FieldError(prefix + "goVersion", e.message());
        }
        return new FieldError("source", e.message());
    }

    private RunSource source(GoProgram program, String goVersion) {
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("source", program.source());
        origin.put("goVersion", goVersion);
        return new RunSource(
                id(program.source(), goVersion),
                "Go program",
                program.engineProgram(limits),
                program.source(),
                program::lineOf,
                origin);
    }

    /** A program's name on the wire: its content, hashed (the same text and version, the same id). */
    static String id(String source, String goVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(goVersion.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            return "go-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

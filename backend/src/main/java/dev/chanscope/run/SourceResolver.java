package dev.chanscope.run;

import java.util.List;
import java.util.Map;

/**
 * Turns the fields of a run request that name a source into a {@link RunSource}: one resolver per
 * kind of source. The scenario library's reads {@code scenario} and validates {@code params} against
 * the scenario's knobs; a Go-source resolver reads {@code source} and {@code goVersion}, compiles the
 * text, and reports each compile error with {@link FieldError#inText its line and column}.
 * {@link RunRequestParser} picks the resolver whose first field the request holds and reads
 * everything else itself.
 */
public interface SourceResolver {

    /** The request fields this kind reads, the one whose presence selects it first. */
    List<String> fields();

    /**
     * Resolves the source the request names, for the request's parameter values.
     *
     * @param request the whole run request (this kind's fields are read from it)
     * @param params the request's {@code params} object, null when absent
     * @param path where the request sits ({@code ""} at the top, {@code run} in a socket message)
     * @param errors where every problem goes, each with its path
     * @return the source and the parameter values it was made with (defaults filled in), or null when
     *     a problem was reported
     */
    Resolved resolve(Map<?, ?> request, Map<String, ?> params, String path, List<FieldError> errors);

    /** A resolved source and the parameter values it was made for. */
    record Resolved(RunSource source, Map<String, Object> params) {}
}

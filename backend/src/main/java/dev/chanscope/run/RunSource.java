package dev.chanscope.run;

import dev.chanscope.engine.Program;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a run runs, wherever it came from: a built-in scenario at some parameter values, or (next) Go
 * source a user typed. Everything downstream — engine, events, detectors, limits, links, digests —
 * sees only this.
 *
 * @param id what the source is called on the wire: a scenario's id, a program's content hash
 * @param title a human name, for exports and logs
 * @param program the program to run; it may be run any number of times (a resume, an intervention)
 *     and keeps no state between runs
 * @param goSource the Go program shown beside the run
 * @param lines where in {@code goSource} each of the program's labels is
 * @param origin the request fields that name this source, as a normalized request echoes them, e.g.
 *     {@code {"scenario": "worker-pool"}}
 */
public record RunSource(
        String id, String title, Program program, String goSource, LineMap lines, Map<String, Object> origin) {

    public RunSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(goSource, "goSource");
        Objects.requireNonNull(lines, "lines");
        origin = Collections.unmodifiableMap(new LinkedHashMap<>(origin));
    }

    /** The program, knowing which line of the Go source each label stands for. */
    public Program runnable() {
        return Program.withSourceLines(program, lines::lineOf);
    }
}

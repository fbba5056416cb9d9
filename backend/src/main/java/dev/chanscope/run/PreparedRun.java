package dev.chanscope.run;

import dev.chanscope.engine.Program;
import dev.chanscope.engine.RunConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated run request: what to run ({@link RunSource}) and how — the parameter values the source
 * was made for, and the engine's configuration (seed, GOMAXPROCS, limits, interventions). The run is a
 * pure function of these.
 */
public record PreparedRun(RunSource source, Map<String, Object> params, RunConfig config) {

    public PreparedRun {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The source's program, knowing which line of its Go source each label stands for. */
    public Program program() {
        return source.runnable();
    }

    /** The same source and values, run with {@code other}. */
    public PreparedRun withConfig(RunConfig other) {
        return new PreparedRun(source, params, other);
    }

    /** The request as understood, defaults filled in: what {@code meta} echoes back. */
    public Map<String, Object> normalized() {
        Map<String, Object> m = new LinkedHashMap<>(source.origin());
        m.put("params", params);
        m.put("seed", config.seed());
        m.put("gomaxprocs", config.gomaxprocs());
        List<Map<String, Object>> ivs = config.interventions().stream()
                .map(i -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("kind", i.kind().wireName());
                    x.put("target", i.target());
                    if (i.afterSeq() >= 0) {
                        x.put("afterSeq", i.afterSeq());
                    } else {
                        x.put("atTime", i.atTime());
                    }
                    return x;
                })
                .toList();
        m.put("interventions", ivs);
        return m;
    }
}

package dev.chanscope.scenario;

import dev.chanscope.engine.Program;
import dev.chanscope.engine.RunConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A validated run request: the scenario, its parameter values and the engine configuration. */
public record PreparedRun(Scenario scenario, Params params, RunConfig config) {

    /** The scenario's program, knowing which line of its Go source each label stands for. */
    public Program program() {
        return Program.withSourceLines(scenario.program(params), scenario.sourceLines(params));
    }

    /** The request as understood, defaults filled in: what {@code meta} echoes back. */
    public Map<String, Object> normalized() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario.id());
        m.put("params", params.asMap());
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

package dev.chanscope.scenario;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Finding;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test support for scenarios: run one with parameter values and a seed, keep what it emitted. */
public final class ScenarioTraces {

    private static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();

    private ScenarioTraces() {}

    /** A finished scenario run. */
    public record Trace(String scenario, Map<String, ?> params, long seed, List<Event> events, RunResult result) {

        public <E extends Event> List<E> all(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public List<Finding> findings(DiagnosticKind kind) {
            return result.findings().stream().filter(f -> f.kind() == kind).toList();
        }

        public List<String> logs() {
            return all(Event.Log.class).stream().map(Event.Log::text).toList();
        }

        /** The schedule-independent lines (starting with "= ") the Go program prints too. */
        public List<String> invariantLines() {
            return logs().stream().filter(l -> l.startsWith("= ")).toList();
        }

        /** For assertion messages: everything needed to reproduce a failure. */
        public String why() {
            return "reproduce with scenario=" + scenario + " params=" + params + " seed=" + seed + " (outcome "
                    + result.outcome() + ", findings " + result.findings() + ")";
        }
    }

    public static ScenarioCatalog catalog() {
        return CATALOG;
    }

    public static Scenario scenario(String id) {
        return CATALOG.find(id).orElseThrow(() -> new AssertionError("no scenario " + id));
    }

    public static Trace run(String id, Map<String, ?> params, long seed) {
        return run(id, params, seed, 4);
    }

    public static Trace run(String id, Map<String, ?> params, long seed, int procs) {
        Scenario s = scenario(id);
        Params p = ParamValidator.validate(s, params, "params");
        List<Event> events = new ArrayList<>();
        RunResult r =
                Engine.run(s.program(p), new RunConfig(seed, procs, RunLimits.DEFAULT, List.of(), true), events::add);
        return new Trace(id, params, seed, events, r);
    }
}

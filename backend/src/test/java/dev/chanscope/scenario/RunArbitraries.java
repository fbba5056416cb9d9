package dev.chanscope.scenario;

import dev.chanscope.engine.RunLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/** Generators for property tests: any scenario of the library, with parameter values within bounds. */
public final class RunArbitraries {

    public static final ScenarioCatalog CATALOG = ScenarioCatalog.builtIn();

    /** Limits for generated runs: 20,000 events cover every scenario's behaviour and stay cheap to repeat. */
    public static final RunLimits SMALL = RunLimits.DEFAULT.withMaxEvents(20_000);

    private RunArbitraries() {}

    /** A run request's inputs; {@code toString} is what a failing property prints to reproduce it. */
    public record RunCase(String scenario, Map<String, Object> params, long seed, int procs) {

        public Map<String, Object> request() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scenario", scenario);
            r.put("params", params);
            r.put("seed", seed);
            r.put("gomaxprocs", procs);
            return r;
        }

        public PreparedRun prepare(RunLimits limits) {
            return new RunRequestParser(CATALOG, limits).parse(request(), "");
        }

        public Scenario scenarioObject() {
            return CATALOG.find(scenario).orElseThrow();
        }
    }

    /** {@link #runs()} for {@code @ForAll(supplier = RunArbitraries.Runs.class)}. */
    public static final class Runs implements ArbitrarySupplier<RunCase> {
        @Override
        public Arbitrary<RunCase> get() {
            return runs();
        }
    }

    public static Arbitrary<RunCase> runs() {
        return Arbitraries.of(CATALOG.all())
                .flatMap(s -> Combinators.combine(
                                params(s),
                                Arbitraries.longs(),
                                Arbitraries.integers().between(1, 64))
                        .as((p, seed, procs) -> new RunCase(s.id(), p, seed, procs)));
    }

    /** Some of the scenario's parameters, each within its bounds (edges included). */
    public static Arbitrary<Map<String, Object>> params(Scenario s) {
        Arbitrary<Map<String, Object>> out = Arbitraries.just(Map.of());
        for (ParamSpec spec : s.params()) {
            Arbitrary<Object> value = value(spec).injectNull(0.3);
            out = Combinators.combine(out, value).as((m, v) -> {
                if (v == null) {
                    return m;
                }
                Map<String, Object> next = new LinkedHashMap<>(m);
                next.put(spec.name(), v);
                return next;
            });
        }
        return out;
    }

    public static Arbitrary<Object> value(ParamSpec spec) {
        return switch (spec.type()) {
            case BOOL -> Arbitraries.of(true, false).map(b -> (Object) b);
            case ENUM -> Arbitraries.of(spec.options()).map(o -> (Object) o);
            case INT, DURATION ->
                Arbitraries.longs().between(spec.min(), spec.max()).map(n -> (Object) n);
        };
    }

    public static List<String> ids() {
        return CATALOG.all().stream().map(Scenario::id).toList();
    }
}

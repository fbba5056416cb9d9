package dev.chanscope.scenario;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.support.Example;
import dev.chanscope.support.JavaSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Run requests for property tests, drawn from a case seed: any scenario of the library, some of its
 * parameters (each within its bounds, the bounds themselves often), any seed, any GOMAXPROCS.
 */
public final class RunCases {

    public static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();

    /** Limits for generated runs: 20,000 events cover every scenario's behaviour and stay cheap to repeat. */
    public static final RunLimits SMALL = RunLimits.DEFAULT.withMaxEvents(20_000);

    private RunCases() {}

    /** A run request's inputs; {@code toString} names the case, {@code java()} rebuilds it. */
    public record RunCase(String scenario, Map<String, Object> params, long seed, int procs) implements Example {

        public Map<String, Object> request() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scenario", scenario);
            r.put("params", params);
            r.put("seed", seed);
            r.put("gomaxprocs", procs);
            return r;
        }

        public PreparedRun prepare(RunLimits limits) {
            return new RunRequestParser(limits, new ScenarioResolver(CATALOG)).parse(request(), "");
        }

        public Scenario scenarioObject() {
            return CATALOG.find(scenario).orElseThrow();
        }

        @Override
        public String java() {
            return "new dev.chanscope.scenario.RunCases.RunCase(" + JavaSource.string(scenario) + ", "
                    + JavaSource.map(params) + ", " + seed + "L, " + procs + ")";
        }
    }

    /** The run case of one case seed. */
    public static RunCase draw(long caseSeed) {
        return draw(new SplittableRandom(caseSeed));
    }

    /** A run case from {@code random}, for properties that draw more than the run from one seed. */
    public static RunCase draw(SplittableRandom random) {
        List<Scenario> all = CATALOG.all();
        Scenario s = all.get(random.nextInt(all.size()));
        return new RunCase(s.id(), params(s, random), anyLong(random), between(random, 1, 64));
    }

    /** Some of the scenario's parameters (each left out 3 times in 10), each within its bounds. */
    public static Map<String, Object> params(Scenario s, SplittableRandom random) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParamSpec spec : s.params()) {
            if (random.nextInt(10) >= 3) {
                out.put(spec.name(), value(spec, random));
            }
        }
        return out;
    }

    public static Object value(ParamSpec spec, SplittableRandom random) {
        return switch (spec.type()) {
            case BOOL -> random.nextBoolean();
            case ENUM -> spec.options().get(random.nextInt(spec.options().size()));
            case INT, DURATION -> between(random, spec.min(), spec.max());
        };
    }

    /** A long in {@code min..max}: one of the bounds 2 times in 10, otherwise uniform. */
    public static long between(SplittableRandom random, long min, long max) {
        return switch (random.nextInt(10)) {
            case 0 -> min;
            case 1 -> max;
            default -> max == Long.MAX_VALUE ? random.nextLong(min, max) : random.nextLong(min, max + 1);
        };
    }

    public static int between(SplittableRandom random, int min, int max) {
        return (int) between(random, (long) min, max);
    }

    /** A number in {@code 0..max}: one of {@code edges} 2 times in 10, otherwise uniform. */
    public static double fraction(SplittableRandom random, double max, double... edges) {
        return random.nextInt(10) < 2 ? edges[random.nextInt(edges.length)] : random.nextDouble(0, max);
    }

    /** Any long: 0, 1 or -1 one time in 10, the least or the greatest long one time in 10, else uniform. */
    public static long anyLong(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> List.of(0L, 1L, -1L).get(random.nextInt(3));
            case 1 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> random.nextLong();
        };
    }
}

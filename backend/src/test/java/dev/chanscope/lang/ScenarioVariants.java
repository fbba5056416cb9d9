package dev.chanscope.lang;

import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.scenario.InterventionOffer;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.ParamType;
import dev.chanscope.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runs of a scenario beyond its defaults that {@link ScenarioParity} measures: each parameter at
 * its bounds (each option of a choice, a switch flipped), and each intervention the scenario offers,
 * applied halfway through the default run. Seeds 1 to 3 each.
 */
final class ScenarioVariants {

    private ScenarioVariants() {}

    /** Each parameter away from its default, alone: at its bounds, each option, a switch flipped. */
    static List<Map<String, Object>> paramSets(Scenario s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParamSpec p : s.params()) {
            for (Object v : values(p)) {
                if (!v.equals(p.defaultValue())) {
                    out.add(Map.of(p.name(), v));
                }
            }
        }
        return out;
    }

    static List<ScenarioComparison> compare(Scenario s) {
        List<ScenarioComparison> out = new ArrayList<>();
        for (Map<String, Object> params : paramSets(s)) {
            for (long seed = 1; seed <= ScenarioParityTest.SEEDS; seed++) {
                String name = s.id() + " " + params.keySet().iterator().next() + "="
                        + params.values().iterator().next();
                out.add(ScenarioComparison.of(s, params, RunConfig.of(seed), name));
            }
        }
        for (InterventionOffer offer : s.interventions()) {
            for (long seed = 1; seed <= ScenarioParityTest.SEEDS; seed++) {
                long half = ScenarioComparison.of(s, seed).java().endTime() / 2;
                RunConfig config = RunConfig.of(seed)
                        .withInterventions(List.of(Intervention.atTime(offer.kind(), offer.target(), half)));
                out.add(ScenarioComparison.of(
                        s, Map.of(), config, s.id() + " " + offer.kind().wireName() + " " + offer.target()));
            }
        }
        return out;
    }

    private static List<Object> values(ParamSpec p) {
        if (p.type() == ParamType.BOOL) {
            return List.of(true, false);
        }
        if (p.options() != null) {
            return List.copyOf(p.options());
        }
        return p.min() == null ? List.of() : List.of(p.min(), p.max());
    }
}

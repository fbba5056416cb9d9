package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Finding;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.run.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every scenario in the library promises, checked for each one. */
class ScenarioContractTest {

    static final int SEEDS = 100;

    /** Each scenario at its defaults, and with each switch that is off by default on (fix=true for pitfalls). */
    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (Scenario s : ScenarioTraces.catalog().all()) {
            out.add(Arguments.of(s.id(), Map.of()));
            // Every switch that is off by default, switched on (for pitfalls that includes fix).
            for (ParamSpec p : s.params()) {
                if (p.type() == ParamType.BOOL && Boolean.FALSE.equals(p.defaultValue())) {
                    out.add(Arguments.of(s.id(), Map.of(p.name(), true)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void producesOnlyTheDiagnosticsItIntendsAndEndsAsDeclared(String id, Map<String, Object> params) {
        Scenario s = ScenarioTraces.scenario(id);
        Params p = ParamValidator.validate(s, params, "params");
        var expected = s.expectedDiagnostics(p);
        for (long seed = 1; seed <= SEEDS; seed++) {
            var t = ScenarioTraces.run(id, params, seed);
            for (Finding f : t.result().findings()) {
                assertThat(expected)
                        .as("unintended " + f.kind() + ": " + f.message() + "; " + t.why())
                        .contains(f.kind());
            }
            assertThat(t.result().outcome()).as(t.why()).isNotEqualTo(Outcome.LIMIT_REACHED);
            GoCheck check = s.goCheck(p);
            Outcome want = switch (check.exit()) {
                case OK -> Outcome.COMPLETED;
                case PANIC -> Outcome.PANICKED;
                case DEADLOCK -> Outcome.DEADLOCKED;
            };
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(want);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everySourceLabelPointsAtALineOfTheGoSource(String id, Map<String, Object> params) {
        Scenario s = ScenarioTraces.scenario(id);
        String source = s.goSource(ParamValidator.validate(s, params, "params"));
        var t = ScenarioTraces.run(id, params, 1);
        for (Event.LabelDefine l : t.all(Event.LabelDefine.class)) {
            assertThat(GoSource.lineOf(source, l.text()))
                    .as("label `" + l.text() + "` of " + id + " in:\n" + source)
                    .isPositive();
        }
        assertThat(source).doesNotContain("{{");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void defaultsAreSizedForAClassroomScreen(String id, Map<String, Object> params) {
        var t = ScenarioTraces.run(id, params, 1);
        assertThat(t.result().goroutinesStarted()).as(t.why()).isBetween(1, 40);
        assertThat(t.result().events()).as(t.why()).isLessThan(200_000);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyParameterRendersAtItsBoundsAndRejectsValuesOutsideThem(String id, Map<String, Object> params) {
        Scenario s = ScenarioTraces.scenario(id);
        for (ParamSpec spec : s.params()) {
            if (spec.min() == null) {
                continue;
            }
            for (long v : new long[] {spec.min(), spec.max()}) {
                Map<String, Object> values = new HashMap<>(params);
                values.put(spec.name(), v);
                assertThat(s.goSource(ParamValidator.validate(s, values, "params")))
                        .doesNotContain("{{");
            }
            Map<String, Object> bad = new HashMap<>(params);
            bad.put(spec.name(), spec.max() + 1);
            try {
                ParamValidator.validate(s, bad, "params");
                throw new AssertionError(spec.name() + " accepted a value above its max");
            } catch (InvalidRequestException e) {
                assertThat(e.errors().getFirst().path()).isEqualTo("params." + spec.name());
                assertThat(e.errors().getFirst().message()).contains("between");
            }
        }
    }
}

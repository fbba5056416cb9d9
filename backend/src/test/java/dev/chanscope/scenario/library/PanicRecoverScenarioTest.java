package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanicRecoverScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "panic-recover";

    @Test
    void onePanickingWorkerEndsTheWholeProgram() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
            int bad = TraceLookups.goroutine(t, "worker-2");
            assertThat(t.findings(DiagnosticKind.PANIC))
                    .as(t.why())
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.goroutines()).containsExactly(bad);
                        assertThat(f.message())
                                .contains("panic: runtime error: index out of range [0] with length 0", "worker-2");
                    });
            assertThat(t.all(Event.GoRecover.class)).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).isEmpty();
        }
    }

    @Test
    void aDeferredRecoverTurnsThePanicIntoAnErrorMainReports() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            int bad = TraceLookups.goroutine(t, "worker-2");
            assertThat(t.all(Event.GoPanic.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(p -> assertThat(p.g()).isEqualTo(bad));
            assertThat(t.all(Event.GoRecover.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(r -> assertThat(r.g()).isEqualTo(bad));
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactly(
                            "= recovered: worker 2: runtime error: index out of range [0] with length 0",
                            "= 4 workers, 1 failed, sum of first digits 7");
        }
    }

    @Test
    void withEveryInputValidTheBuggyProgramRunsFine() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("badInput", 4), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= 4 workers, 0 failed, sum of first digits 10");
        }
    }

    @Test
    void theOfferedCrashIsFatalWithoutTheFixAndReportedWithIt() {
        Scenario s = ScenarioTraces.scenario(ID);
        var offer = s.interventions().getFirst();
        assertThat(offer.kind()).isEqualTo(InterventionKind.INJECT_PANIC);
        Intervention crash = Intervention.atTime(offer.kind(), offer.target(), Durations.ms(1));
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (boolean fix : new boolean[] {false, true}) {
                var p = ParamValidator.validate(s, Map.of("fix", fix, "badInput", 4), "params");
                List<Event> events = new ArrayList<>();
                RunResult r = Engine.run(
                        s.program(p), new RunConfig(seed, 4, RunLimits.DEFAULT, List.of(crash), true), events::add);
                Trace t = new Trace(ID, Map.of("fix", fix, "badInput", 4, "intervention", crash), seed, events, r);
                if (fix) {
                    assertThat(r.outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
                    assertThat(t.invariantLines())
                            .as(t.why())
                            .containsExactly(
                                    "= recovered: worker 0: injected panic",
                                    "= 4 workers, 1 failed, sum of first digits 9");
                } else {
                    assertThat(r.outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
                    assertThat(t.findings(DiagnosticKind.PANIC))
                            .as(t.why())
                            .singleElement()
                            .satisfies(f -> assertThat(f.message()).contains("injected panic", "worker-0"));
                }
            }
        }
    }
}

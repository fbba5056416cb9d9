package dev.chanscope.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.stream.admission.RunAdmission;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Where the socket warm-up does not run, every library scenario goes through the run protocol in
 * process three times before the server is ready, each to its end, counted nowhere, and every slot it
 * took is free again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chanscope.warmup.socket-runs=0"})
class InProcessWarmupTest {

    @Autowired
    Warmup warmup;

    @Autowired
    ScenarioCatalog catalog;

    @Autowired
    RunAdmission admission;

    @Autowired
    MeterRegistry registry;

    @Test
    void everyScenarioRanThreeTimesThroughTheProtocolAndNothingWasCounted() {
        assertThat(warmup.socketOutcome()).as("no socket warm-up").isNull();
        assertThat(warmup.inProcessRuns())
                .isEqualTo(Warmup.ROUNDS * catalog.all().size());
        assertThat(registry.counter("chanscope.runs.started").count()).isZero();
        assertThat(registry.counter("chanscope.events.sent").count()).isZero();
        assertThat(admission.activeRuns()).isZero();
        assertThat(admission.activeSessions()).isZero();
    }
}

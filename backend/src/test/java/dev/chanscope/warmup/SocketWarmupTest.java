package dev.chanscope.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.support.WsTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The startup warm-up streams its runs over the server's own sockets to their end, and they are not
 * counted; a client that presents a wrong key is an ordinary client.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.warmup.socket-runs=240",
            "chanscope.websocket.burst=5",
            "chanscope.websocket.max-messages-per-second=1"
        })
class SocketWarmupTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Warmup warmup;

    @Autowired
    RunAdmission admission;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JsonMapper json;

    private double started() {
        return registry.counter("chanscope.runs.started").count();
    }

    @Test
    void theStartupWarmUpStreamedEveryRunOverTheSocketAndNoneWasCounted() {
        SocketWarmup.Outcome o = warmup.socketOutcome();
        assertThat(o).as("the socket warm-up ran at startup").isNotNull();
        assertThat(o.stoppedBy()).isEqualTo("done");
        assertThat(o.runs()).isEqualTo(240);
        // 240 runs, 50 per connection, on 4 sessions at a time: at least 5 connections
        assertThat(o.connections()).isGreaterThanOrEqualTo(5);
        assertThat(warmup.socketUri()).isEqualTo(URI.create("ws://127.0.0.1:" + port + "/ws/runs"));

        // more than the rate limit's burst of 5 messages, on one connection: the key exempts it
        double before = started();
        SocketWarmup.Outcome again = new SocketWarmup(
                        warmup.socketUri(),
                        admission.warmupKey(),
                        SocketWarmup.scenarios(List.of("worker-pool", "unbuffered-handoff")),
                        json)
                .run(12, 2, Duration.ofSeconds(20));
        assertThat(again.runs()).isEqualTo(12);
        assertThat(again.stoppedBy()).isEqualTo("done");
        assertThat(started()).as("warm-up runs are not counted").isEqualTo(before);
        assertThat(admission.activeRuns()).isZero();
    }

    @Test
    void theWarmUpProgramIsAQuarterOfTheRunsAndStreamsToItsEnd() {
        List<Map<String, Object>> runs = warmup.socketRuns();
        long programs = runs.stream().filter(r -> r.containsKey("source")).count();
        assertThat(programs).isEqualTo(runs.size() / (Warmup.SCENARIOS_PER_PROGRAM + 1));
        assertThat(runs.get(Warmup.SCENARIOS_PER_PROGRAM)).isEqualTo(Map.of("source", Warmup.PROGRAM));

        // a program that failed to compile or run would answer with an error, not an end: stoppedBy fails
        double before = started();
        SocketWarmup.Outcome o = new SocketWarmup(
                        warmup.socketUri(), admission.warmupKey(), List.of(Map.of("source", Warmup.PROGRAM)), json)
                .run(3, 1, Duration.ofSeconds(20));
        assertThat(o.stoppedBy()).isEqualTo("done");
        assertThat(o.runs()).isEqualTo(3);
        assertThat(started()).as("warm-up runs are not counted").isEqualTo(before);
    }

    @Test
    void aWrongKeyMakesAnOrdinaryClientCountedAndRateLimited() {
        double before = started();
        try (WsTestClient ws = WsTestClient.connect(
                URI.create("ws://127.0.0.1:" + port + "/ws/runs"),
                WsTestClient.DEFAULT_TIMEOUT,
                Map.of(RunAdmission.WARMUP_HEADER, "0".repeat(32)))) {
            ws.send(Map.of("type", "start", "v", 2, "run", Map.of("scenario", "worker-pool")));
            ws.awaitText("end", WAIT);
            assertThat(started()).isEqualTo(before + 1);
            // the start took one of the 5 tokens: 4 pings pass, 3 are dropped (the first with an error),
            // too few in a row to be closed for flooding
            for (int i = 0; i < 7; i++) {
                ws.send(Map.of("type", "ping"));
            }
            ws.awaitText("error", WAIT);
            assertThat(ws.texts())
                    .anySatisfy(t -> assertThat(t.path("code").asString()).isEqualTo("rate-limited"));
        }
    }
}

package dev.chanscope.stream.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.scenario.library.Library;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import dev.chanscope.system.ServerJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

/**
 * Sessions are bounded on their own, not only through runs: a cap on open sockets (one more is told
 * 1013 with a reason) and an idle bound for a socket that holds no run. Time is a clock the test moves
 * and ticks it makes, so nothing here waits.
 */
class SessionBoundsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final RunAdmission admission =
            new RunAdmission(new ChanscopeProperties(null, null, null, null), new SimpleMeterRegistry());

    private RunSocketHandler handler(int maxSessions, Duration idle) {
        ChanscopeProperties.Websocket limits =
                new ChanscopeProperties.Websocket(null, 0, 0, null, null, null, null, maxSessions, idle, null);
        return new RunSocketHandler(
                ServerJson.mapper(),
                new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(Library.catalog())),
                admission,
                new OpenSockets(),
                limits,
                new RunSocketHandler.Setup(now::get, Runnable::run, Wire.Immediate::new));
    }

    private static TextMessage start(int credit) {
        return new TextMessage("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":"
                + "{\"messages\":100000,\"receiverDelay\":0}},\"credit\":" + credit + "}");
    }

    @Test
    void aSessionBeyondTheCapIsToldTryAgainLaterWithTheReason() throws Exception {
        RunSocketHandler handler = handler(2, null);
        RecordingSession a = new RecordingSession("a");
        RecordingSession b = new RecordingSession("b");
        RecordingSession c = new RecordingSession("c");
        handler.afterConnectionEstablished(a);
        handler.afterConnectionEstablished(b);
        handler.afterConnectionEstablished(c);

        assertThat(a.isOpen()).isTrue();
        assertThat(b.isOpen()).isTrue();
        assertThat(c.closeStatus()).isEqualTo(new CloseStatus(1013, "too many open sessions, try again later"));
        assertThat(handler.openSessions()).isEqualTo(2);

        handler.afterConnectionClosed(c, c.closeStatus()); // the refused one frees nothing it did not hold
        assertThat(handler.openSessions()).isEqualTo(2);
        handler.afterConnectionClosed(a, CloseStatus.NORMAL);
        RecordingSession d = new RecordingSession("d");
        handler.afterConnectionEstablished(d);
        assertThat(d.isOpen()).as("a place freed by a close is taken again").isTrue();
        assertThat(handler.openSessions()).isEqualTo(2);
    }

    @Test
    void aSessionWithoutARunIsClosedOnceIdleForTheBoundAndNotBefore() throws Exception {
        RunSocketHandler handler = handler(0, Duration.ofSeconds(60));
        RecordingSession s = new RecordingSession("idle");
        handler.afterConnectionEstablished(s);

        now.addAndGet(59 * SECOND);
        handler.tick(now.get());
        assertThat(s.isOpen()).isTrue();

        handler.handleMessage(s, new TextMessage("{\"type\":\"ping\"}")); // a message restarts the bound
        now.addAndGet(59 * SECOND);
        handler.tick(now.get());
        assertThat(s.isOpen()).as("59 s after its last message").isTrue();

        now.addAndGet(SECOND);
        handler.tick(now.get());
        assertThat(s.closeStatus()).isEqualTo(new CloseStatus(1000, "idle: no run for 60 s"));
    }

    @Test
    void aSessionHoldingARunIsNeverIdleAndIsOnceTheRunEnds() throws Exception {
        RunSocketHandler handler = handler(0, Duration.ofSeconds(60));
        RecordingSession s = new RecordingSession("running");
        handler.afterConnectionEstablished(s);
        handler.handleMessage(s, start(10)); // credit 10: the run waits for the client, holding its slot
        assertThat(admission.activeRuns()).isEqualTo(1);

        for (int minute = 0; minute < 10; minute++) {
            now.addAndGet(60 * SECOND);
            handler.tick(now.get());
        }
        assertThat(s.isOpen()).as("a run in progress, however slow its client").isTrue();

        handler.handleMessage(s, new TextMessage("{\"type\":\"credit\",\"events\":1000000}"));
        assertThat(admission.activeRuns()).as("the run ended").isZero();
        now.addAndGet(59 * SECOND);
        handler.tick(now.get());
        assertThat(s.isOpen()).isTrue();
        now.addAndGet(SECOND);
        handler.tick(now.get());
        assertThat(s.closeStatus().getCode()).isEqualTo(1000);
    }
}

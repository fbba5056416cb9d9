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
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;

/**
 * The pump never waits for a client: writes are started and left in flight, the run pauses once a
 * quarter of the outbound bound is queued, and goes on as the client reads. A client that stops
 * reading loses its run slot exactly {@code stall-timeout} after its queue filled, at the next tick.
 * The client is a {@link HeldWire} the test reads from, time a clock it moves: nothing here waits.
 */
class SlowClientTest {

    private static final long MS = 1_000_000L;
    private static final long MAX_BUFFERED = 256 * 1024;

    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunAdmission admission = new RunAdmission(new ChanscopeProperties(null, null, null, null), registry);
    private final HeldWire wire = new HeldWire();
    private final RunSocketHandler handler = new RunSocketHandler(
            ServerJson.mapper(),
            new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(Library.catalog())),
            admission,
            new OpenSockets(),
            new ChanscopeProperties.Websocket(
                    null, 0, 0, null, DataSize.ofBytes(MAX_BUFFERED), null, null, 0, null, Duration.ofMillis(150)),
            new RunSocketHandler.Setup(now::get, Runnable::run, session -> wire));
    private final RecordingSession session = new RecordingSession("slow");

    private void start(int messages) throws Exception {
        handler.afterConnectionEstablished(session);
        handler.handleMessage(
                session,
                new TextMessage("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":"
                        + "{\"messages\":" + messages + ",\"receiverDelay\":0}},\"credit\":1000000}"));
    }

    private double eventsQueued() {
        return registry.counter("chanscope.events.sent").count();
    }

    @Test
    void theMessageHandlerReturnsWithEveryWriteInFlightAndTheRunPausedAtTheMark() throws Exception {
        start(500_000);

        assertThat(wire.written).as("the client has read nothing").isEmpty();
        assertThat(wire.inFlight()).as("one write at a time").isEqualTo(1);
        assertThat(admission.activeRuns()).isEqualTo(1);
        double paused = eventsQueued();
        assertThat(paused)
                .as("the run stopped once a quarter of the bound was queued, far short of its credit")
                .isPositive()
                .isLessThan(20_000);
        handler.tick(now.get());
        assertThat(eventsQueued())
                .as("nothing moves while the client reads nothing")
                .isEqualTo(paused);
    }

    @Test
    void aClientThatStopsReadingLosesItsSlotAtTheStallTimeoutAfterItsQueueFilled() throws Exception {
        start(500_000); // the queue filled at this moment: the client read nothing

        now.addAndGet(149 * MS);
        handler.tick(now.get());
        assertThat(admission.activeRuns()).as("149 ms after the queue filled").isEqualTo(1);
        assertThat(wire.closed).isNull();

        now.addAndGet(MS);
        handler.tick(now.get());
        assertThat(admission.activeRuns()).as("150 ms after: the slot is free").isZero();
        assertThat(wire.closed).isEqualTo(new CloseStatus(1008, "client not reading its frames"));
        assertThat(wire.hurried).as("the close frame is not waited for long").isTrue();
        assertThat(registry.counter("chanscope.runs.finished").count()).isEqualTo(1);
        assertThat(registry.timer("chanscope.stalls.released").count()).isEqualTo(1);
        assertThat(registry.timer("chanscope.stalls.released").max(java.util.concurrent.TimeUnit.MILLISECONDS))
                .as("the metric: from the queue filling to the release")
                .isEqualTo(150.0);

        handler.afterConnectionClosed(session, CloseStatus.NO_CLOSE_FRAME);
        assertThat(admission.activeRuns())
                .as("the container's close frees nothing twice")
                .isZero();
        assertThat(admission.activeSessions()).isZero();
    }

    @Test
    void aClientThatReadsSlowlyGetsTheWholeRunAndIsNeverTakenForStalled() throws Exception {
        start(20_000);

        int reads = 0;
        while (wire.readOne()) { // each read lets the next write start; a drained queue resumes the pump
            reads++;
            now.addAndGet(10 * MS);
            handler.tick(now.get());
            assertThat(wire.closed).as("a client that reads is not dropped").isNull();
        }

        WebSocketMessage<?> last = wire.written.getLast();
        assertThat(last).isInstanceOf(TextMessage.class);
        assertThat(((TextMessage) last).getPayload())
                .contains("\"type\":\"end\"")
                .contains("\"completed\"");
        long frames =
                wire.written.stream().filter(m -> m instanceof BinaryMessage).count();
        assertThat(frames).as("the run paused and resumed many times").isGreaterThan(10);
        assertThat(reads).isEqualTo(wire.written.size());
        assertThat(admission.activeRuns()).isZero();
    }
}

package dev.chanscope.stream.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.stream.RunProtocol;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import dev.chanscope.system.ServerJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;

/**
 * A send that fails because the client has gone ends the run there and then. The container reports
 * the close only once the handler's thread is free, and that thread may be the one pumping the run:
 * without this, a run with a large credit went on simulating (its sends dropped) until the credit ran
 * out, holding its slot for seconds.
 */
class SendFailureTest {

    @Test
    void aFailedSendCancelsTheRunAndFreesItsSlotBeforeTheHandlerReturns() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ChanscopeProperties properties = new ChanscopeProperties(null, null, null, null);
        RunAdmission admission = new RunAdmission(properties, registry);
        RunSocketHandler handler = new RunSocketHandler(
                ServerJson.mapper(),
                new RunRequestParser(
                        RunLimits.DEFAULT, new ScenarioResolver(dev.chanscope.scenario.library.Library.catalog())),
                admission,
                new OpenSockets(),
                properties.websocket());
        RecordingSession session = new RecordingSession("gone").failSendsAfter(2); // meta and one batch

        handler.afterConnectionEstablished(session);
        handler.handleMessage(
                session,
                new TextMessage("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":"
                        + "{\"messages\":500000,\"receiverDelay\":0}},\"credit\":1000000}"));

        assertThat(session.sent).hasSize(2);
        assertThat(admission.activeRuns())
                .as("the slot is free when the handler returns")
                .isZero();
        assertThat(registry.counter("chanscope.events.sent").count())
                .as("events handed to the socket: the run stopped at the failure, not at the credit of 1,000,000")
                .isLessThan(3 * RunProtocol.MAX_BATCH_EVENTS);
        assertThat(registry.counter("chanscope.runs.finished").count()).isEqualTo(1);
    }
}

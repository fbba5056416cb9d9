package dev.chanscope.stream.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.apache.tomcat.websocket.Constants;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.standard.StandardWebSocketSession;

/**
 * The time a close frame is given, whatever its code. Tomcat bounds the write of a close frame with
 * code 1000 by one property and of every other code (1013, 1008, 1001…) by another, 50 ms unless set;
 * a closing thread kept from a CPU that long on a loaded machine missed it, and the client heard 1006
 * (docs/RELIABILITY.md, failure 10). So both are set, under Tomcat's own names.
 */
class WireTest {

    private final Map<String, Object> properties = new HashMap<>();

    private Wire wire(long closeTimeoutMillis) {
        jakarta.websocket.Session container = mock(jakarta.websocket.Session.class);
        when(container.getUserProperties()).thenReturn(properties);
        StandardWebSocketSession session = new StandardWebSocketSession(new HttpHeaders(), Map.of(), null, null);
        session.initializeNativeSession(container);
        return Wire.of(session, closeTimeoutMillis);
    }

    @Test
    void aCloseFrameOfAnyCodeHasTheSendTimeLimit() {
        wire(10_000);

        assertThat(properties)
                .containsEntry(Constants.BLOCKING_SEND_TIMEOUT_PROPERTY, 10_000L)
                .containsEntry(Constants.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT_PROPERTY, 10_000L);
    }

    @Test
    void aHurriedCloseGivesItsFrameAHundredMillisecondsWhateverItsCode() {
        Wire w = wire(10_000);

        w.close(new CloseStatus(1008, "client not reading its frames"), true);

        assertThat(properties)
                .containsEntry(Constants.BLOCKING_SEND_TIMEOUT_PROPERTY, Wire.Container.HURRIED_CLOSE_MILLIS)
                .containsEntry(
                        Constants.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT_PROPERTY, Wire.Container.HURRIED_CLOSE_MILLIS);
    }
}

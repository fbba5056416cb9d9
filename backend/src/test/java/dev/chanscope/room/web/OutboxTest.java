package dev.chanscope.room.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/** A socket's outbox: one write in flight, in order, bounded, and never a deep stack. */
class OutboxTest {

    private final WebSocketSession session =
            mock(WebSocketSession.class, withSettings().extraInterfaces(NativeWebSocketSession.class));
    private final RemoteEndpoint.Async remote = mock(RemoteEndpoint.Async.class);
    private final List<String> written = new ArrayList<>();
    private final List<SendHandler> inFlight = new ArrayList<>();

    OutboxTest() {
        jakarta.websocket.Session nativeSession = mock(jakarta.websocket.Session.class);
        when(((NativeWebSocketSession) session).getNativeSession()).thenReturn(nativeSession);
        when(nativeSession.getAsyncRemote()).thenReturn(remote);
    }

    /** Writes complete only when the test says so, as on a client that reads slowly. */
    private Outbox slowClient(long maxBytes) {
        doAnswer(call -> {
                    written.add(call.getArgument(0));
                    inFlight.add(call.getArgument(1));
                    return null;
                })
                .when(remote)
                .sendText(anyString(), any(SendHandler.class));
        return new Outbox(session, maxBytes, 1000);
    }

    @Test
    void oneFrameIsInFlightAtATimeAndTheRestFollowInOrder() {
        Outbox out = slowClient(1 << 20);
        for (int i = 0; i < 3; i++) {
            out.send(Outbox.text("f" + i));
        }
        assertThat(written).containsExactly("f0");
        inFlight.removeFirst().onResult(new SendResult());
        assertThat(written).containsExactly("f0", "f1");
        inFlight.removeFirst().onResult(new SendResult());
        inFlight.removeFirst().onResult(new SendResult());
        assertThat(written).containsExactly("f0", "f1", "f2");
    }

    @Test
    void aClientThatStopsReadingIsClosedOnceItsQueueOutgrowsTheBound() throws Exception {
        Outbox out = slowClient(100);
        for (int i = 0; i < 12; i++) {
            out.send(Outbox.text("frame-" + i)); // 7 bytes each; the first is in flight and never completes
        }
        verify(session, never()).close(any(CloseStatus.class));
        out.send(Outbox.text("x".repeat(30)));
        verify(session)
                .close(CloseStatus.POLICY_VIOLATION.withReason("client too slow: outbound queue over its limit"));
    }

    @Test
    void writesThatCompleteAtOnceAreContinuedInALoopNotDeeperInTheStack() {
        doAnswer(call -> {
                    written.add(call.getArgument(0));
                    ((SendHandler) call.getArgument(1)).onResult(new SendResult()); // completes inside the call
                    return null;
                })
                .when(remote)
                .sendText(anyString(), any(SendHandler.class));
        Outbox out = new Outbox(session, 1 << 24, 1000);
        for (int i = 0; i < 100_000; i++) {
            out.send(Outbox.text("f"));
        }
        assertThat(written).hasSize(100_000);
    }

    @Test
    void aFailedWriteClosesTheSocketAndSendsNothingMore() throws Exception {
        Outbox out = slowClient(1 << 20);
        out.send(Outbox.text("a"));
        out.send(Outbox.text("b"));
        inFlight.removeFirst().onResult(new SendResult(new java.io.IOException("reset")));
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        assertThat(written).containsExactly("a");
    }

    @Test
    void closeAfterSendsWhatWasQueuedFirst() throws Exception {
        Outbox out = slowClient(1 << 20);
        out.send(Outbox.text("error"));
        out.closeAfter(new CloseStatus(4404, "room closed"));
        verify(session, never()).close(any(CloseStatus.class));
        inFlight.removeFirst().onResult(new SendResult());
        verify(session).close(new CloseStatus(4404, "room closed"));
    }
}

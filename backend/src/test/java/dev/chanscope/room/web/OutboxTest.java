package dev.chanscope.room.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * A socket's outbox: frames in order, at most one sender at a time, queued without waiting, bounded,
 * and closed after a failed write. The executor is the test's, so it decides when a sender runs.
 */
class OutboxTest {

    private final WebSocketSession session = mock(WebSocketSession.class);
    private final List<String> written = new ArrayList<>();
    private final Queue<Runnable> senders = new ArrayDeque<>();

    OutboxTest() throws IOException {
        doAnswer(call -> written.add(((TextMessage) call.getArgument(0)).getPayload()))
                .when(session)
                .sendMessage(any());
    }

    private Outbox outbox(long maxBytes) {
        return new Outbox(session, senders::add, maxBytes);
    }

    private void runSenders() {
        for (Runnable r; (r = senders.poll()) != null; ) {
            r.run();
        }
    }

    @Test
    void framesGoOutInOrderFromOneSender() {
        Outbox out = outbox(1 << 20);
        for (int i = 0; i < 5; i++) {
            out.send(Outbox.text("f" + i));
        }
        assertThat(written).as("queuing never writes").isEmpty();
        assertThat(senders).as("one sender for a burst").hasSize(1);
        runSenders();
        assertThat(written).containsExactly("f0", "f1", "f2", "f3", "f4");
        out.send(Outbox.text("f5"));
        runSenders();
        assertThat(written).endsWith("f5");
    }

    @Test
    void aClientThatStopsReadingIsClosedOnceItsQueueOutgrowsTheBound() throws Exception {
        Outbox out = outbox(100);
        for (int i = 0; i < 12; i++) {
            out.send(Outbox.text("frame-" + i)); // 7 bytes each, never sent: the sender does not get to run
        }
        verify(session, never()).close(any(CloseStatus.class));
        out.send(Outbox.text("x".repeat(30)));
        verify(session)
                .close(CloseStatus.POLICY_VIOLATION.withReason("client too slow: outbound queue over its limit"));
    }

    @Test
    void aFailedWriteClosesTheSocketAndSendsNothingMore() throws Exception {
        doThrow(new IOException("reset")).when(session).sendMessage(any());
        Outbox out = outbox(1 << 20);
        out.send(Outbox.text("a"));
        out.send(Outbox.text("b"));
        runSenders();
        verify(session).close(CloseStatus.SESSION_NOT_RELIABLE);
        out.send(Outbox.text("c"));
        assertThat(senders).as("a closed outbox starts no sender").isEmpty();
    }

    @Test
    void closeAfterSendsWhatWasQueuedFirst() throws Exception {
        Outbox out = outbox(1 << 20);
        out.send(Outbox.text("error"));
        out.closeAfter(new CloseStatus(4404, "room closed"));
        verify(session, never()).close(any(CloseStatus.class));
        runSenders();
        assertThat(written).containsExactly("error");
        verify(session).close(new CloseStatus(4404, "room closed"));
    }
}

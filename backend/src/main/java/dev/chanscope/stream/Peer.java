package dev.chanscope.stream;

import java.io.IOException;
import java.util.Map;

/**
 * The other end of a run's conversation, as the protocol sees it: a WebSocket session in production
 * ({@code stream.socket}), a list in tests, nothing at all for the in-process warm-up. Sends are made
 * one at a time by the thread handling the client's current message.
 */
public interface Peer {

    /** Sends a control message (docs/protocol.md) as one JSON text message. */
    void send(Map<String, Object> message) throws IOException;

    /** Sends one binary event-batch frame. */
    void sendFrame(byte[] frame) throws IOException;

    /** Closes the connection, telling the client why. */
    void close(Close how) throws IOException;

    /** A WebSocket close code (RFC 6455) and its reason. */
    record Close(int code, String reason) {

        /** The server is stopping. */
        public static final Close GOING_AWAY = new Close(1001, "server shutting down");

        /** Every run slot is taken (the registry's "Try Again Later"). */
        public static final Close TRY_AGAIN_LATER = new Close(1013, "server at capacity, try again later");

        /** A send failed: the client is gone or not reading (Spring's "session not reliable"). */
        public static final Close NOT_RELIABLE = new Close(4500, null);
    }
}

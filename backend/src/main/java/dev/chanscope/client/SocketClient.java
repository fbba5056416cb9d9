package dev.chanscope.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The project's one Java WebSocket client, on the JDK's {@link java.net.http.WebSocket}: the startup
 * warm-up, the tests and the load benchmarks all talk to the server through it. It hands a {@link
 * Listener} whole messages (text always joined; binary joined, or in the pieces the JDK delivers when
 * opened with {@link Options#binaryPieces}, so a load client can read a batch header without copying
 * the batch), asks for the next message only once the listener has returned, serialises sends (the
 * JDK allows one outstanding send per socket; a failed send does not block the next), and can leave
 * politely ({@link #close}) or like a vanished client ({@link #abort}).
 *
 * <pre>{@code
 * SocketClient ws = SocketClient.to(uri).connectTimeout(Duration.ofSeconds(10)).open(listener);
 * ws.sendText("{\"type\":\"start\",\"run\":{\"scenario\":\"worker-pool\"}}");
 * }</pre>
 */
public final class SocketClient {

    /** What a client hears; every method is called on the JDK's thread, one message at a time. */
    public interface Listener {
        /** A whole text message. */
        default void onText(SocketClient socket, String message) {}

        /** A whole binary message (not called when the client was opened for pieces). */
        default void onBinary(SocketClient socket, byte[] message) {}

        /**
         * A piece of a binary message, for a client opened with {@link Options#binaryPieces}; {@code
         * data} may be reused once this returns.
         */
        default void onBinaryPiece(SocketClient socket, ByteBuffer data, boolean last) {}

        /** The server closed the connection. */
        default void onClose(SocketClient socket, int code, String reason) {}

        /** The connection failed. */
        default void onError(SocketClient socket, Throwable error) {}
    }

    /** Where to connect and how: handshake headers, the handshake's timeout, how binary arrives. */
    public static final class Options {
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private HttpClient http;
        private boolean binaryPieces;
        private boolean readNothing;

        private Options(URI uri) {
            this.uri = uri;
        }

        /** Adds a handshake header (an {@code Origin}, the warm-up's key). */
        public Options header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Options connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** Connects through {@code client} (shared by many sockets); by default each socket has its own. */
        public Options http(HttpClient client) {
            this.http = client;
            return this;
        }

        /** Binary messages reach {@link Listener#onBinaryPiece} in the pieces they arrive in. */
        public Options binaryPieces() {
            this.binaryPieces = true;
            return this;
        }

        /**
         * The client never reads what the server sends (no message reaches the listener), as a client
         * that stopped reading: what a test needs to show the server drops one.
         */
        public Options readNothing() {
            this.readNothing = true;
            return this;
        }

        /** Starts the handshake; the future completes with the open socket or the reason it failed. */
        public CompletableFuture<SocketClient> openAsync(Listener listener) {
            HttpClient client = http != null
                    ? http
                    : HttpClient.newBuilder().connectTimeout(connectTimeout).build();
            SocketClient socket = new SocketClient(listener, binaryPieces, readNothing, http == null ? client : null);
            WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(connectTimeout);
            headers.forEach(builder::header);
            return builder.buildAsync(uri, socket.new Receiver())
                    .thenApply(ws -> {
                        socket.ws = ws;
                        return socket;
                    })
                    .whenComplete((s, failed) -> {
                        if (failed != null && socket.ownHttp != null) {
                            socket.ownHttp.shutdownNow();
                        }
                    });
        }

        /** Opens the socket, waiting at most the connect timeout for the handshake. */
        public SocketClient open(Listener listener) throws IOException {
            try {
                return openAsync(listener).get(connectTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while opening a WebSocket to " + uri, e);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                throw new IOException(
                        "could not open a WebSocket to " + uri + " within " + connectTimeout + ": " + cause, cause);
            }
        }
    }

    private final Listener listener;
    private final boolean binaryPieces;
    private final boolean readNothing;
    /** The HTTP client made for this socket alone, released with it; null when shared. */
    private final HttpClient ownHttp;

    private volatile WebSocket ws;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    private SocketClient(Listener listener, boolean binaryPieces, boolean readNothing, HttpClient ownHttp) {
        this.listener = listener;
        this.binaryPieces = binaryPieces;
        this.readNothing = readNothing;
        this.ownHttp = ownHttp;
    }

    public static Options to(URI uri) {
        return new Options(uri);
    }

    /** Sends one text message once the sends before it are done; completes when it is written. */
    public synchronized CompletableFuture<Void> sendText(String text) {
        return chain(() -> ws.sendText(text, true));
    }

    /** Sends one binary message once the sends before it are done. */
    public synchronized CompletableFuture<Void> sendBinary(byte[] bytes) {
        ByteBuffer data = ByteBuffer.wrap(bytes.clone());
        return chain(() -> ws.sendBinary(data, true));
    }

    /** Sends a close frame after the pending sends; the server's answer reaches {@link Listener#onClose}. */
    public synchronized CompletableFuture<Void> close(int code, String reason) {
        return chain(() -> ws.sendClose(code, reason));
    }

    private CompletableFuture<Void> chain(java.util.function.Supplier<CompletableFuture<WebSocket>> send) {
        CompletableFuture<Void> next =
                lastSend.handle((x, e) -> null).thenCompose(x -> send.get()).thenApply(w -> null);
        lastSend = next;
        return next;
    }

    /** Drops the connection without a close frame, as a vanished client would; releases everything. */
    public void abort() {
        WebSocket s = ws;
        if (s != null) {
            s.abort();
        }
        if (ownHttp != null) {
            ownHttp.shutdownNow();
        }
    }

    /** Whether no more messages can be sent (a close was sent, or the connection is gone). */
    public boolean isOutputClosed() {
        WebSocket s = ws;
        return s == null || s.isOutputClosed();
    }

    /** The JDK's listener: joins pieces, asks for one message at a time, and passes each on. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public void onOpen(WebSocket webSocket) {
            ws = webSocket; // before the handshake's future completes: a listener may send at once
            if (!readNothing) {
                webSocket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data); // copied now: the JDK may reuse `data` once this returns
            if (last) {
                String whole = text.toString();
                text.setLength(0);
                listener.onText(SocketClient.this, whole);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (binaryPieces) {
                listener.onBinaryPiece(SocketClient.this, data, last);
            } else {
                byte[] chunk = new byte[data.remaining()];
                data.get(chunk);
                binary.writeBytes(chunk);
                if (last) {
                    byte[] whole = binary.toByteArray();
                    binary.reset();
                    listener.onBinary(SocketClient.this, whole);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            listener.onClose(SocketClient.this, statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            listener.onError(SocketClient.this, error);
        }
    }
}

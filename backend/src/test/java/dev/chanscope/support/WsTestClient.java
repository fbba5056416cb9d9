package dev.chanscope.support;

import dev.chanscope.client.SocketClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client for tests: the project's {@link SocketClient} with a record of what it heard.
 *
 * <p>It records every message the server sends, in arrival order: text messages parsed as JSON,
 * binary messages as byte arrays. Fragmented messages are reassembled (a message is recorded once
 * its {@code last} fragment arrives). The {@code await…} methods block until the recorded history
 * satisfies them, the socket closes or fails, or the timeout passes; they never sleep and never
 * wait without a bound. History is never consumed: {@code awaitText("end", …)} finds the first
 * {@code end} message however long ago it arrived.
 *
 * <pre>{@code
 * try (var ws = WsTestClient.connect(URI.create("ws://localhost:" + port + "/ws/runs"))) {
 *     ws.send(Map.of("type", "start", "v", 1, "run", Map.of("scenario", "unbuffered-handoff")));
 *     JsonNode end = ws.awaitText("end", Duration.ofSeconds(30));
 *     List<byte[]> batches = ws.binaries();
 * }
 * }</pre>
 */
public final class WsTestClient implements AutoCloseable {

    /** Used when a caller does not choose: connecting, sending and closing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One complete message received from the server. */
    public sealed interface Frame permits Text, Binary {}

    /**
     * A text message: its raw text and, parsed, its JSON (a missing node when the text is not JSON).
     */
    public record Text(String raw, JsonNode json) implements Frame {
        /** The message's {@code type} field, or {@code ""} when it has none. */
        public String type() {
            return json.path("type").asString("");
        }

        @Override
        public String toString() {
            return "Text[" + abbreviate(raw, 300) + "]";
        }
    }

    /** A binary message, all fragments joined. */
    public record Binary(byte[] bytes) implements Frame {
        @Override
        public String toString() {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(bytes.length, 16); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
            }
            return "Binary[" + bytes.length + " bytes: " + hex + (bytes.length > 16 ? " …" : "") + "]";
        }
    }

    /**
     * How the connection was closed: by a close frame ({@code statusCode}, {@code reason}) or by an
     * error.
     */
    public record Closure(int statusCode, String reason, Throwable error) {
        public boolean byError() {
            return error != null;
        }
    }

    private final SocketClient socket;
    private final Received recorder;

    private WsTestClient(SocketClient socket, Received recorder) {
        this.socket = socket;
        this.recorder = recorder;
    }

    /** Opens a WebSocket to {@code uri}, waiting at most {@link #DEFAULT_TIMEOUT}. */
    public static WsTestClient connect(URI uri) {
        return connect(uri, DEFAULT_TIMEOUT);
    }

    /** Opens a WebSocket to {@code uri}, waiting at most {@code timeout} for the handshake. */
    public static WsTestClient connect(URI uri, Duration timeout) {
        return connect(uri, timeout, Map.of());
    }

    /**
     * Opens a WebSocket to {@code uri} with extra handshake headers (for example {@code Origin}),
     * waiting at most {@code timeout} for the handshake.
     */
    public static WsTestClient connect(URI uri, Duration timeout, Map<String, String> headers) {
        Objects.requireNonNull(uri, "uri");
        Received recorder = new Received();
        SocketClient.Options options = SocketClient.to(uri).connectTimeout(timeout);
        headers.forEach(options::header);
        try {
            return new WsTestClient(options.open(recorder), recorder);
        } catch (IOException e) {
            throw new AssertionError(
                    "Could not open a WebSocket to " + uri + " within " + timeout + ": " + e.getCause(), e.getCause());
        }
    }

    // ---------------------------------------------------------------- sending

    /** Sends {@code message} (a Map, a record, a JsonNode…) serialized as one JSON text message. */
    public WsTestClient send(Object message) {
        return sendText(JSON.writeValueAsString(message));
    }

    /** Sends {@code text} as one text message, as is (also for deliberately malformed input). */
    public WsTestClient sendText(String text) {
        complete(socket.sendText(text), "sending a text message");
        return this;
    }

    /** Sends {@code bytes} as one binary message. */
    public WsTestClient sendBinary(byte[] bytes) {
        complete(socket.sendBinary(bytes), "sending a binary message");
        return this;
    }

    // ---------------------------------------------------------------- waiting

    /**
     * Returns the first text message whose {@code type} is {@code type}, waiting at most {@code
     * timeout} for it. Fails (with the types received so far) on timeout, or when the socket closes
     * first.
     */
    public JsonNode awaitText(String type, Duration timeout) {
        return await(
                        "a text message of type \"" + type + "\"",
                        timeout,
                        frames -> frames.stream()
                                .filter(f -> f instanceof Text t && t.type().equals(type))
                                .map(f -> ((Text) f).json())
                                .findFirst())
                .orElseThrow();
    }

    /**
     * Waits until at least {@code count} binary messages have arrived and returns all of them so far.
     */
    public List<byte[]> awaitBinaries(int count, Duration timeout) {
        return await(count + " binary message(s)", timeout, frames -> {
                    List<byte[]> binaries = binariesOf(frames);
                    return binaries.size() >= count ? Optional.of(binaries) : Optional.empty();
                })
                .orElseThrow();
    }

    /**
     * The general form: waits until {@code probe} returns a value for the history so far (it is
     * called again after each new message), and returns that value. {@code what} names the
     * expectation in the failure message.
     */
    public <T> Optional<T> await(String what, Duration timeout, Function<List<Frame>, Optional<T>> probe) {
        return recorder.await(what, timeout, probe);
    }

    /** Waits until the connection is closed (by either side, or by an error) and says how. */
    public Closure awaitClose(Duration timeout) {
        return recorder.awaitClose(timeout);
    }

    // ---------------------------------------------------------------- history

    /** Every complete message so far, in arrival order. */
    public List<Frame> frames() {
        return recorder.snapshot();
    }

    /** The text messages so far, parsed, in arrival order. */
    public List<JsonNode> texts() {
        return frames().stream()
                .filter(Text.class::isInstance)
                .map(f -> ((Text) f).json())
                .toList();
    }

    /** The binary messages so far, in arrival order. */
    public List<byte[]> binaries() {
        return binariesOf(frames());
    }

    /** How the connection closed, if it has. */
    public Optional<Closure> closure() {
        return recorder.closure();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " chars)";
    }

    private static List<byte[]> binariesOf(List<Frame> frames) {
        return frames.stream()
                .filter(Binary.class::isInstance)
                .map(f -> ((Binary) f).bytes())
                .toList();
    }

    // ---------------------------------------------------------------- closing

    /** Sends a normal close, waits briefly for the server's answer, then releases everything. */
    @Override
    public void close() {
        try {
            if (recorder.closure().isEmpty() && !socket.isOutputClosed()) {
                socket.close(1000, "").get(DEFAULT_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                recorder.awaitCloseQuietly(DEFAULT_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The server went away first; abort() below releases the connection either way.
        } finally {
            socket.abort();
        }
    }

    private static void complete(CompletionStage<?> stage, String what) {
        try {
            stage.toCompletableFuture().get(DEFAULT_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new AssertionError("Failed " + what + ": " + cause, cause);
        }
    }
}

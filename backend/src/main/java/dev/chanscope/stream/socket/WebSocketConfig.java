package dev.chanscope.stream.socket;

import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@code /ws/runs}. Unless {@code chanscope.websocket.allowed-origins} lists more, Spring
 * accepts only same-origin handshakes (a foreign Origin gets 403); inbound messages are capped.
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebSocketConfig.class);

    /** Characters of an inbound text message the container holds before handing a piece over. */
    static final int TEXT_BUFFER_CHARS = 4096;

    private final ChanscopeProperties properties;
    private final RunSocketHandler handler;

    WebSocketConfig(ChanscopeProperties properties, RunSocketHandler handler) {
        this.properties = properties;
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        var registration = registry.addHandler(handler, "/ws/runs");
        List<String> origins = properties.websocket().allowedOrigins();
        if (!origins.isEmpty()) {
            registration.setAllowedOrigins(origins.toArray(String[]::new));
        }
    }

    /** Container buffers for inbound messages (the limits are the handler's); idle sockets are closed. */
    @Bean
    static ServletServerContainerFactoryBean webSocketContainer(ChanscopeProperties properties) {
        ChanscopeProperties.Websocket ws = properties.websocket();
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // Tomcat allocates both buffers for every session when it opens. The handler takes messages in
        // pieces of the buffer's size and enforces the limits itself (RunSocketHandler), so the buffers
        // are sized for a typical control message, not for the limit: a text buffer of
        // max-message-size characters would cost 128 KiB per session, most of an idle session's heap,
        // and garbage for every connection.
        container.setMaxTextMessageBufferSize(
                (int) Math.min(TEXT_BUFFER_CHARS, ws.maxMessageSize().toBytes()));
        container.setMaxBinaryMessageBufferSize(RunSocketHandler.MAX_BINARY_MESSAGE_BYTES);
        container.setMaxSessionIdleTimeout(ws.idleTimeout().toMillis());
        return container;
    }

    /** How often {@link RunSocketHandler#tick} looks at the sessions: a stall is caught within this of its bound. */
    static final long TICK_MILLIS = 25;

    /** The clock of the sessions' time bounds: the JVM's monotonic one. */
    @Bean
    static SocketClock socketClock() {
        return System::nanoTime;
    }

    /** One daemon thread that ticks the sessions' time bounds (idle, stalled); it never waits for a client. */
    @Bean(destroyMethod = "shutdownNow")
    static ScheduledExecutorService runSocketTicker(RunSocketHandler handler, SocketClock clock) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("run-socket-ticker").daemon().factory());
        ticker.scheduleAtFixedRate(
                () -> {
                    try {
                        handler.tick(clock.nanoTime());
                    } catch (RuntimeException e) {
                        log.warn("session tick failed", e); // and the next tick runs all the same
                    }
                },
                TICK_MILLIS,
                TICK_MILLIS,
                TimeUnit.MILLISECONDS);
        return ticker;
    }

    /**
     * Where a run's pump goes on after its client's queue has drained: one platform thread per core,
     * since a pump only simulates, encodes and queues (it never waits for the network).
     */
    @Bean(destroyMethod = "shutdownNow")
    static ExecutorService runPumps() {
        return Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().name("run-pump-", 0).daemon().factory());
    }

    @Bean
    static RunSocketHandler runSocketHandler(
            JsonMapper json,
            RunRequestParser parser,
            RunAdmission admission,
            OpenSockets sockets,
            ChanscopeProperties properties,
            ExecutorService runPumps,
            SocketClock clock) {
        ChanscopeProperties.Websocket limits = properties.websocket();
        return new RunSocketHandler(
                json,
                parser,
                admission,
                sockets,
                limits,
                RunSocketHandler.Setup.container(clock::nanoTime, runPumps, limits));
    }
}

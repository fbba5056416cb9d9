package dev.chanscope.stream.socket;

import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import java.util.List;
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

    @Bean
    static RunSocketHandler runSocketHandler(
            JsonMapper json,
            RunRequestParser parser,
            RunAdmission admission,
            OpenSockets sockets,
            ChanscopeProperties properties) {
        return new RunSocketHandler(json, parser, admission, sockets, properties.websocket());
    }
}

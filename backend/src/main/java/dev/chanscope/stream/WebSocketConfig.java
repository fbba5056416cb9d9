package dev.chanscope.stream;

import dev.chanscope.scenario.RunRequestParser;
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

    /** Inbound messages above the limit close the socket with 1009; idle sockets are closed. */
    @Bean
    static ServletServerContainerFactoryBean webSocketContainer(ChanscopeProperties properties) {
        ChanscopeProperties.Websocket ws = properties.websocket();
        int max = (int) ws.maxMessageSize().toBytes();
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(max);
        // Clients never send binary frames (each gets an error), so their buffer stays tiny: Tomcat
        // allocates both buffers for every session, and this one would cost 64 KiB per idle client.
        container.setMaxBinaryMessageBufferSize(1024);
        container.setMaxSessionIdleTimeout(ws.idleTimeout().toMillis());
        return container;
    }

    @Bean
    static RunSocketHandler runSocketHandler(
            JsonMapper json, RunRequestParser parser, RunAdmission admission, ChanscopeProperties properties) {
        return new RunSocketHandler(json, parser, admission, properties.websocket());
    }
}

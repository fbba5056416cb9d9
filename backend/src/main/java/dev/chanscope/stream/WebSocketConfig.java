package dev.chanscope.stream;

import dev.chanscope.scenario.RunRequestParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@code /ws/runs}. No allowed origins are configured, so Spring accepts only same-origin
 * handshakes; inbound messages are capped at 64 KiB.
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

  private final JsonMapper json;
  private final RunRequestParser parser;

  WebSocketConfig(JsonMapper json, RunRequestParser parser) {
    this.json = json;
    this.parser = parser;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(new RunSocketHandler(json, parser), "/ws/runs");
  }

  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(64 * 1024);
    container.setMaxBinaryMessageBufferSize(64 * 1024);
    container.setMaxSessionIdleTimeout(120_000L);
    return container;
  }
}

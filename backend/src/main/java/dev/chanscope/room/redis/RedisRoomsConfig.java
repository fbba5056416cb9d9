package dev.chanscope.room.redis;

import dev.chanscope.room.RoomBus;
import dev.chanscope.room.RoomStore;
import dev.chanscope.room.web.RoomProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code chanscope.rooms.store=redis}: rooms in the Redis that {@code spring.data.redis.*} names (a
 * standalone server), shared by every instance using it.
 */
@Configuration
@ConditionalOnProperty(name = "chanscope.rooms.store", havingValue = "redis")
class RedisRoomsConfig {

    /**
     * While Redis is away, commands fail at once (the room answers {@code store-unavailable}) instead
     * of queueing until the timeout; Lettuce keeps reconnecting in the background.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsAway() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    RoomStore redisRoomStore(StringRedisTemplate redis, RoomProperties p) {
        // Each instance's seats carry its id; random, so a restarted instance never inherits a dead one's.
        return new RedisRoomStore(redis, UUID.randomUUID().toString(), p.idleTimeout(), p.presenceLease());
    }

    @Bean(destroyMethod = "close")
    RoomBus redisRoomBus(StringRedisTemplate redis, LettuceConnectionFactory factory) {
        factory.start(); // creates the client now; the container's start later finds it running
        if (!(factory.getRequiredNativeClient() instanceof RedisClient client)) {
            throw new IllegalStateException(
                    "chanscope.rooms.store=redis needs a standalone Redis (spring.data.redis.host/port), not a cluster");
        }
        var standalone = factory.getStandaloneConfiguration();
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(standalone.getHostName())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withSsl(factory.isUseSsl())
                .withTimeout(
                        factory.getTimeout() > 0 ? Duration.ofMillis(factory.getTimeout()) : Duration.ofSeconds(2));
        standalone.getPassword().toOptional().ifPresent(p -> {
            if (standalone.getUsername() != null) {
                uri.withAuthentication(standalone.getUsername(), p);
            } else {
                uri.withPassword(p);
            }
        });
        return new RedisRoomBus(redis, client, uri.build());
    }
}

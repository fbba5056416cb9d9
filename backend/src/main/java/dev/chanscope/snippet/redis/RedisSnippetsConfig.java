package dev.chanscope.snippet.redis;

import dev.chanscope.snippet.SnippetStore;
import dev.chanscope.snippet.web.SnippetProperties;
import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code chanscope.snippets.store=redis}: snippets in the Redis of {@code spring.data.redis.*}, through
 * the application's one Redis connection (the rooms' too, when they use Redis).
 */
@Configuration
@ConditionalOnProperty(name = "chanscope.snippets.store", havingValue = "redis")
class RedisSnippetsConfig {

    /** While Redis is away a save or lookup fails at once (503) rather than waiting for the timeout. */
    @Bean
    LettuceClientOptionsBuilderCustomizer snippetsFailFastWhileRedisIsAway() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    SnippetStore redisSnippetStore(StringRedisTemplate redis, SnippetProperties p) {
        return new RedisSnippetStore(redis, p.maxTotalBytes().toBytes());
    }
}

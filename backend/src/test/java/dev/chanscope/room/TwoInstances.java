package dev.chanscope.room;

import dev.chanscope.ChanscopeApplication;
import dev.chanscope.testkit.RedisServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application contexts on their own ports sharing one real Redis ({@link RedisServer}), as two
 * instances behind a load balancer would. Tests that need it skip, saying why, where {@code
 * redis-server} is not installed ({@code .ci/run} installs it).
 */
final class TwoInstances implements AutoCloseable {

    final RedisServer redis;
    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    private TwoInstances(RedisServer redis, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.redis = redis;
        this.a = a;
        this.b = b;
    }

    static void assumeRedis() {
        Assumptions.assumeTrue(
                RedisServer.binary().isPresent(),
                "redis-server is not on PATH (Debian package redis-server; .ci/run installs it): the Redis room tests need a real one");
    }

    /** @param persistent Redis keeps an append-only file, so a restart brings the rooms back */
    static TwoInstances start(String name, boolean persistent) throws Exception {
        assumeRedis();
        Path dir = Path.of("target", "redis", name);
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        RedisServer redis = RedisServer.start(dir, persistent);
        ConfigurableApplicationContext a = null;
        try {
            a = app(redis.port());
            return new TwoInstances(redis, a, app(redis.port()));
        } catch (RuntimeException e) {
            if (a != null) {
                a.close();
            }
            redis.close();
            throw e;
        }
    }

    static ConfigurableApplicationContext app(int redisPort) {
        return app(redisPort, "127.0.0.1");
    }

    static ConfigurableApplicationContext app(int redisPort, String redisHost) {
        return new SpringApplicationBuilder(ChanscopeApplication.class)
                .run( // arguments, so they win over application.yml
                        "--server.port=0",
                        "--chanscope.warmup.enabled=false",
                        "--chanscope.rooms.store=redis",
                        "--spring.data.redis.host=" + redisHost,
                        "--spring.data.redis.port=" + redisPort,
                        "--chanscope.rooms.refresh-interval=300ms",
                        "--chanscope.rooms.presence-lease=1500ms",
                        "--spring.main.banner-mode=off");
    }

    static URI base(ConfigurableApplicationContext app) {
        return URI.create("http://127.0.0.1:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @Override
    public void close() throws Exception {
        try {
            if (a.isActive()) {
                a.close();
            }
            if (b.isActive()) {
                b.close();
            }
        } finally {
            redis.close();
        }
    }
}

package dev.chanscope.room;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same lesson across two instances, with Redis from a container (the image docker-compose.yml
 * uses) instead of the local binary. Runs only where a Docker engine is reachable.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RedisContainerRoomsTest {

    @Test
    void aLessonAcrossTwoInstancesOnContainerRedis() throws Exception {
        Assumptions.assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine reachable: Testcontainers' Redis cannot start (CrossInstanceRoomsTest covers the same with a local redis-server)");
        try (GenericContainer<?> redis =
                new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379)) {
            redis.start();
            int port = redis.getMappedPort(6379);
            try (ConfigurableApplicationContext a = TwoInstances.app(port, redis.getHost());
                    ConfigurableApplicationContext b = TwoInstances.app(port, redis.getHost());
                    HttpClient http = HttpClient.newHttpClient()) {
                URI ua = TwoInstances.base(a);
                URI ub = TwoInstances.base(b);
                Lesson lesson = new Lesson(http, ua, List.of(ub), 2);
                try {
                    lesson.follow(7);
                    lesson.detachAndAttach();
                    lesson.question();
                    lesson.end();
                } finally {
                    lesson.closeAll();
                }
            }
        }
    }
}

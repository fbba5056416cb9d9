package dev.chanscope.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.snippet.redis.RedisSnippetStore;
import dev.chanscope.testkit.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis store on a real {@code redis-server}: what one instance saves another opens, writers on
 * two connections (two instances) never replace a snippet or pass the total, an append-only Redis
 * keeps snippets across its restart, and a Redis that is gone is an answer, not a hang.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RedisSnippetStoreTest {

    private RedisServer redis;
    private final List<LettuceConnectionFactory> factories = new ArrayList<>();

    static void assumeRedis() {
        Assumptions.assumeTrue(
                RedisServer.binary().isPresent(),
                "redis-server is not on PATH (Debian package redis-server; .ci/run installs it): the Redis snippet tests need a real one");
    }

    @BeforeEach
    void start() throws Exception {
        assumeRedis();
        Path dir = Path.of("target", "redis", "snippets");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        redis = RedisServer.start(dir, true);
    }

    @AfterEach
    void stop() throws Exception {
        factories.forEach(LettuceConnectionFactory::destroy);
        if (redis != null) {
            redis.close();
        }
    }

    /** A store on its own connection, as each instance has. */
    private RedisSnippetStore store(long maxBytes) {
        LettuceConnectionFactory f =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
        f.afterPropertiesSet();
        f.start();
        factories.add(f);
        return new RedisSnippetStore(new StringRedisTemplate(f), maxBytes);
    }

    @Test
    void whatOneInstanceSavesAnotherOpensAndSavingItAgainChangesNothing() {
        Snippets a = new Snippets(store(1 << 20));
        RedisSnippetStore storeB = store(1 << 20);
        Snippets b = new Snippets(storeB);
        String text = "package main\n\n// é 世界\nfunc main() {}\n";
        Snippets.Saved saved = a.save(text);
        assertThat(saved.created()).isTrue();
        assertThat(b.find(saved.id())).contains(text);
        assertThat(b.save(text)).isEqualTo(new Snippets.Saved(saved.id(), false));
        assertThat(storeB.usedBytes()).isEqualTo(FileSnippetStoreTest.bytes(text));
        assertThat(b.find("AAAAAAAAAAAA")).isEmpty();
    }

    @Test
    void anIdHoldingAnotherTextIsTakenNotReplaced() {
        RedisSnippetStore store = store(1 << 20);
        String id = SnippetId.candidates("package main\n").getFirst();
        assertThat(store.put(id, "package main\n")).isEqualTo(SnippetStore.Put.STORED);
        assertThat(store.put(id, "package other\n")).isEqualTo(SnippetStore.Put.TAKEN);
        assertThat(store.get(id)).contains("package main\n");
    }

    @Test
    void writersOnTwoInstancesNeverTakeTheStorePastItsTotal() throws Exception {
        int size = FileSnippetStoreTest.bytes(FileSnippetStoreTest.program(10));
        long max = 10L * size + size - 1;
        List<Snippets> instances = List.of(new Snippets(store(max)), new Snippets(store(max)));
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int w = 0; w < 8; w++) {
                int writer = w;
                Snippets snippets = instances.get(w % 2);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < 5; k++) {
                        try {
                            snippets.save(FileSnippetStoreTest.program(10 + writer * 5 + k));
                            stored.incrementAndGet();
                        } catch (SnippetStoreFull e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(stored.get()).isEqualTo(10);
        assertThat(refused.get()).isEqualTo(30);
        assertThat(instances.getFirst().store().usedBytes()).isEqualTo(10L * size);
        assertThatThrownBy(() -> instances.getLast().save(FileSnippetStoreTest.program(99)))
                .isInstanceOf(SnippetStoreFull.class)
                .hasMessageStartingWith("the snippet store is full: it holds " + 10L * size + " of its " + max);
    }

    @Test
    void snippetsSurviveARedisRestartWithItsAppendOnlyFile() throws Exception {
        Snippets snippets = new Snippets(store(1 << 20));
        String id = snippets.save("package main\nfunc main() {}\n").id();
        redis.restart();
        assertThat(new Snippets(store(1 << 20)).find(id)).contains("package main\nfunc main() {}\n");
    }

    @Test
    void aRedisThatIsGoneIsReportedAsUnavailable() throws Exception {
        Snippets snippets = new Snippets(store(1 << 20));
        redis.kill();
        assertThatThrownBy(() -> snippets.find("AAAAAAAAAAAA")).isInstanceOf(SnippetStoreUnavailable.class);
        assertThatThrownBy(() -> snippets.save("package main\n")).isInstanceOf(SnippetStoreUnavailable.class);
    }
}

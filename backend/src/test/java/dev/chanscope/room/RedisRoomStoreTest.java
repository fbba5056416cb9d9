package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.chanscope.room.redis.RedisRoomStore;
import dev.chanscope.testkit.RedisServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis store's rules on a real Redis: expiry, compare-and-set, answers, seats and leases. */
class RedisRoomStoreTest {

    private static RedisServer redis;
    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate template;

    @BeforeAll
    static void start() throws Exception {
        TwoInstances.assumeRedis();
        redis = RedisServer.start(Path.of("target", "redis", "store"), false);
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
        factory.afterPropertiesSet();
        factory.start();
        template = new StringRedisTemplate(factory);
    }

    @AfterAll
    static void stop() throws Exception {
        if (factory != null) {
            factory.destroy();
        }
        if (redis != null) {
            redis.close();
        }
    }

    private static Room room(String code) {
        return new Room(code, TeacherKey.hash("k"), "?v=1&s=worker-pool", null, false, 1, 1, 7, null);
    }

    @Test
    void everyKeyOfARoomExpiresAfterTheIdleTimeUnlessKeptAlive() {
        RedisRoomStore store = new RedisRoomStore(template, "i1", Duration.ofMillis(400), Duration.ofSeconds(5));
        store.create(room("AAA-AAA"));
        store.create(room("BBB-BBB"));
        store.seat("AAA-AAA", "m1", "s1", false);
        assertThat(template.getExpire("chanscope:room:{AAA-AAA}:seats"))
                .isNotNull()
                .isNotNegative();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find("BBB-BBB").isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> store.find("AAA-AAA").isEmpty());
        assertThat(template.hasKey("chanscope:room:{AAA-AAA}:seats")).isFalse();
    }

    @Test
    void aRoomReadsBackAsWrittenAndChangesOnlyFromItsCurrentRevision() {
        RedisRoomStore store = new RedisRoomStore(template, "i1", Duration.ofMinutes(5), Duration.ofSeconds(5));
        Room r = room("CCC-CCC");
        assertThat(store.create(r)).isEqualTo(RoomStore.Created.CREATED);
        assertThat(store.create(r)).isEqualTo(RoomStore.Created.CODE_TAKEN);
        assertThat(store.find("CCC-CCC")).contains(r);
        Question q = new Question(
                "q2", "Which?\nOne line more", Question.GOROUTINE, List.of("a", "b"), List.of(3L, 4L), false);
        Room next = r.withState("?v=1&s=pipeline", "?v=1&s=pipeline&seed=2", true, 0.25)
                .withQuestion(q)
                .next(9);
        assertThat(store.replace(r, next)).isTrue();
        assertThat(store.replace(r, r.next(10))).as("stale writer").isFalse();
        assertThat(store.find("CCC-CCC")).contains(next);

        assertThat(store.answer("CCC-CCC", "q1", "m1", 0)).isEqualTo(RoomStore.Answered.NO_QUESTION);
        assertThat(store.answer("CCC-CCC", "q2", "m1", 0)).isEqualTo(RoomStore.Answered.ACCEPTED);
        assertThat(store.answer("CCC-CCC", "q2", "m1", 1)).isEqualTo(RoomStore.Answered.ACCEPTED);
        Room revealed = next.withQuestion(q.asRevealed()).next(11);
        assertThat(store.replace(next, revealed)).isTrue();
        assertThat(store.answer("CCC-CCC", "q2", "m2", 1)).isEqualTo(RoomStore.Answered.REVEALED);
        assertThat(store.tally("CCC-CCC", q)).isEqualTo(new Tally("q2", List.of(0, 1), 1));
        Room closed = revealed.withQuestion(null).next(12);
        assertThat(store.replace(revealed, closed)).isTrue();
        assertThat(store.tally("CCC-CCC", q).answered())
                .as("answers go with their question")
                .isZero();
        assertThat(store.answer("ZZZ-ZZZ", "q2", "m2", 1)).isEqualTo(RoomStore.Answered.NO_ROOM);
    }

    @Test
    void seatsOfAnInstanceWhoseLeaseRanOutStopCounting() {
        RedisRoomStore here = new RedisRoomStore(template, "here", Duration.ofMinutes(5), Duration.ofSeconds(30));
        RedisRoomStore gone = new RedisRoomStore(template, "gone", Duration.ofMinutes(5), Duration.ofMillis(300));
        here.create(room("DDD-DDD"));
        gone.keepAlive(List.of("DDD-DDD"));
        gone.seat("DDD-DDD", "m1", "s1", false);
        gone.seat("DDD-DDD", "m2", "s2", true);
        here.seat("DDD-DDD", "m3", "s3", false);
        assertThat(here.presence("DDD-DDD")).isEqualTo(new Presence(3, 1));
        here.seat("DDD-DDD", "m2", "s9", false); // m2 reconnected here
        gone.unseat("DDD-DDD", "m2", "s2"); // the old socket's late goodbye removes nothing
        assertThat(here.presence("DDD-DDD")).isEqualTo(new Presence(3, 0));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> here.presence("DDD-DDD").equals(new Presence(2, 0)));
    }
}

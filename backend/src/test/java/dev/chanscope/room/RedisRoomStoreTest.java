package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The Redis store's rules on a real Redis: TTLs, compare-and-set, answers, seats and leases. Expiry
 * itself is Redis's; the tests delete a key where expiry would, rather than wait for it.
 */
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
    void everyKeyOfARoomCarriesTheIdleTimeoutAndKeepAliveRenewsIt() {
        Duration idle = Duration.ofHours(1);
        RedisRoomStore store = new RedisRoomStore(template, "i1", idle, Duration.ofSeconds(30));
        Room r = room("AAA-AAA");
        store.create(r);
        Question q = new Question("q2", "?", Question.CHOICE, List.of("a", "b"), List.of(), false);
        Room asked = r.withQuestion(q).next(8);
        store.replace(r, asked);
        store.seat("AAA-AAA", "m1", "s1", false);
        store.answer("AAA-AAA", "q2", "m1", 1);
        for (String key : List.of(
                "chanscope:room:{AAA-AAA}", "chanscope:room:{AAA-AAA}:seats", "chanscope:room:{AAA-AAA}:answers")) {
            assertThat(template.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS))
                    .as(key)
                    .isPositive()
                    .isLessThanOrEqualTo(idle.toMillis());
        }
        template.expire("chanscope:room:{AAA-AAA}", Duration.ofSeconds(5));
        store.keepAlive(List.of("AAA-AAA"));
        assertThat(template.getExpire("chanscope:room:{AAA-AAA}", java.util.concurrent.TimeUnit.SECONDS))
                .as("renewed")
                .isGreaterThan(60);
        assertThat(template.getExpire("chanscope:instance:i1", java.util.concurrent.TimeUnit.MILLISECONDS))
                .as("this instance's lease")
                .isPositive()
                .isLessThanOrEqualTo(30_000);
        template.delete("chanscope:room:{AAA-AAA}"); // what expiry does, without waiting for it
        assertThat(store.find("AAA-AAA")).isEmpty();
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
        RedisRoomStore gone = new RedisRoomStore(template, "gone", Duration.ofMinutes(5), Duration.ofSeconds(30));
        here.create(room("DDD-DDD"));
        gone.keepAlive(List.of("DDD-DDD"));
        gone.seat("DDD-DDD", "m1", "s1", false);
        gone.seat("DDD-DDD", "m2", "s2", true);
        here.seat("DDD-DDD", "m3", "s3", false);
        assertThat(here.presence("DDD-DDD")).isEqualTo(new Presence(3, 1));
        here.seat("DDD-DDD", "m2", "s9", false); // m2 reconnected here
        gone.unseat("DDD-DDD", "m2", "s2"); // the old socket's late goodbye removes nothing
        assertThat(here.presence("DDD-DDD")).isEqualTo(new Presence(3, 0));
        template.delete("chanscope:instance:gone"); // its lease ran out: what expiry does, without waiting
        assertThat(here.presence("DDD-DDD")).isEqualTo(new Presence(2, 0));
        assertThat(template.opsForHash().hasKey("chanscope:room:{DDD-DDD}:seats", "m1"))
                .as("a dead instance's seat is removed on the way")
                .isFalse();
    }
}

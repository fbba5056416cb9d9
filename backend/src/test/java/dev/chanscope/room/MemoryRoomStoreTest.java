package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory store's rules, on a clock the test moves. */
class MemoryRoomStoreTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
    private final MemoryRoomStore store = new MemoryRoomStore(clock, Duration.ofMinutes(10), 2);

    private static Room room(String code) {
        return new Room(code, TeacherKey.hash("k"), "?v=1&s=worker-pool", null, false, 1, 1, 0, null);
    }

    @Test
    void aRoomExpiresAfterItsIdleTimeUnlessKeptAlive() {
        store.create(room("AAA-AAA"));
        store.create(room("BBB-BBB"));
        now.addAndGet(Duration.ofMinutes(9).toMillis());
        store.keepAlive(List.of("AAA-AAA"));
        now.addAndGet(Duration.ofMinutes(2).toMillis());
        assertThat(store.find("AAA-AAA")).isPresent();
        assertThat(store.find("BBB-BBB")).as("idle 11 minutes").isEmpty();
        now.addAndGet(Duration.ofMinutes(9).toMillis());
        assertThat(store.find("AAA-AAA")).isEmpty();
        store.sweep();
        assertThat(store.size()).isZero();
    }

    @Test
    void theStoreHoldsAtMostItsRoomsAndCodesAreUnique() {
        assertThat(store.create(room("AAA-AAA"))).isEqualTo(RoomStore.Created.CREATED);
        assertThat(store.create(room("AAA-AAA"))).isEqualTo(RoomStore.Created.CODE_TAKEN);
        assertThat(store.create(room("BBB-BBB"))).isEqualTo(RoomStore.Created.CREATED);
        assertThat(store.create(room("CCC-CCC"))).isEqualTo(RoomStore.Created.FULL);
        now.addAndGet(Duration.ofMinutes(11).toMillis());
        assertThat(store.create(room("CCC-CCC"))).as("expired rooms make room").isEqualTo(RoomStore.Created.CREATED);
    }

    @Test
    void replaceIsCompareAndSetOnTheRevision() {
        Room r = room("AAA-AAA");
        store.create(r);
        Room next = r.withState("?v=1&s=pipeline", null, true, 2).next(5);
        assertThat(store.replace(r, next)).isTrue();
        assertThat(store.replace(r, r.next(6))).as("stale writer").isFalse();
        assertThat(store.find("AAA-AAA").orElseThrow().link()).isEqualTo("?v=1&s=pipeline");
    }

    @Test
    void aSeatIsRemovedOnlyByTheConnectionThatHoldsIt() {
        store.create(room("AAA-AAA"));
        store.seat("AAA-AAA", "m1", "old", false);
        store.seat("AAA-AAA", "m1", "new", true); // the member reconnected before the old socket said goodbye
        store.unseat("AAA-AAA", "m1", "old");
        assertThat(store.presence("AAA-AAA")).isEqualTo(new Presence(1, 1));
        store.unseat("AAA-AAA", "m1", "new");
        assertThat(store.presence("AAA-AAA")).isEqualTo(new Presence(0, 0));
    }

    @Test
    void answersCountOnlyForTheOpenQuestionAndStopAtTheReveal() {
        Room r = room("AAA-AAA");
        store.create(r);
        Question q = new Question("q2", "?", Question.CHOICE, List.of("a", "b"), List.of(), false);
        Room asked = r.withQuestion(q).next(1);
        store.replace(r, asked);
        assertThat(store.answer("AAA-AAA", "q9", "m1", 0)).isEqualTo(RoomStore.Answered.NO_QUESTION);
        assertThat(store.answer("AAA-AAA", "q2", "m1", 0)).isEqualTo(RoomStore.Answered.ACCEPTED);
        assertThat(store.answer("AAA-AAA", "q2", "m1", 1)).isEqualTo(RoomStore.Answered.ACCEPTED);
        assertThat(store.answer("AAA-AAA", "q2", "m2", 1)).isEqualTo(RoomStore.Answered.ACCEPTED);
        store.replace(asked, asked.withQuestion(q.asRevealed()).next(2));
        assertThat(store.answer("AAA-AAA", "q2", "m3", 0)).isEqualTo(RoomStore.Answered.REVEALED);
        assertThat(store.tally("AAA-AAA", q)).isEqualTo(new Tally("q2", List.of(0, 2), 2));
        assertThat(store.answer("ZZZ-ZZZ", "q2", "m3", 0)).isEqualTo(RoomStore.Answered.NO_ROOM);
    }

    @Test
    void aClientLimiterRefillsOverTimeAndForgetsNobodyItStillLimits() {
        AtomicLong nanos = new AtomicLong();
        ClientLimiter limiter = new ClientLimiter(60, 3, nanos::get); // one a second, bursts of 3
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryTake("a")).isTrue();
        }
        assertThat(limiter.tryTake("a")).isFalse();
        assertThat(limiter.has("b")).as("each client has its own bucket").isTrue();
        nanos.addAndGet(1_000_000_000L);
        assertThat(limiter.tryTake("a")).isTrue();
        assertThat(limiter.tryTake("a")).isFalse();
    }
}

package dev.chanscope.room;

import static dev.chanscope.testkit.RoomClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Rooms across two instances sharing one real Redis: the teacher on one, the class on the other,
 * through every message; Redis restarting mid-lesson; and the class's instance going away. The store
 * is the source of truth: after any failure clients reconnect, join again and get the room as it was.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrossInstanceRoomsTest {

    private static final Duration WAIT = Lesson.WAIT;

    @Test
    void aTeacherOnOneInstanceDrivesAClassOnTheOtherThroughEveryMessage() throws Exception {
        try (TwoInstances apps = TwoInstances.start("lesson", false);
                HttpClient http = HttpClient.newHttpClient()) {
            URI a = TwoInstances.base(apps.a);
            URI b = TwoInstances.base(apps.b);
            Lesson lesson = new Lesson(http, a, List.of(b), 4);
            try {
                lesson.bigLink();
                lesson.follow(30);
                lesson.detachAndAttach();
                lesson.question();
                // REST on the class's instance sees what the teacher's instance wrote.
                JsonNode view = Lesson.json(http, b.resolve("/api/rooms/" + lesson.room.code()));
                assertThat(view.path("link").asString()).endsWith("t=30");
                assertThat(view.path("members").asInt()).isEqualTo(4);
                lesson.end();
            } finally {
                lesson.closeAll();
            }
        }
    }

    @Test
    void whenRedisRestartsMidLessonFollowersReconnectAndFindTheRoomIntact() throws Exception {
        try (TwoInstances apps = TwoInstances.start("restart", true);
                HttpClient http = HttpClient.newHttpClient()) {
            URI a = TwoInstances.base(apps.a);
            URI b = TwoInstances.base(apps.b);
            Lesson lesson = new Lesson(http, a, List.of(b, a), 3);
            try {
                long rev = lesson.follow(25);
                lesson.teacher.send(Map.of("type", "ask", "prompt", "Who wins?", "options", List.of("a", "b")));
                String id = lesson.teacher
                        .await("question", WAIT, type("question"))
                        .path("question")
                        .path("id")
                        .asString();
                lesson.students.getFirst().send(Map.of("type", "answer", "question", id, "option", 1));
                lesson.teacher.await(
                        "answer counted",
                        WAIT,
                        j -> type("answers").test(j) && j.path("answered").asInt() == 1);

                apps.redis.restart();

                for (RoomClient s : lesson.students) {
                    assertThat(s.awaitCloses(1, WAIT).getFirst())
                            .as("told the store restarted")
                            .isEqualTo(1012);
                    JsonNode w = s.awaitFrame(
                                    0,
                                    "a welcome after reconnecting",
                                    WAIT,
                                    f -> f.connection() > 1 && f.type().equals("welcome"))
                            .json();
                    assertThat(w.path("room").path("link").asString()).endsWith("t=25");
                    assertThat(w.path("room").path("state").path("rev").asLong())
                            .isGreaterThan(rev);
                    assertThat(w.path("room").path("question").path("id").asString())
                            .isEqualTo(id);
                }
                JsonNode tw = lesson.teacher
                        .awaitFrame(
                                0,
                                "teacher welcome again",
                                WAIT,
                                f -> f.connection() > 1 && f.type().equals("welcome"))
                        .json();
                assertThat(tw.path("answers").path("counts").toString())
                        .as("answers survived")
                        .isEqualTo("[0,1]");
                // And the lesson goes on: a new state reaches everyone.
                lesson.follow(60);
            } finally {
                lesson.closeAll();
            }
        }
    }

    @Test
    void whenTheClassesInstanceGoesAwayFollowersReconnectToTheOtherAndGoOn() throws Exception {
        try (TwoInstances apps = TwoInstances.start("loss", false);
                HttpClient http = HttpClient.newHttpClient()) {
            URI a = TwoInstances.base(apps.a);
            URI b = TwoInstances.base(apps.b);
            Lesson lesson = new Lesson(http, a, List.of(b, a), 3);
            try {
                lesson.follow(15);
                List<String> ids =
                        lesson.students.stream().map(RoomClient::memberId).toList();

                apps.b.close();

                for (RoomClient s : lesson.students) {
                    assertThat(s.awaitCloses(1, WAIT).getFirst())
                            .as("told the server is going away")
                            .isEqualTo(1001);
                    JsonNode w = s.awaitFrame(
                                    0,
                                    "a welcome from the other instance",
                                    WAIT,
                                    f -> f.connection() > 1 && f.type().equals("welcome"))
                            .json();
                    assertThat(w.path("room").path("link").asString()).endsWith("t=15");
                }
                assertThat(lesson.students.stream().map(RoomClient::memberId).toList())
                        .as("the same members")
                        .isEqualTo(ids);
                lesson.awaitPresence(3, 0);
                lesson.follow(50);
                lesson.question();
            } finally {
                lesson.closeAll();
            }
        }
    }
}

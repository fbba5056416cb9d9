package dev.chanscope.room;

import static dev.chanscope.testkit.RoomClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A whole lesson on one instance with the in-memory store, and the teacher reloading mid-lesson. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chanscope.warmup.enabled=false"})
class RoomLessonTest {

    @LocalServerPort
    int port;

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Test
    void aClassFollowsDetachesAnswersAndSeesTheRevealOnOneInstance() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            Lesson lesson = new Lesson(http, base(), List.of(base()), 3);
            try {
                lesson.follow(40);
                lesson.bigLink();
                lesson.detachAndAttach();
                lesson.question();
                lesson.end();
            } finally {
                lesson.closeAll();
            }
        }
    }

    @Test
    void theRoomsAddressServesThePlaygroundPage() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var r = http.send(
                    java.net.http.HttpRequest.newBuilder(base().resolve("/r/K7Q-2MX"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<html");
        }
    }

    @Test
    void aTeacherWhoReloadsGetsTheRoomBackWithItsOpenQuestionAndCounts() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            Lesson lesson = new Lesson(http, base(), List.of(base()), 2);
            try {
                long rev = lesson.follow(12);
                lesson.teacher.send(
                        Map.of("type", "ask", "prompt", "Will this deadlock?", "options", List.of("yes", "no")));
                String id = lesson.teacher
                        .await("question", Lesson.WAIT, type("question"))
                        .path("question")
                        .path("id")
                        .asString();
                lesson.students.getFirst().send(Map.of("type", "answer", "question", id, "option", 1));
                lesson.teacher.await(
                        "one answer",
                        Lesson.WAIT,
                        j -> type("answers").test(j) && j.path("answered").asInt() == 1);
                lesson.teacher.close();

                RoomClient again =
                        RoomClient.teacher(http, List.of(base()), lesson.room.code(), lesson.room.teacherKey(), null);
                try {
                    JsonNode w = again.await("welcome", Lesson.WAIT, type("welcome"));
                    assertThat(w.path("role").asString()).isEqualTo("teacher");
                    assertThat(w.path("room").path("link").asString()).endsWith("t=12");
                    assertThat(w.path("room").path("state").path("rev").asLong())
                            .isGreaterThan(rev);
                    assertThat(w.path("room").path("question").path("id").asString())
                            .isEqualTo(id);
                    assertThat(w.path("answers").path("counts").toString()).isEqualTo("[0,1]");
                    assertThat(w.path("room").path("members").asInt()).isEqualTo(2);
                } finally {
                    again.close();
                }
            } finally {
                lesson.closeAll();
            }
        }
    }
}

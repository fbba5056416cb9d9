package dev.chanscope.room;

import static dev.chanscope.testkit.RoomClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.support.WsTestClient;
import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad room message gets its error frame and changes nothing; limits and security with small
 * bounds: roles, keys, sizes, rates, members, Origin, and the REST problems.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.warmup.enabled=false",
            "chanscope.rooms.max-members=2",
            "chanscope.rooms.max-message-size=8KB",
            "chanscope.rooms.max-link-length=2000",
            "chanscope.rooms.failed-lookups-per-minute=1000", // spent in RoomLookupLimitsTest
            "chanscope.rooms.student-messages-per-second=5",
        })
class RoomErrorsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpClient http;
    private RoomClient.Created room;
    private RoomClient teacher;

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private URI ws(String code) {
        return URI.create("ws://127.0.0.1:" + port + "/ws/rooms/" + code);
    }

    @BeforeEach
    void open() throws Exception {
        http = HttpClient.newHttpClient();
        room = RoomClient.create(http, base(), "?s=unbuffered-handoff&seed=3");
        teacher = RoomClient.teacher(http, List.of(base()), room.code(), room.teacherKey(), null);
        teacher.await("welcome", WAIT, type("welcome"));
    }

    @AfterEach
    void close() {
        teacher.close();
        http.close();
    }

    /** Sends {@code message} on a raw socket and returns the error frame it got. */
    private static JsonNode errorFor(WsTestClient c, String message) {
        int before = c.texts().size();
        c.sendText(message);
        return c.await(
                        "an error for " + message,
                        WAIT,
                        frames -> c.texts().stream()
                                .skip(before)
                                .filter(j -> j.path("type").asString().equals("error"))
                                .findFirst())
                .orElseThrow();
    }

    @Test
    void everyBadMessageIsAnsweredWithItsErrorAndTheRoomIsUnchanged() throws Exception {
        try (WsTestClient c = WsTestClient.connect(ws(room.code()), WAIT)) {
            assertThat(errorFor(c, "{nope").path("code").asString()).isEqualTo("malformed-json");
            assertThat(errorFor(c, "[1]").path("code").asString()).isEqualTo("bad-message");
            assertThat(errorFor(c, "{\"type\":\"state\",\"link\":\"?s=x\"}")
                            .path("code")
                            .asString())
                    .isEqualTo("out-of-order");
            assertThat(errorFor(c, "{\"type\":\"join\",\"v\":2,\"role\":\"student\"}")
                            .path("code")
                            .asString())
                    .isEqualTo("unsupported-version");
            JsonNode role = errorFor(c, "{\"type\":\"join\",\"role\":\"boss\"}");
            assertThat(role.path("code").asString()).isEqualTo("invalid-request");
            assertThat(role.path("path").asString()).isEqualTo("role");
            JsonNode key = errorFor(c, "{\"type\":\"join\",\"role\":\"teacher\",\"key\":\"guess\"}");
            assertThat(key.path("code").asString()).isEqualTo("forbidden");
        }
        try (WsTestClient c = WsTestClient.connect(ws(room.code()), WAIT)) {
            c.sendText("{\"type\":\"join\",\"role\":\"student\"}");
            c.awaitText("welcome", WAIT);
            assertThat(errorFor(c, "{\"type\":\"join\",\"role\":\"student\"}")
                            .path("code")
                            .asString())
                    .isEqualTo("out-of-order");
            assertThat(errorFor(c, "{\"type\":\"state\",\"link\":\"?s=worker-pool\"}")
                            .path("code")
                            .asString())
                    .isEqualTo("forbidden");
            assertThat(errorFor(c, "{\"type\":\"dance\"}").path("message").asString())
                    .contains("allowed: join, ping, answer, detach, attach");
            assertThat(errorFor(c, "{\"type\":\"answer\",\"question\":\"q9\",\"option\":0}")
                            .path("code")
                            .asString())
                    .isEqualTo("no-question");
        }
        int mark = teacher.mark();
        teacher.send(Map.of("type", "state", "link", "?s=worker-pool&workers=0&bogus=1"));
        JsonNode bad = teacher.awaitAfter(mark, "invalid-link", WAIT, type("error"));
        assertThat(bad.path("code").asString()).isEqualTo("invalid-link");
        assertThat(bad.path("errors").toString()).contains("link.workers", "link.bogus");
        teacher.send(Map.of("type", "state", "link", "?s=worker-pool", "speed", 3));
        assertThat(teacher.awaitAfter(
                                mark,
                                "bad speed",
                                WAIT,
                                j -> type("error").test(j)
                                        && j.path("path").asString().equals("speed"))
                        .path("message")
                        .asString())
                .contains("0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100");
        teacher.send(Map.of("type", "ask", "prompt", "", "options", List.of("one")));
        JsonNode ask = teacher.awaitAfter(
                mark,
                "bad question",
                WAIT,
                j -> type("error").test(j) && j.path("path").asString().equals("prompt"));
        assertThat(ask.path("errors").toString()).contains("options");
        teacher.send(Map.of("type", "answer", "question", "q1", "option", 0));
        teacher.awaitAfter(
                mark,
                "answer from the teacher",
                WAIT,
                j -> type("error").test(j) && j.path("code").asString().equals("forbidden"));

        JsonNode view = Lesson.json(http, base().resolve("/api/rooms/" + room.code()));
        assertThat(view.path("link").asString()).isEqualTo(room.link());
        assertThat(view.path("state").path("rev").asLong())
                .as("nothing changed")
                .isEqualTo(1);
        assertThat(view.path("question").isNull()).isTrue();
    }

    @Test
    void questionsAreOneAtATimeAndAnswersAreFinalOnceRevealed() {
        teacher.send(Map.of("type", "ask", "prompt", "Deadlock?", "options", List.of("yes", "no")));
        String id = teacher.await("q", WAIT, type("question"))
                .path("question")
                .path("id")
                .asString();
        teacher.send(Map.of("type", "ask", "prompt", "Another?", "options", List.of("yes", "no")));
        teacher.await("question-open", WAIT, j -> j.path("code").asString().equals("question-open"));
        RoomClient s = RoomClient.student(http, List.of(base()), room.code(), null);
        try {
            s.await("welcome", WAIT, type("welcome"));
            s.send(Map.of("type", "answer", "question", id, "option", 2));
            assertThat(s.await("bad option", WAIT, type("error")).path("path").asString())
                    .isEqualTo("option");
            teacher.send(Map.of("type", "reveal", "question", id));
            s.await("revealed", WAIT, j -> j.path("question").path("revealed").asBoolean());
            s.send(Map.of("type", "answer", "question", id, "option", 0));
            s.await("already-revealed", WAIT, j -> j.path("code").asString().equals("already-revealed"));
            teacher.send(Map.of("type", "reveal", "question", id));
            teacher.await("revealed twice", WAIT, j -> j.path("code").asString().equals("already-revealed"));
        } finally {
            s.close();
        }
    }

    @Test
    void aFullRoomRefusesOneMoreStudent() {
        RoomClient a = RoomClient.student(http, List.of(base()), room.code(), null);
        RoomClient b = RoomClient.student(http, List.of(base()), room.code(), null);
        RoomClient c = null;
        try {
            a.await("welcome", WAIT, type("welcome"));
            b.await("welcome", WAIT, type("welcome"));
            c = RoomClient.student(http, List.of(base()), room.code(), null);
            assertThat(c.await("room-full", WAIT, type("error")).path("code").asString())
                    .isEqualTo("room-full");
            assertThat(c.awaitCloses(1, WAIT)).containsExactly(1008);
        } finally {
            a.close();
            b.close();
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void floodingStudentsAreRateLimitedThenDisconnected() {
        try (WsTestClient c = WsTestClient.connect(ws(room.code()), WAIT)) {
            for (int i = 0; i < 60 && c.closure().isEmpty(); i++) {
                try {
                    c.sendText("{\"type\":\"ping\"}");
                } catch (AssertionError closedMeanwhile) {
                    break;
                }
            }
            c.awaitText("error", WAIT);
            assertThat(c.texts().stream().filter(j -> j.path("code").asString().equals("rate-limited")))
                    .hasSize(1);
            assertThat(c.awaitClose(WAIT).statusCode()).isEqualTo(1008);
        }
    }

    @Test
    void anOversizedMessageClosesTheSocketWith1009() {
        try (WsTestClient c = WsTestClient.connect(ws(room.code()), WAIT)) {
            c.sendText("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(9000) + "\"}");
            assertThat(c.awaitClose(WAIT).statusCode()).isEqualTo(1009);
        }
    }

    @Test
    void aForeignOriginCannotOpenARoomSocket() {
        assertThatThrownBy(() -> WsTestClient.connect(ws(room.code()), WAIT, Map.of("Origin", "https://evil.example")))
                .hasStackTraceContaining("status code 403");
        try (WsTestClient ok = WsTestClient.connect(
                URI.create("ws://localhost:" + port + "/ws/rooms/" + room.code()),
                WAIT,
                Map.of("Origin", "http://localhost:" + port))) {
            ok.sendText("{\"type\":\"ping\"}");
            ok.awaitText("pong", WAIT);
        }
    }

    @Test
    void restCreatesReadsAndDrivesARoomOnlyWithTheKey() throws Exception {
        assertThat(room.code()).matches("[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}");
        assertThat(room.teacherKey()).hasSize(32);
        assertThat(room.link()).isEqualTo("?v=1&s=unbuffered-handoff&seed=3");

        HttpResponse<String> bad = post("/api/rooms", "{\"link\":\"?s=unbuffered-handoff&messages=x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("errors").get(0).path("path").asString())
                .isEqualTo("link.messages");
        assertThat(post("/api/rooms", "{\"link\":\"" + "?s=worker-pool&x=" + "y".repeat(2100) + "\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/rooms", "{\"nolink\":1}").statusCode()).isEqualTo(400);

        String state = "{\"link\":\"?s=unbuffered-handoff&seed=3&t=9\",\"playing\":false}";
        assertThat(put(room.code(), state, null).statusCode()).isEqualTo(403);
        assertThat(put(room.code(), state, "not-the-key").statusCode()).isEqualTo(403);
        int mark = teacher.mark();
        HttpResponse<String> ok = put(room.code().toLowerCase().replace("-", ""), state, room.teacherKey());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("link").asString()).endsWith("t=9");
        teacher.awaitAfter(
                mark,
                "the REST change on the socket",
                WAIT,
                j -> type("state").test(j) && j.path("link").asString().endsWith("t=9"));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String code, String body, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/rooms/" + code + "/state"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("X-Teacher-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

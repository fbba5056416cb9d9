package dev.chanscope.room;

import static dev.chanscope.testkit.RoomClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A whole lesson through every room message, asserted step by step: the teacher joins on {@code
 * teacherAt}, students on the first of {@code studentsAt} (the same instance or another; they reconnect
 * to the next); follow, detach, attach,
 * a question answered, revealed and closed. Used by the single-instance and the cross-instance tests.
 */
final class Lesson {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String LINK = "?v=1&s=worker-pool&workers=4&seed=42";

    final HttpClient http;
    final RoomClient.Created room;
    final RoomClient teacher;
    final List<RoomClient> students = new ArrayList<>();

    Lesson(HttpClient http, URI teacherAt, List<URI> studentsAt, int studentCount) throws Exception {
        this.http = http;
        this.room = RoomClient.create(http, teacherAt, LINK);
        this.teacher = RoomClient.teacher(http, List.of(teacherAt), room.code(), room.teacherKey(), null);
        teacher.await("teacher welcome", WAIT, type("welcome"));
        for (int i = 0; i < studentCount; i++) {
            RoomClient s = RoomClient.student(http, studentsAt, room.code(), null);
            students.add(s);
        }
        for (RoomClient s : students) {
            JsonNode w = s.await("student welcome", WAIT, type("welcome"));
            assertThat(w.path("room").path("link").asString()).isEqualTo(room.link());
            assertThat(w.path("member").asString()).hasSize(22);
        }
        awaitPresence(studentCount, 0);
    }

    JsonNode awaitPresence(int members, int detached) {
        return teacher.await(
                "presence " + members + "/" + detached,
                WAIT,
                j -> type("presence").test(j)
                        && j.path("members").asInt() == members
                        && j.path("detached").asInt() == detached);
    }

    /** The teacher moves the playhead, plays at speed 2 and sets a compare link; everyone follows. */
    long follow(long t) {
        int[] marks = marks();
        teacher.send(Map.of(
                "type",
                "state",
                "link",
                "?v=1&s=worker-pool&workers=4&seed=42&t=" + t,
                "playing",
                true,
                "speed",
                2,
                "compare",
                "?s=worker-pool&workers=2&seed=42"));
        JsonNode mine = teacher.await(
                "state t=" + t,
                WAIT,
                j -> type("state").test(j) && j.path("link").asString().endsWith("t=" + t));
        long rev = mine.path("state").path("rev").asLong();
        for (int i = 0; i < students.size(); i++) {
            JsonNode s = students.get(i)
                    .awaitAfter(
                            marks[i],
                            "state rev " + rev,
                            WAIT,
                            j -> type("state").test(j));
            assertThat(s.path("state").path("rev").asLong()).isEqualTo(rev);
            assertThat(s.path("link").asString()).isEqualTo("?v=1&s=worker-pool&workers=4&seed=42&t=" + t);
            assertThat(s.path("state").path("playing").asBoolean()).isTrue();
            assertThat(s.path("state").path("speed").asDouble()).isEqualTo(2.0);
            assertThat(s.path("state").path("compare").asString()).isEqualTo("?v=1&s=worker-pool&workers=2&seed=42");
        }
        return rev;
    }

    /**
     * A link near the size a program will have inside it: 256 interventions with 200-character
     * targets (about 53 KB). It travels in pieces through the socket, through Redis, and out to every
     * follower unchanged.
     */
    void bigLink() {
        StringBuilder i = new StringBuilder();
        for (int k = 0; k < 256; k++) {
            i.append(k == 0 ? "" : ",")
                    .append("close-channel:")
                    .append(("jobs" + k + "-").repeat(40), 0, 200)
                    .append('@')
                    .append(k);
        }
        String link = "?v=1&s=worker-pool&workers=4&seed=42&i=" + i + "&t=3";
        int[] marks = marks();
        teacher.send(Map.of("type", "state", "link", link));
        JsonNode mine = teacher.await(
                "the big state",
                WAIT,
                j -> type("state").test(j) && j.path("link").asString().endsWith("&t=3"));
        String canonical = mine.path("link").asString();
        assertThat(canonical.length()).as("canonical big link").isGreaterThan(10_000);
        for (int k = 0; k < students.size(); k++) {
            JsonNode s = students.get(k)
                    .awaitAfter(
                            marks[k],
                            "the big state",
                            WAIT,
                            j -> type("state").test(j)
                                    && j.path("link").asString().endsWith("&t=3"));
            assertThat(s.path("link").asString()).isEqualTo(canonical);
        }
    }

    /** The first student explores on its own, then comes back to class. */
    void detachAndAttach() {
        RoomClient s = students.getFirst();
        s.send(Map.of("type", "detach"));
        s.await(
                "detached ack",
                WAIT,
                j -> type("member").test(j) && j.path("detached").asBoolean());
        awaitPresence(students.size(), 1);
        int mark = s.mark();
        s.send(Map.of("type", "attach"));
        s.awaitAfter(
                mark,
                "attached ack",
                WAIT,
                j -> type("member").test(j) && !j.path("detached").asBoolean());
        awaitPresence(students.size(), 0);
    }

    /**
     * Predict-then-reveal: a goroutine question, every student answers (the first changes its mind),
     * the teacher sees live counts, reveals (everyone gets the histogram), closes.
     */
    void question() {
        int[] marks = marks();
        teacher.send(Map.of(
                "type", "ask",
                "prompt", "Which worker gets job 1?",
                "kind", "goroutine",
                "options", List.of("worker-1", "worker-2", "worker-3"),
                "goroutines", List.of(2, 3, 4)));
        String id = teacher.await("question", WAIT, type("question"))
                .path("question")
                .path("id")
                .asString();
        for (int i = 0; i < students.size(); i++) {
            JsonNode q = students.get(i).awaitAfter(marks[i], "question", WAIT, type("question"));
            assertThat(q.path("question").path("revealed").asBoolean()).isFalse();
            assertThat(q.path("question").has("counts"))
                    .as("no counts before the reveal")
                    .isFalse();
            assertThat(q.path("question").path("goroutines").toString()).isEqualTo("[2,3,4]");
        }
        students.getFirst().send(Map.of("type", "answer", "question", id, "option", 0));
        students.getFirst()
                .await(
                        "answered 0",
                        WAIT,
                        j -> type("answered").test(j) && j.path("option").asInt() == 0);
        int[] expected = new int[3];
        for (int i = 0; i < students.size(); i++) {
            int option = i % 2 == 0 ? 1 : 2;
            expected[option]++;
            students.get(i).send(Map.of("type", "answer", "question", id, "option", option));
        }
        teacher.await(
                "live counts " + java.util.Arrays.toString(expected),
                WAIT,
                j -> type("answers").test(j)
                        && j.path("answered").asInt() == students.size()
                        && j.path("counts").toString().equals(counts(expected)));
        marks = marks();
        teacher.send(Map.of("type", "reveal", "question", id));
        for (int i = 0; i < students.size(); i++) {
            JsonNode r = students.get(i)
                    .awaitAfter(
                            marks[i],
                            "reveal",
                            WAIT,
                            j -> type("question").test(j)
                                    && j.path("question").path("revealed").asBoolean());
            assertThat(r.path("question").path("counts").toString()).isEqualTo(counts(expected));
            assertThat(r.path("question").path("answered").asInt()).isEqualTo(students.size());
        }
        marks = marks();
        teacher.send(Map.of("type", "close-question", "question", id));
        for (int i = 0; i < students.size(); i++) {
            students.get(i)
                    .awaitAfter(
                            marks[i],
                            "question closed",
                            WAIT,
                            j -> type("question").test(j) && j.path("question").isNull());
        }
    }

    /** The teacher ends the lesson: every socket hears {@code closed}, then 4404. */
    void end() {
        teacher.send(Map.of("type", "close-room"));
        for (RoomClient s : students) {
            s.await("closed", WAIT, type("closed"));
            assertThat(s.awaitCloses(1, WAIT).getLast()).isEqualTo(4404);
        }
    }

    private int[] marks() {
        return students.stream().mapToInt(RoomClient::mark).toArray();
    }

    static String counts(int[] c) {
        return java.util.Arrays.toString(c).replace(" ", "");
    }

    static JsonNode json(HttpClient http, URI uri) throws Exception {
        var r = http.send(
                java.net.http.HttpRequest.newBuilder(uri).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri + " answered " + r.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body());
    }

    void closeAll() {
        teacher.close();
        students.forEach(RoomClient::close);
    }
}

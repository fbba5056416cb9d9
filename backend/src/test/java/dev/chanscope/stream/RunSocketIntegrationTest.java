package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.support.EventBatchHeader;
import dev.chanscope.support.WsTestClient;
import dev.chanscope.wire.ByteReader;
import dev.chanscope.wire.EventDecoder;
import dev.chanscope.wire.StreamDigest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The WebSocket protocol against the running app on a random port, with a real JDK client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunSocketIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    RunRequestParser parser;

    private WsTestClient connect() {
        return WsTestClient.connect(URI.create("ws://localhost:" + port + "/ws/runs"));
    }

    private static Map<String, Object> start(Map<String, Object> run, Long credit) {
        return credit == null
                ? Map.of("type", "start", "v", 1, "run", run)
                : Map.of("type", "start", "v", 1, "run", run, "credit", credit);
    }

    /** Decodes every batch received so far, checking they are contiguous from event 0. */
    static List<EventDecoder.Decoded> decode(List<byte[]> batches) {
        return decodeFrom(batches, 0);
    }

    /** Decodes batches that must be contiguous starting at event {@code first}. */
    private static List<EventDecoder.Decoded> decodeFrom(List<byte[]> batches, long first) {
        List<EventDecoder.Decoded> out = new ArrayList<>();
        long next = first;
        for (byte[] frame : batches) {
            EventBatchHeader h = EventBatchHeader.read(frame);
            assertThat(h.kind()).isEqualTo(EventBatchHeader.EVENT_BATCH);
            assertThat(h.firstSeq()).as("batches are contiguous").isEqualTo(next);
            ByteReader r = new ByteReader(frame);
            r.readByte();
            r.readUvarint();
            r.readUvarint();
            r.readUvarint();
            EventDecoder d = new EventDecoder(h.firstSeq(), h.baseTime());
            for (long i = 0; i < h.count(); i++) {
                out.add(d.decode(r));
            }
            assertThat(r.hasMore())
                    .as("no bytes after the last event of a batch")
                    .isFalse();
            next = h.nextSeq();
        }
        return out;
    }

    @Test
    void aStartedRunStreamsMetaThenEveryEventThenEndWithTheEnginesDigest() {
        Map<String, Object> run = Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 3), "seed", 7);
        try (WsTestClient ws = connect()) {
            ws.send(start(run, null));
            JsonNode meta = ws.awaitText("meta", WAIT);
            JsonNode end = ws.awaitText("end", WAIT);
            assertThat(meta.get("runId").asString()).hasSizeGreaterThanOrEqualTo(16);
            assertThat(meta.at("/run/params/messages").asInt()).isEqualTo(3);
            assertThat(meta.at("/run/gomaxprocs").asInt()).isEqualTo(4);
            assertThat(meta.at("/schema/events").size()).isGreaterThan(30);

            List<EventDecoder.Decoded> events = decode(ws.binaries());
            assertThat(end.get("events").asLong()).isEqualTo(events.size());
            assertThat(end.get("outcome").asString()).isEqualTo("completed");
            assertThat(events.stream().filter(e -> e.name().equals("log")).map(e -> e.field("text")))
                    .containsExactly("received 0", "received 1", "received 2", "= received 3 values, sum 3");

            PreparedRun prepared = parser.parse(run, "run");
            StreamDigest digest = new StreamDigest();
            Engine.run(prepared.program(), prepared.config(), digest);
            assertThat(end.get("digest").asString()).isEqualTo(digest.hex()).hasSize(64);
        }
    }

    @Test
    void theServerSendsNoMoreEventsThanTheClientGranted() {
        Map<String, Object> run = Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 50));
        try (WsTestClient ws = connect()) {
            ws.send(start(run, 10L));
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT); // messages are handled in order: everything the start allowed is out
            assertThat(decode(ws.binaries())).hasSize(10);
            assertThat(ws.texts().stream().map(t -> t.get("type").asString())).doesNotContain("end");

            ws.send(Map.of("type", "credit", "events", 15));
            ws.send(Map.of("type", "ping"));
            ws.await(
                    "a second pong",
                    WAIT,
                    f -> ws.texts().stream()
                                            .filter(t ->
                                                    t.get("type").asString().equals("pong"))
                                            .count()
                                    >= 2
                            ? java.util.Optional.of(true)
                            : java.util.Optional.empty());
            assertThat(decode(ws.binaries())).hasSize(25);

            ws.send(Map.of("type", "credit", "events", 1_000_000));
            JsonNode end = ws.awaitText("end", WAIT);
            assertThat(decode(ws.binaries())).hasSize((int) end.get("events").asLong());
        }
    }

    @Test
    void everyBadMessageGetsAnErrorThatSaysWhatAndWhereAndTheSocketStaysUsable() {
        try (WsTestClient ws = connect()) {
            ws.sendText("{not json");
            ws.sendText("[1,2]");
            ws.send(Map.of("type", "dance"));
            ws.send(Map.of("type", "credit", "events", 5));
            ws.send(Map.of("type", "start", "v", 3, "run", Map.of("scenario", "unbuffered-handoff")));
            ws.send(start(Map.of("scenario", "nope"), null));
            ws.send(start(Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 0, "extra", 1)), null));
            ws.send(start(Map.of("scenario", "unbuffered-handoff", "seed", "abc"), null));
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);

            List<JsonNode> errors = ws.texts().stream()
                    .filter(t -> t.get("type").asString().equals("error"))
                    .toList();
            assertThat(errors)
                    .extracting(e -> e.get("code").asString())
                    .containsExactly(
                            "malformed-json",
                            "bad-message",
                            "unknown-type",
                            "out-of-order",
                            "unsupported-version",
                            "invalid-request",
                            "invalid-request",
                            "invalid-request");
            assertThat(errors.get(2).get("message").asString())
                    .contains("dance")
                    .contains("start, resume, credit, intervene, ping");
            assertThat(errors.get(5).get("path").asString()).isEqualTo("run.scenario");
            assertThat(errors.get(5).get("message").asString())
                    .contains("no scenario named \"nope\"")
                    .contains("unbuffered-handoff");
            JsonNode params = errors.get(6);
            assertThat(params.get("errors")).hasSize(2);
            assertThat(params.toString())
                    .contains("run.params.extra")
                    .contains("run.params.messages")
                    .contains("between 1 and 1000000, got 0");
            assertThat(errors.get(7).get("path").asString()).isEqualTo("run.seed");

            ws.send(start(Map.of("scenario", "unbuffered-handoff"), null));
            assertThat(ws.awaitText("end", WAIT).get("outcome").asString()).isEqualTo("completed");
        }
    }

    @Test
    void aResumedRunContinuesFromTheGivenSequenceWithNoGapAndNoDuplicate() {
        Map<String, Object> run = Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 20), "seed", 5);
        List<EventDecoder.Decoded> whole;
        String digest;
        try (WsTestClient ws = connect()) {
            ws.send(start(run, null));
            digest = ws.awaitText("end", WAIT).get("digest").asString();
            whole = decode(ws.binaries());
        }
        int from = whole.size() / 3;
        try (WsTestClient ws = connect()) {
            ws.send(Map.of("type", "resume", "v", 1, "run", run, "from", from));
            JsonNode meta = ws.awaitText("meta", WAIT);
            JsonNode end = ws.awaitText("end", WAIT);
            assertThat(meta.get("resumeFrom").asLong()).isEqualTo(from);
            List<EventDecoder.Decoded> rest = decodeFrom(ws.binaries(), from);
            List<EventDecoder.Decoded> joined = new ArrayList<>(whole.subList(0, from));
            joined.addAll(rest);
            assertThat(joined).isEqualTo(whole);
            assertThat(end.get("digest").asString()).isEqualTo(digest);
        }
    }

    @Test
    void resumingPastTheEndOfTheRunIsABadResumePoint() {
        try (WsTestClient ws = connect()) {
            ws.send(Map.of(
                    "type", "resume", "v", 1, "run", Map.of("scenario", "unbuffered-handoff"), "from", 1_000_000));
            JsonNode error = ws.awaitText("error", WAIT);
            assertThat(error.get("code").asString()).isEqualTo("bad-resume-point");
            assertThat(error.get("message").asString()).contains("cannot resume from 1000000");
            ws.send(Map.of("type", "resume", "v", 1, "run", Map.of("scenario", "unbuffered-handoff"), "from", -1));
            ws.send(Map.of(
                    "type",
                    "intervene",
                    "intervention",
                    Map.of("kind", "close-channel", "target", "ch", "afterSeq", 3)));
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
            assertThat(ws.texts().stream()
                            .filter(t -> t.get("type").asString().equals("error"))
                            .map(t -> t.get("code").asString()))
                    .containsExactly("bad-resume-point", "invalid-request", "out-of-order");
        }
    }

    @Test
    void anInterventionRestartsTheStreamWhereTheRunDivergesAndKeepsEverythingBefore() {
        Map<String, Object> run = Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 30), "seed", 2);
        try (WsTestClient ws = connect()) {
            ws.send(start(run, 40L));
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
            List<EventDecoder.Decoded> before = decode(ws.binaries());
            assertThat(before).hasSize(40);
            int frames = ws.binaries().size();

            ws.send(Map.of(
                    "type",
                    "intervene",
                    "intervention",
                    Map.of("kind", "close-channel", "target", "ch", "afterSeq", 25)));
            ws.send(Map.of("type", "credit", "events", 1_000_000));
            JsonNode end = ws.awaitText("end", WAIT);
            JsonNode meta = ws.texts().stream()
                    .filter(t -> t.get("type").asString().equals("meta"))
                    .skip(1)
                    .findFirst()
                    .orElseThrow();
            assertThat(meta.get("divergedAt").asLong()).isEqualTo(26);
            assertThat(meta.at("/run/interventions/0/kind").asString()).isEqualTo("close-channel");
            List<byte[]> after = ws.binaries().subList(frames, ws.binaries().size());
            assertThat(EventBatchHeader.read(after.getFirst()).firstSeq()).isEqualTo(26);
            assertThat(end.get("outcome").asString()).isEqualTo("panicked");
            assertThat(end.get("diagnostics").get(0).get("message").asString()).contains("send on closed channel");

            // The same run started fresh with the intervention gives the same digest.
            try (WsTestClient fresh = connect()) {
                Map<String, Object> withIt = new java.util.HashMap<>(run);
                withIt.put("interventions", List.of(Map.of("kind", "close-channel", "target", "ch", "afterSeq", 25)));
                fresh.send(start(withIt, null));
                assertThat(fresh.awaitText("end", WAIT).get("digest").asString())
                        .isEqualTo(end.get("digest").asString());
            }
        }
    }

    @Test
    void aVersion2ClientThatHoldsTheSchemaGetsMetaWithoutIt() {
        Map<String, Object> run = Map.of("scenario", "worker-pool");
        String id;
        String digest;
        try (WsTestClient ws = connect()) {
            ws.send(Map.of("type", "start", "v", 2, "run", run));
            digest = ws.awaitText("end", WAIT).get("digest").asString();
            JsonNode first = ws.awaitText("meta", WAIT);
            assertThat(first.get("v").asInt()).isEqualTo(2);
            assertThat(first.has("schema"))
                    .as("the first meta on a connection carries the schema")
                    .isTrue();
            id = first.get("schemaId").asString();

            // Later runs on the same connection: the client has the schema already.
            ws.send(Map.of("type", "start", "v", 2, "run", run));
            ws.await(
                    "a second end",
                    WAIT,
                    f -> ws.texts().stream()
                                            .filter(t ->
                                                    t.get("type").asString().equals("end"))
                                            .count()
                                    == 2
                            ? java.util.Optional.of(true)
                            : java.util.Optional.empty());
            JsonNode second = ws.texts().stream()
                    .filter(t -> t.get("type").asString().equals("meta"))
                    .skip(1)
                    .findFirst()
                    .orElseThrow();
            assertThat(second.has("schema")).isFalse();
            assertThat(second.get("schemaId").asString()).isEqualTo(id);
        }
        // A new connection from a client that kept the schema: no schema, same stream.
        try (WsTestClient ws = connect()) {
            ws.send(Map.of("type", "start", "v", 2, "schemaId", id, "run", run));
            assertThat(ws.awaitText("end", WAIT).get("digest").asString()).isEqualTo(digest);
            assertThat(ws.awaitText("meta", WAIT).has("schema")).isFalse();
        }
        // A schema the server does not have, or a version 1 client: the schema is sent.
        try (WsTestClient ws = connect()) {
            ws.send(Map.of("type", "start", "v", 2, "schemaId", "0-0000000000000000", "run", run));
            assertThat(ws.awaitText("meta", WAIT).has("schema")).isTrue();
        }
        try (WsTestClient ws = connect()) {
            ws.send(Map.of("type", "start", "v", 1, "schemaId", id, "run", run));
            JsonNode meta = ws.awaitText("meta", WAIT);
            assertThat(meta.get("v").asInt()).isEqualTo(1);
            assertThat(meta.has("schema")).isTrue();
        }
    }
}

package dev.chanscope.stream;

import dev.chanscope.engine.Intervention;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.JsonReadError;
import java.io.IOException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client's conversation on {@code /ws/runs} (docs/protocol.md): JSON control messages in —
 * {@code start}, {@code resume}, {@code credit}, {@code intervene}, {@code ping} — and {@code meta},
 * binary event batches and {@code end} out, through a {@link Peer}. Each bad message is answered with
 * an {@code error} and the conversation goes on. It knows nothing of sockets: the transport
 * ({@code stream.socket}) assembles messages, enforces their size and rate, and delivers them here one
 * at a time, so a client's run is only ever advanced by one thread.
 */
public final class RunProtocol {

    /** Events in one batch frame at most (docs/protocol.md, "Event batch"). */
    public static final int MAX_BATCH_EVENTS = RunStream.MAX_BATCH_EVENTS;

    static final long DEFAULT_CREDIT = 65_536;
    static final long MAX_CREDIT = 1_000_000;

    private final Peer peer;
    private final JsonMapper json;
    private final RunRequestParser parser;
    private final RunAdmission.Account account;
    private final ClientRun run;

    /**
     * A client's conversation; its session counts as open from here until {@link #closed}.
     *
     * @param logged whether its runs are logged (not for the startup warm-up's own)
     */
    public RunProtocol(
            Peer peer, JsonMapper json, RunRequestParser parser, RunAdmission.Account account, boolean logged) {
        this.peer = peer;
        this.json = json;
        this.parser = parser;
        this.account = account;
        this.run = new ClientRun(peer, account, logged);
        account.sessionOpened();
    }

    /** One whole text message from the client. */
    public void onText(String text) throws IOException {
        JsonNode msg;
        try {
            msg = json.readTree(text);
        } catch (JacksonException e) {
            peer.send(Messages.malformed(JsonReadError.of(e, text)));
            return;
        }
        if (msg == null || !msg.isObject() || !msg.path("type").isString()) {
            peer.send(Messages.error("bad-message", "a message must be a JSON object with a string \"type\"", "type"));
            return;
        }
        switch (msg.get("type").asString()) {
            case "start" -> start(msg);
            case "resume" -> resume(msg);
            case "credit" -> credit(msg);
            case "intervene" -> intervene(msg);
            case "ping" -> peer.send(Messages.pong());
            default ->
                peer.send(Messages.error(
                        "unknown-type",
                        "unknown message type \"" + clip(msg.get("type").asString())
                                + "\" (allowed: start, resume, credit, intervene, ping)",
                        "type"));
        }
    }

    /** One whole binary message from the client: clients send none. */
    public void onBinary() throws IOException {
        peer.send(Messages.error("bad-message", "clients send JSON text messages only", null));
    }

    /** A message the transport dropped because the client sends too fast; {@code perSecond} is the limit. */
    public void rateLimited(int perSecond) throws IOException {
        peer.send(Messages.error(
                "rate-limited", "too many messages: at most " + perSecond + " per second; this one was dropped", null));
    }

    /** The client went away ({@code status} says how): its run is dropped and its slot freed. */
    public void closed(String status) {
        account.sessionClosed();
        run.clientGone(status);
    }

    private void start(JsonNode msg) throws IOException {
        if (!negotiate(msg)) {
            return;
        }
        Long credit = positive(msg, "credit", DEFAULT_CREDIT);
        PreparedRun prepared = credit == null ? null : parseRun(msg);
        if (prepared != null) {
            run.open(prepared, 0, credit, Map.of());
        }
    }

    /** After a reconnect: the same run request, and the first sequence number the client lacks. */
    private void resume(JsonNode msg) throws IOException {
        if (!negotiate(msg)) {
            return;
        }
        JsonNode from = msg.get("from");
        if (from == null || !from.isIntegralNumber() || from.asLong() < 0) {
            peer.send(Messages.error(
                    "invalid-request",
                    "from must be the sequence number of the first event the client lacks (an integer ≥ 0)",
                    "from"));
            return;
        }
        Long credit = positive(msg, "credit", DEFAULT_CREDIT);
        PreparedRun prepared = credit == null ? null : parseRun(msg);
        if (prepared != null) {
            run.open(prepared, from.asLong(), credit, Map.of("resumeFrom", from.asLong()));
        }
    }

    /**
     * An intervention at {@code afterSeq}: the run is simulated again with it, and since every event up
     * to that point is unchanged, streaming restarts right after it ({@code diverged}).
     */
    private void intervene(JsonNode msg) throws IOException {
        RunStream current = run.stream();
        if (current == null) {
            peer.send(Messages.error("out-of-order", "send start before intervene", "type"));
            return;
        }
        Intervention added;
        PreparedRun next;
        try {
            added = parser.parseIntervention(json.treeToValue(msg.path("intervention"), Object.class), "intervention");
            if (added.afterSeq() < 0) {
                throw InvalidRequestException.of(
                        "intervention.afterSeq",
                        "intervene needs afterSeq, the sequence number of the event at the playhead");
            }
            next = parser.withIntervention(current.prepared(), added, "intervention");
        } catch (InvalidRequestException e) {
            peer.send(Messages.invalid(e.errors()));
            return;
        }
        long divergeAt = Math.min(added.afterSeq() + 1, current.nextSeq());
        current.cancel("replaced by an intervention");
        // The client drops what it holds from divergeAt on, which frees that much room beside its unspent credit.
        long credit = current.credit() + (current.nextSeq() - divergeAt);
        run.open(next, divergeAt, credit, Map.of("divergedAt", divergeAt));
    }

    private void credit(JsonNode msg) throws IOException {
        RunStream current = run.stream();
        if (current == null) {
            peer.send(Messages.error("out-of-order", "send start before credit", "type"));
            return;
        }
        Long events = positive(msg, "events", null);
        if (events != null) {
            current.grant(events);
        }
    }

    /**
     * Reads the protocol version of a start or resume ({@code v}, 1 when absent) and, from version 2 on,
     * the id of the event schema the client already holds ({@code schemaId}); answers an error and
     * returns false when either is invalid.
     */
    private boolean negotiate(JsonNode msg) throws IOException {
        JsonNode v = msg.get("v");
        if (v != null
                && !(v.isIntegralNumber()
                        && v.asLong() >= Messages.OLDEST_PROTOCOL_VERSION
                        && v.asLong() <= Messages.PROTOCOL_VERSION)) {
            peer.send(Messages.error(
                    "unsupported-version",
                    "this server speaks protocol versions " + Messages.OLDEST_PROTOCOL_VERSION + " to "
                            + Messages.PROTOCOL_VERSION + ", the message asked for " + clip(v.toString()),
                    "v"));
            return false;
        }
        JsonNode schemaId = msg.get("schemaId");
        if (schemaId != null && !schemaId.isString()) {
            peer.send(Messages.error(
                    "invalid-request",
                    "schemaId must be the string a previous meta message gave as its schemaId",
                    "schemaId"));
            return false;
        }
        run.negotiated(
                v == null ? Messages.OLDEST_PROTOCOL_VERSION : v.asInt(),
                schemaId == null ? null : schemaId.asString().equals(Messages.SCHEMA_ID));
        return true;
    }

    private PreparedRun parseRun(JsonNode msg) throws IOException {
        try {
            return parser.parse(json.treeToValue(msg.path("run"), Object.class), "run");
        } catch (InvalidRequestException e) {
            peer.send(Messages.invalid(e.errors()));
            return null;
        }
    }

    /** Reads an optional positive integer field, answering an error (and returning null) if invalid. */
    private Long positive(JsonNode msg, String field, Long def) throws IOException {
        JsonNode n = msg.get(field);
        if (n == null && def != null) {
            return def;
        }
        if (n == null || !n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > MAX_CREDIT) {
            peer.send(Messages.error(
                    "invalid-request", field + " must be an integer between 1 and " + MAX_CREDIT, field));
            return null;
        }
        return n.asLong();
    }

    private static String clip(String s) {
        if (s.length() <= 40) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(39)) ? 39 : 40; // never split a surrogate pair
        return s.substring(0, cut) + "…";
    }
}

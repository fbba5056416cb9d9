package dev.chanscope.stream;

import dev.chanscope.run.PreparedRun;
import dev.chanscope.stream.admission.RunAdmission;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * A client's current run, and its slot: opening one (taking a slot, replacing the run before it),
 * credit, the end (freeing the slot), and letting go when the client leaves or a send fails. Frames go
 * to the {@link Peer}; a send that fails means the client is gone, so the run ends there and then.
 *
 * <p>The slot is released exactly once however many threads see the run end at the same time (the
 * container may report the close while this client's thread is still pumping).
 */
final class ClientRun {

    private static final Logger log = LoggerFactory.getLogger(ClientRun.class);

    /**
     * Run ids come from a DRBG seeded by the operating system: as unpredictable as the platform
     * default, without a read of /dev/urandom under a process-wide lock for every run.
     */
    private static final SecureRandom RUN_IDS = runIdSource();

    private final Peer peer;
    private final RunAdmission.Account account;
    /** Where this client's run lines go: the log, except for the startup warm-up's own runs. */
    private final Logger runLog;

    private volatile RunStream stream;
    private volatile boolean admitted;
    /** Protocol version of the last start or resume. */
    private int version = Messages.OLDEST_PROTOCOL_VERSION;
    /** The client holds the current event schema, so {@code meta} can leave it out (version 2). */
    private boolean holdsSchema;

    ClientRun(Peer peer, RunAdmission.Account account, boolean logged) {
        this.peer = peer;
        this.account = account;
        this.runLog = logged ? log : NOPLogger.NOP_LOGGER;
    }

    RunStream stream() {
        return stream;
    }

    /**
     * What a start or resume said it speaks: its protocol version, and whether it holds the current
     * event schema (null: it did not say, so what was known before stands).
     */
    void negotiated(int version, Boolean holdsCurrentSchema) {
        this.version = version;
        if (version < 2) {
            holdsSchema = false;
        } else if (holdsCurrentSchema != null) {
            holdsSchema = holdsCurrentSchema;
        }
    }

    /**
     * Starts streaming {@code prepared} from {@code startSeq}, replacing the current run; {@code meta}
     * goes first, with {@code extra}. Returns false when no slot was free (the socket is then closed).
     */
    boolean open(PreparedRun prepared, long startSeq, long credit, Map<String, Object> extra) throws IOException {
        if (stream != null) {
            stream.cancel("replaced");
            stream = null;
        }
        if (!admitted) {
            if (!account.tryAdmit()) {
                peer.close(account.draining() ? Peer.Close.GOING_AWAY : Peer.Close.TRY_AGAIN_LATER);
                return false;
            }
            admitted = true;
        }
        String runId = newRunId();
        RunStream s = new RunStream(runId, prepared, startSeq, credit, new RunStream.Frames() {
            @Override
            public void batch(byte[] frame, int events) {
                account.eventsSent(events);
                sendQuietly(() -> peer.sendFrame(frame));
            }

            @Override
            public void end(RunStream ended) {
                releaseSlot();
                runLog.info(
                        "run {} ended: {} after {} events, seed={}",
                        ended.runId(),
                        ended.result().outcome().wireName(),
                        ended.result().events(),
                        ended.prepared().config().seed());
                sendQuietly(() -> peer.send(Messages.end(ended)));
            }

            @Override
            public void startPastEnd(RunStream ended, long total) {
                releaseSlot();
                stream = null;
                sendQuietly(() -> peer.send(Messages.error(
                        "bad-resume-point",
                        "the run has only " + total + " events; cannot resume from " + ended.startSeq(),
                        "from")));
            }
        });
        stream = s;
        runLog.info(
                "run {} {}: source={} seed={} gomaxprocs={} interventions={} from={}",
                runId,
                extra.isEmpty() ? "started" : extra.keySet().iterator().next(),
                prepared.source().id(),
                prepared.config().seed(),
                prepared.config().gomaxprocs(),
                prepared.config().interventions().size(),
                startSeq);
        peer.send(Messages.meta(s, extra, version, !holdsSchema));
        holdsSchema = version >= 2; // from version 2 on, a client keeps the schema for its connection
        s.pump();
        return true;
    }

    /** The client went away: its run is cancelled and its slot freed. */
    void clientGone(String status) {
        RunStream s = stream;
        if (s != null && !s.isEnded()) {
            s.cancel("client disconnected");
            runLog.info(
                    "run {} abandoned: client disconnected ({}), seed={}",
                    s.runId(),
                    status,
                    s.prepared().config().seed());
        }
        releaseSlot();
    }

    /** Frees the slot, once however many threads see the run end at the same time. */
    private void releaseSlot() {
        synchronized (this) {
            if (!admitted) {
                return;
            }
            admitted = false;
        }
        account.release();
    }

    private interface Send {
        void run() throws IOException;
    }

    /**
     * A send of the run's own (a batch, its end). If it fails the client is gone: end its run and free
     * the slot now. The container reports the close only once this thread is free, and this may be the
     * thread pumping the run, which would otherwise go on simulating (its sends now dropped) until the
     * client's credit ran out.
     */
    private void sendQuietly(Send send) {
        try {
            send.run();
        } catch (IOException | RuntimeException e) {
            log.debug("send failed, closing: {}", e.toString());
            RunStream s = stream;
            if (s != null) {
                s.cancel("send failed");
            }
            releaseSlot();
            try {
                peer.close(Peer.Close.NOT_RELIABLE);
            } catch (IOException | RuntimeException ignored) {
                // already closing
            }
        }
    }

    private static String newRunId() {
        byte[] b = new byte[12];
        RUN_IDS.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static SecureRandom runIdSource() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}

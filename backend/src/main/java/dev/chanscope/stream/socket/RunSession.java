package dev.chanscope.stream.socket;

import dev.chanscope.stream.RunProtocol;
import dev.chanscope.stream.admission.RateLimit;

/**
 * One client's socket as {@link RunSocketHandler} keeps it: its conversation and peer, its inbound
 * assembly, its message rate, the mailbox its work goes through in order, and when it last sent a
 * message or held a run (for the idle bound).
 */
final class RunSession {
    final Inbound inbound = new Inbound();
    final Mailbox mailbox = new Mailbox();
    final RateLimit rate;
    final long openedAt;
    volatile long lastActive;
    /** Whole messages the client has sent: told in the log when the connection ends abnormally. */
    volatile int messagesIn;

    SessionPeer peer;
    RunProtocol protocol;

    RunSession(RateLimit rate, long now) {
        this.rate = rate;
        this.openedAt = now;
        this.lastActive = now;
    }

    /** Set once, before the client is published to other threads (the handler's map). */
    void attach(SessionPeer peer, RunProtocol protocol) {
        this.peer = peer;
        this.protocol = protocol;
    }
}

package dev.chanscope.stream.socket;

import dev.chanscope.stream.Peer;
import dev.chanscope.stream.admission.RunAdmission;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Graceful shutdown of the sockets: before the web server stops, stop admitting runs and tell every
 * client with close code 1001 ("server shutting down"), so clients hear why rather than a reset and
 * can reconnect elsewhere.
 */
@Component
final class SocketShutdown implements SmartLifecycle {

    /** How long shutdown waits for the close frames, within Spring's 5 s for the phase. */
    static final Duration CLOSE_FRAMES_WITHIN = Duration.ofSeconds(2);

    private final RunAdmission admission;
    private final OpenSockets sockets;
    private volatile boolean running;

    SocketShutdown(RunAdmission admission, OpenSockets sockets) {
        this.admission = admission;
        this.sockets = sockets;
    }

    @Override
    public void start() {
        admission.admitAgain(); // a stopped context may be started again (Spring's test contexts are)
        running = true;
    }

    @Override
    public void stop() {
        admission.drain();
        Peer.Close going = Peer.Close.GOING_AWAY;
        sockets.closeAll(new CloseStatus(going.code(), going.reason()), CLOSE_FRAMES_WITHIN);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, so clients hear 1001 rather than a reset. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}

package dev.chanscope.room.web;

import dev.chanscope.room.MemoryRoomStore;
import dev.chanscope.room.RoomStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.CloseStatus;

/**
 * The rooms' clock: every refresh interval, rooms with sockets here are kept from expiring (and, with
 * Redis, this instance's presence lease is renewed), expired in-memory rooms are forgotten, and
 * teachers here get fresh presence counts (members of an instance that died drop out when its lease
 * runs out). On shutdown every room socket is told 1001 so its client reconnects, to another instance
 * if there is one.
 */
final class RoomTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoomTicker.class);

    private final RoomStore store;
    private final LocalRooms local;
    private final RoomSocketHandler handler;
    private final Duration interval;
    private ScheduledExecutorService timer;

    RoomTicker(RoomStore store, LocalRooms local, RoomSocketHandler handler, Duration interval) {
        this.store = store;
        this.local = local;
        this.handler = handler;
        this.interval = interval;
    }

    void tick() {
        try {
            store.keepAlive(local.codes());
            if (store instanceof MemoryRoomStore m) {
                m.sweep();
            }
            local.codes().forEach(local::recountPresence);
        } catch (RuntimeException e) {
            log.debug("room refresh failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        tick();
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("room-ticker").factory());
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        handler.closeAll(CloseStatus.GOING_AWAY.withReason("server shutting down"));
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Stops with the run sockets, before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}

package dev.chanscope.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The bus of a single instance: an announcement goes straight to the room's listener on the
 * publishing thread. A room's changes are published by one thread at a time per teacher connection,
 * and the listener only queues frames, so order holds and nothing blocks.
 */
public final class MemoryRoomBus implements RoomBus {

    private final Map<String, Consumer<Announcement>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String code, Announcement a) {
        Consumer<Announcement> l = listeners.get(code);
        if (l != null) {
            l.accept(a);
        }
    }

    @Override
    public void subscribe(String code, Consumer<Announcement> listener) {
        listeners.put(code, listener);
    }

    @Override
    public void unsubscribe(String code) {
        listeners.remove(code);
    }
}

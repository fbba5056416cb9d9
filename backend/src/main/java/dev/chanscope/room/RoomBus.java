package dev.chanscope.room;

import java.util.function.Consumer;

/**
 * How a change reaches every instance with members of the room: in process, or over Redis pub/sub.
 * Announcements of one publisher arrive in the order published; a listener runs on the bus's own
 * thread and must not block.
 */
public interface RoomBus {

    /**
     * A change to announce.
     *
     * @param kind {@code state}, {@code question}, {@code closed} (carrying the frame every member
     *     gets), or {@code presence} / {@code answers} (a hint: teachers' instances recount from the
     *     store)
     * @param rev the room revision the frame shows, 0 for hints
     * @param frame the JSON text to deliver, empty for hints
     */
    record Announcement(String kind, long rev, String frame) {}

    void publish(String code, Announcement a);

    /**
     * Starts delivering the room's announcements to {@code listener}; returns once they will arrive
     * (so a snapshot read afterwards misses none).
     */
    void subscribe(String code, Consumer<Announcement> listener);

    void unsubscribe(String code);

    /**
     * Runs {@code action} whenever announcements may have been lost (the connection to a shared bus
     * dropped). A bus in one process never loses any.
     */
    default void onLost(Runnable action) {}
}

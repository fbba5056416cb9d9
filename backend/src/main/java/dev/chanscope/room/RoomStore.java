package dev.chanscope.room;

import java.util.Collection;
import java.util.Optional;

/**
 * Where rooms live: the source of truth every instance and every reconnecting client reads. A room
 * and everything under it (answers, presence) expire together after the idle timeout unless kept
 * alive. Implementations are thread-safe; the Redis one throws {@link RoomStoreUnavailable} while
 * Redis cannot be reached.
 *
 * <p>Presence is kept per seat: a member's seat is one connection of it. A member who reconnects gets
 * a new seat, and the old connection's late goodbye ({@link #unseat}) removes nothing that is not its
 * own.
 */
public interface RoomStore {

    enum Created {
        CREATED,
        CODE_TAKEN,
        /** The store holds as many rooms as it may. */
        FULL
    }

    enum Answered {
        ACCEPTED,
        /** The room has no question with that id, or it was closed. */
        NO_QUESTION,
        /** The question was revealed; answers are final. */
        REVEALED,
        NO_ROOM
    }

    Created create(Room room);

    Optional<Room> find(String code);

    /**
     * Writes {@code next} if the stored room is still at {@code expected.rev()}; refreshes the idle
     * timeout. False when someone else changed the room first (or it is gone).
     */
    boolean replace(Room expected, Room next);

    void delete(String code);

    /** Records (or changes) a member's answer to the open question {@code questionId}. */
    Answered answer(String code, String questionId, String member, int option);

    /** The answers to {@code question} so far. */
    Tally tally(String code, Question question);

    /** The member sits in the room on {@code seat}, attached or detached. */
    void seat(String code, String member, String seat, boolean detached);

    /** The member's seat is gone, unless the member has sat down on another since. */
    void unseat(String code, String member, String seat);

    Presence presence(String code);

    /** Rooms with someone connected here are not idle: pushes their expiry back. */
    void keepAlive(Collection<String> codes);
}

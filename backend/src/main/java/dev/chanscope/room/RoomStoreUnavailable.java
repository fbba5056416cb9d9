package dev.chanscope.room;

/** The shared room store cannot be reached (Redis down or restarting); nothing was changed. */
public final class RoomStoreUnavailable extends RuntimeException {

    public RoomStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

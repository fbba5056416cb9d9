package dev.chanscope.room;

/**
 * One room as its store holds it. Immutable; each change is a new value with {@code rev} one higher,
 * written only if the stored {@code rev} is still the one it was made from ({@link RoomStore#replace}),
 * so concurrent teachers (two tabs, two instances) never lose an update silently.
 *
 * @param code canonical, e.g. {@code K7Q-2MX}
 * @param keyHash SHA-256 of the teacher key ({@link TeacherKey#hash})
 * @param link the run and its playhead as a canonical share link query ({@code ?v=1&s=...&t=...})
 * @param compare a second canonical link shown beside the first, or null
 * @param speed one of {@link Rooms#SPEEDS}
 * @param rev starts at 1 and grows by one with every change of state or question
 * @param updatedAt wall-clock milliseconds when {@code rev} was written (followers extrapolate a
 *     playing playhead from it)
 * @param question the open or revealed question, or null
 */
public record Room(
        String code,
        String keyHash,
        String link,
        String compare,
        boolean playing,
        double speed,
        long rev,
        long updatedAt,
        Question question) {

    Room next(long now) {
        return new Room(code, keyHash, link, compare, playing, speed, rev + 1, now, question);
    }

    Room withState(String link, String compare, boolean playing, double speed) {
        return new Room(code, keyHash, link, compare, playing, speed, rev, updatedAt, question);
    }

    Room withQuestion(Question q) {
        return new Room(code, keyHash, link, compare, playing, speed, rev, updatedAt, q);
    }
}

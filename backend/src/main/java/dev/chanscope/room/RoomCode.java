package dev.chanscope.room;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Room codes such as {@code K7Q-2MX}: six characters from an alphabet without look-alikes (no 0, O,
 * 1, I or L), written in two groups of three. 31^6 ≈ 8.9 × 10^8 codes; with failed lookups
 * rate-limited per client, guessing a live one is impractical (docs/protocol.md, "Rooms").
 *
 * <p>People type codes from a projector, so reading is forgiving: case, spaces and the hyphen do not
 * matter. Everything else is not a code.
 */
public final class RoomCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    private RoomCode() {}

    /** A new random code, written canonically ({@code K7Q-2MX}). */
    public static String generate(SecureRandom random) {
        StringBuilder s = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The canonical form of what someone typed, or empty when it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 16) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < typed.length(); i++) {
            char ch = Character.toUpperCase(typed.charAt(i));
            if (ch == '-' || ch == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(ch) < 0 || s.length() == LENGTH + 1) {
                return Optional.empty();
            }
            if (s.length() == LENGTH / 2) {
                s.append('-');
            }
            s.append(ch);
        }
        return s.length() == LENGTH + 1 ? Optional.of(s.toString()) : Optional.empty();
    }
}

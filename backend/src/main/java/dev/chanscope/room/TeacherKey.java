package dev.chanscope.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets its holder drive a room: 192 random bits, base64url (32 characters). Stores
 * keep only its SHA-256, so a copy of the store does not hand out rooms; a presented key is hashed and
 * compared in constant time. Keys are never logged.
 */
public final class TeacherKey {

    static final int BYTES = 24;

    private TeacherKey() {}

    public static String generate(SecureRandom random) {
        byte[] b = new byte[BYTES];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** What a store keeps of a key: its SHA-256 in hex. */
    public static String hash(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code presented} is the key whose hash is {@code storedHash}; constant time in the hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.length() > 256) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

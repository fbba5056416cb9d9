package dev.chanscope.snippet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A snippet's id: the unpadded base64url of SHA-256 over {@link #DOMAIN} and the text's UTF-8 bytes,
 * cut to {@value #SHORT} characters (72 bits). The same text always has the same ids, on any instance.
 *
 * <p>Collisions: an id is taken by the first text stored under it. A different text whose short id is
 * taken gets the next longer cut of its own digest ({@link #LENGTHS}: 12, 16, 24, 32 characters), so a
 * crafted collision can never replace or hijack a stored snippet; it only lengthens the newcomer's
 * id. At 72 bits an accidental collision needs about 2^36 snippets; at 192 bits (32 characters) none
 * is possible. Every length is a multiple of 4, so an id is exactly 3/4 as many bytes ({@link
 * #hex}, used for case-insensitive file systems).
 */
public final class SnippetId {

    /** Separates these digests from any other SHA-256 of the same bytes; a new scheme gets a new one. */
    static final byte[] DOMAIN = "chanscope snippet v1\n".getBytes(StandardCharsets.US_ASCII);

    public static final int SHORT = 12;
    /** The lengths an id may have, shortest first. */
    public static final List<Integer> LENGTHS = List.of(SHORT, 16, 24, 32);

    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9_-]+");

    private SnippetId() {}

    /** The ids {@code text} may be stored under, shortest first. */
    public static List<String> candidates(String text) {
        String full = Base64.getUrlEncoder().withoutPadding().encodeToString(digest(text));
        List<String> out = new ArrayList<>(LENGTHS.size());
        for (int n : LENGTHS) {
            out.add(full.substring(0, n));
        }
        return out;
    }

    /** Whether {@code id} is one of {@code text}'s ids: how a store checks what it read back. */
    public static boolean names(String id, String text) {
        return candidates(text).contains(id);
    }

    public static boolean wellFormed(String id) {
        return id != null
                && LENGTHS.contains(id.length())
                && ALPHABET.matcher(id).matches();
    }

    /** What a snippet id looks like, for messages about one that does not. */
    public static String shape() {
        return "a snippet id is " + SHORT + " characters of A-Z, a-z, 0-9, - and _ (rarely 16, 24 or 32), like "
                + candidates("package main\n").getFirst();
    }

    /** The id's bytes in lower-case hex: a file name that case-insensitive file systems keep apart. */
    public static String hex(String id) {
        if (!wellFormed(id)) {
            throw new IllegalArgumentException("not a snippet id: " + id);
        }
        return HexFormat.of().formatHex(Base64.getUrlDecoder().decode(id));
    }

    private static byte[] digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DOMAIN);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

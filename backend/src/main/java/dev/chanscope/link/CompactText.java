package dev.chanscope.link;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compact form of a text in a link — the intervention list ({@code iz}), a program ({@code code})
 * — the UTF-8 text, compressed as a raw DEFLATE stream (RFC 1951, no zlib or gzip wrapper), in
 * unpadded base64url. Reading one is bounded ({@link Bounds}): the text is at most so many characters,
 * it inflates to at most so many bytes and to at most so many times its compressed size, nothing may
 * follow the end of the DEFLATE stream, and the result must be UTF-8. Messages name the link parameter.
 * The browser (frontend/src/app/link.ts) applies the same rules with the same messages.
 */
public final class CompactText {

    /** {@code iz}'s bounds: {@value #MAX_CHARS} characters, {@value #MAX_OUTPUT} bytes, {@value #MAX_RATIO} times. */
    public static final int MAX_CHARS = 8192;

    public static final int MAX_OUTPUT = 16 * 1024;
    public static final int MAX_RATIO = 100;

    /** How much a compact text in the link parameter {@code param} may hold. */
    public record Bounds(String param, int maxChars, int maxOutput, int maxRatio) {}

    public static final Bounds INTERVENTIONS = new Bounds("iz", MAX_CHARS, MAX_OUTPUT, MAX_RATIO);

    private CompactText() {}

    /** Why a compact text cannot be read. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The compact form of {@code text}, or null when it would break a reading bound (too long, or
     * so repetitive that it expands more than {@value #MAX_RATIO} times): then the text travels as it is.
     */
    public static String encodeReadable(String text) {
        return encodeReadable(text, INTERVENTIONS);
    }

    /** The compact form of {@code text}, or null when it would break one of {@code bounds}. */
    public static String encodeReadable(String text, Bounds bounds) {
        String compact = encode(text);
        try {
            return decode(compact, bounds).equals(text) ? compact : null;
        } catch (Invalid e) {
            return null;
        }
    }

    public static String encode(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    public static String decode(String compact) throws Invalid {
        return decode(compact, INTERVENTIONS);
    }

    public static String decode(String compact, Bounds bounds) throws Invalid {
        String param = bounds.param();
        int maxOutput = bounds.maxOutput();
        int maxRatio = bounds.maxRatio();
        if (compact.length() > bounds.maxChars()) {
            throw new Invalid(
                    param + " is longer than " + bounds.maxChars() + " characters (" + compact.length() + ")");
        }
        if (!compact.matches("[A-Za-z0-9_-]*") || compact.length() % 4 == 1) {
            throw new Invalid(param + " is not unpadded base64url text (A-Z a-z 0-9 - _)");
        }
        byte[] deflated = Base64.getUrlDecoder().decode(compact);
        int cap = (int) Math.min(maxOutput, (long) maxRatio * deflated.length);
        byte[] out = new byte[cap + 1];
        int n = 0;
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            while (!inflater.finished() && n <= cap) {
                int got = inflater.inflate(out, n, out.length - n);
                n += got;
                if (got == 0 && !inflater.finished()) { // it needs input, and there is none
                    throw new Invalid(param + " ends before its DEFLATE stream does");
                }
            }
            if (n > cap) {
                throw new Invalid(
                        cap == maxOutput
                                ? param + " inflates to more than " + maxOutput + " bytes"
                                : param + " inflates to more than " + maxRatio + " times its " + deflated.length
                                        + " compressed bytes");
            }
            if (inflater.getRemaining() > 0) {
                throw new Invalid(
                        param + " has " + inflater.getRemaining() + " bytes after the end of its DEFLATE stream");
            }
        } catch (DataFormatException e) {
            throw new Invalid(param + " is not a valid DEFLATE stream");
        } finally {
            inflater.end();
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(param + " does not hold UTF-8 text");
        }
    }
}

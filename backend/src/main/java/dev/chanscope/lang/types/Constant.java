package dev.chanscope.lang.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The exact value of a constant expression, after go/constant: booleans, strings, integers
 * ({@link BigInteger}) and floats ({@link Rat}, exact rationals). A typed constant's value is already
 * rounded to its type (a float32 constant holds a float32 value).
 *
 * <p>A string constant holds Go's bytes one char per byte (every char ≤ 0xFF): the text's UTF-8
 * bytes read as ISO-8859-1, which is how the interpreter represents strings.
 */
public sealed interface Constant {

    record Bool(boolean value) implements Constant {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A string as bytes, one char per byte. */
    record Str(String bytes) implements Constant {
        /** The string decoded as UTF-8 (invalid bytes become U+FFFD), for messages. */
        public String text() {
            return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return ConstFormat.quote(this);
        }
    }

    record Int(BigInteger value) implements Constant {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record Float(Rat value) implements Constant {
        @Override
        public String toString() {
            return ConstFormat.format(this);
        }
    }

    /** The value of an erroneous expression (an error was reported). */
    record Unknown() implements Constant {
        @Override
        public String toString() {
            return "unknown";
        }
    }

    Unknown UNKNOWN = new Unknown();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Constant of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Int of(long i) {
        return new Int(BigInteger.valueOf(i));
    }

    static Int of(BigInteger i) {
        return new Int(i);
    }

    /** A float constant, kept as an integer when it has no fraction (as go/constant normalises). */
    static Constant of(Rat r) {
        return new Float(r);
    }

    /** A string constant from Java text (encoded as UTF-8 bytes). */
    static Str ofText(String text) {
        return new Str(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** The value as a long, for an integer constant known to fit. */
    default long longValue() {
        return switch (this) {
            case Int i -> i.value().longValue();
            case Float f -> f.value().num().divide(f.value().den()).longValue();
            default -> 0;
        };
    }
}

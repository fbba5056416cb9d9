package dev.chanscope.wire;

/** Input that does not follow the wire format; the message says what and where. */
public final class WireFormatException extends RuntimeException {

    public WireFormatException(String message) {
        super(message);
    }
}

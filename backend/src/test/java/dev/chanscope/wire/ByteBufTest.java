package dev.chanscope.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcuts of {@link ByteBuf} write exactly what the general string encoding writes. */
class ByteBufTest {

    @ParameterizedTest
    @ValueSource(
            longs = {
                0,
                1,
                -1,
                9,
                10,
                -10,
                99,
                100,
                123456789,
                -987654321,
                Integer.MAX_VALUE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1,
                1_000_000_000_000_000_000L
            })
    void aDecimalIsItsStringsEncoding(long v) {
        ByteBuf fast = new ByteBuf(0);
        fast.writeByte(7); // not at the start of the buffer
        fast.writeDecimal(v);
        assertThat(fast.toByteArray()).isEqualTo(general(Long.toString(v)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "ok", "π", "caf\u00e9", "\u007f", "tab\there", "\uD83D\uDE00"})
    void aShortStringIsItsUtf8Encoding(String s) {
        for (String text : new String[] {s, s.repeat(60), "x".repeat(127) + s, "x".repeat(128) + s}) {
            ByteBuf fast = new ByteBuf(0);
            fast.writeByte(7);
            fast.writeString(text);
            assertThat(fast.toByteArray()).as("%d chars", text.length()).isEqualTo(general(text));
        }
    }

    /** A marker byte, then the uvarint UTF-8 length and the UTF-8 bytes, written out by hand. */
    private static byte[] general(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ByteBuf b = new ByteBuf(0);
        b.writeByte(7);
        int n = utf8.length;
        while (n >= 0x80) {
            b.writeByte((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        b.writeByte(n);
        b.writeBytes(utf8, 0, utf8.length);
        return b.toByteArray();
    }
}

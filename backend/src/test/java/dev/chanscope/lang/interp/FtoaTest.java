package dev.chanscope.lang.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.interp.fmt.Ftoa;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** strconv.FormatFloat against what Go 1.19 printed for the same bits (ftoa_golden.go). */
class FtoaTest {

    @Test
    void everyFormatAndPrecisionMatchesGo() throws IOException {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        try (InputStream in = FtoaTest.class.getResourceAsStream("ftoa.golden")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(" ", 5);
                int bits = Integer.parseInt(f[0]);
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                char fmt = f[2].charAt(0);
                int prec = Integer.parseInt(f[3]);
                String got = Ftoa.format(v, fmt, prec, bits);
                cases++;
                if (!got.equals(f[4])) {
                    wrong.add(line + "  (got " + got + ")");
                }
            }
        }
        assertThat(cases).isGreaterThan(5000);
        assertThat(wrong).isEmpty();
    }
}

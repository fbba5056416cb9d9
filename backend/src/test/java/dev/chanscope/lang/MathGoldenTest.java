package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Package math through the interpreter against Go 1.19 on amd64: math_golden.go hashes the bits of
 * every function's results over a few hundred arguments; math.golden is what real Go printed.
 */
class MathGoldenTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = MathGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFunctionAgreesWithGoBitForBit() throws IOException {
        GoResult r = GoRuns.run(resource("math_golden.go"));
        assertThat(r.exitCode()).as(GoRuns.why(r)).isZero();
        String[] want = resource("math.golden").split("\n");
        String[] got = r.stdout().split("\n");
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i++) {
            assertThat(got[i])
                    .as("math.%s", want[i].substring(0, want[i].indexOf(' ')))
                    .isEqualTo(want[i]);
        }
    }
}

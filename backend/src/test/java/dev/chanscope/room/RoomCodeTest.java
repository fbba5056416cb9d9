package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoomCodeTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void generatedCodesUseOnlyUnambiguousCharactersAndReadBackAsThemselves(long seed) {
        SecureRandom random = new SecureRandom();
        random.setSeed(seed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = RoomCode.generate(random);
            assertThat(code).as("seed=" + seed).matches("[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}");
            assertThat(code).doesNotContainPattern("[01OIL]");
            assertThat(RoomCode.normalize(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).as("2,000 draws from 31^6 codes, seed=" + seed).hasSizeGreaterThan(1990);
    }

    @ParameterizedTest
    @CsvSource({"k7q2mx,K7Q-2MX", "K7Q-2MX,K7Q-2MX", "' k7q 2mx ',K7Q-2MX", "K-7-Q-2-M-X,K7Q-2MX"})
    void typedCodesAreForgivingAboutCaseSpacesAndHyphens(String typed, String canonical) {
        assertThat(RoomCode.normalize(typed)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "K7Q", "K7Q-2MXX", "K0Q-2MX", "KOQ-2MX", "K1Q-2MX", "KIQ-2MX", "KLQ-2MX", "K7Q/2MX", "../etc"
            })
    void anythingElseIsNotACode(String typed) {
        assertThat(RoomCode.normalize(typed)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void teacherKeysAreLongRandomAndMatchOnlyThemselves(long seed) {
        SecureRandom random = new SecureRandom();
        random.setSeed(seed);
        String key = TeacherKey.generate(random);
        assertThat(key).hasSize(32).matches("[A-Za-z0-9_-]+");
        String hash = TeacherKey.hash(key);
        assertThat(TeacherKey.matches(key, hash)).isTrue();
        char[] c = key.toCharArray();
        c[new Random(seed).nextInt(c.length)] ^= 1;
        assertThat(TeacherKey.matches(new String(c), hash)).isFalse();
        assertThat(TeacherKey.matches(null, hash)).isFalse();
        assertThat(TeacherKey.matches("x".repeat(10_000), hash)).isFalse();
    }
}

package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.library.Library;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pairing behind the page's "Compare with fixed": the catalog marks a buggy scenario as a pitfall
 * ({@code pitfall} in {@code GET /api/scenarios}), and its fixed variant is the same scenario with its
 * {@code fix} parameter on. Every scenario of the Pitfalls group is one, its {@code fix} is a bool that
 * is off by default (a link or a click shows the bug first), and turning it on gives another program.
 */
class PitfallPairingTest {

    static Stream<Scenario> scenarios() {
        return Library.catalog().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyBuggyScenarioHasItsFixAsAParameterOffByDefault(Scenario s) {
        assertThat(s.isPitfall())
                .as(s.id() + " is a pitfall exactly when it is in Pitfalls")
                .isEqualTo(s.category().equals("Pitfalls"));
        if (!s.isPitfall()) {
            return;
        }
        ParamSpec fix = s.params().stream()
                .filter(p -> p.name().equals("fix"))
                .findFirst()
                .orElseThrow();
        assertThat(fix.type()).isEqualTo(ParamType.BOOL);
        assertThat(fix.defaultValue()).as("the bug comes first").isEqualTo(false);
        String buggy = s.goSource(ParamValidator.validate(s, Map.of("fix", false), "params"));
        String fixed = s.goSource(ParamValidator.validate(s, Map.of("fix", true), "params"));
        assertThat(fixed)
                .as("the fixed variant of " + s.id() + " is another program")
                .isNotEqualTo(buggy);
    }
}

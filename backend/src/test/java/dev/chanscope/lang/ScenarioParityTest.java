package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.library.Library;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One source of truth for scenarios: every scenario's Go source, compiled and run by the interpreter
 * at default parameters, prints the same invariant lines and ends with the same kinds of diagnostics
 * as its Java program, on seeds 1 to 3 (see {@link ScenarioComparison}).
 */
class ScenarioParityTest {

    static final long SEEDS = 3;

    static Stream<Arguments> pairs() {
        return Library.catalog().all().stream()
                .flatMap(s -> LongStream.rangeClosed(1, SEEDS).mapToObj(seed -> Arguments.of(s.id(), seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("pairs")
    void goSourceAgreesWithTheJavaProgram(String id, long seed) {
        ScenarioComparison c = ScenarioComparison.of(Library.catalog().find(id).orElseThrow(), seed);
        assertThat(c.same()).as(c.diff()).isTrue();
    }
}

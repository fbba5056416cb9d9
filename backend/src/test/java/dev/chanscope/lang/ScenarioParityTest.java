package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.library.Library;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One source of truth for scenarios: every scenario's Go source, compiled and run by the interpreter
 * at default parameters, prints the same invariant lines and ends with the same kinds of diagnostics
 * as its Java program, on seeds 1 to 3 (see {@link ScenarioComparison}); and at every other parameter
 * value {@link ScenarioVariants} tries, it is still Go that compiles. (Running those variants too is
 * {@link ScenarioParity}'s measurement: some take the interpreter far longer than a test should.)
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

    static Stream<Arguments> paramSets() {
        return Library.catalog().all().stream()
                .flatMap(s -> ScenarioVariants.paramSets(s).stream().map(p -> Arguments.of(s.id(), p)));
    }

    /** The Go source shown for any parameter value is Go that compiles (not only at the defaults). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("paramSets")
    void goSourceCompilesAtEveryBound(String id, Map<String, Object> params) {
        Scenario s = Library.catalog().find(id).orElseThrow();
        GoCompiler.Compilation c = GoCompiler.compile(s.goSource(ParamValidator.validate(s, params, "params")), "1.22");
        assertThat(c.errorText()).as("%s %s", id, params).isEmpty();
    }
}

package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrimeSieveScenarioTest {

    private static final String ID = "prime-sieve";
    private static final int SEEDS = 100;

    /** The first n primes by the sieve of Eratosthenes over an array. */
    static List<Integer> firstPrimes(int n) {
        for (int limit = 16; ; limit *= 2) {
            boolean[] composite = new boolean[limit + 1];
            List<Integer> primes = new ArrayList<>();
            for (int i = 2; i <= limit && primes.size() < n; i++) {
                if (!composite[i]) {
                    primes.add(i);
                    for (long m = (long) i * i; m <= limit; m += i) {
                        composite[(int) m] = true;
                    }
                }
            }
            if (primes.size() == n) {
                return primes;
            }
        }
    }

    private static List<Integer> printed(Trace t) {
        return t.logs().stream()
                .filter(l -> l.startsWith("prime "))
                .map(l -> Integer.parseInt(l.substring("prime ".length())))
                .toList();
    }

    private static void assertCorrectPrimesOneFilterEachAndNoLeak(Trace t, int n) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        List<Integer> expected = firstPrimes(n);
        assertThat(printed(t)).as(t.why()).containsExactlyElementsOf(expected);

        // One filter goroutine per prime found, started in the order the primes were found, each reading
        // from the channel the previous link writes to.
        List<Event.GoCreate> filters = t.all(Event.GoCreate.class).stream()
                .filter(c -> c.name().startsWith("filter-"))
                .toList();
        assertThat(filters.stream().map(Event.GoCreate::name).toList())
                .as(t.why())
                .containsExactlyElementsOf(
                        expected.stream().map(p -> "filter-" + p).toList());
        assertThat(t.all(Event.GoCreate.class))
                .as("main, generate and the filters: " + t.why())
                .hasSize(n + 2);

        // Each filter passes on only numbers its prime does not divide.
        Map<Integer, Integer> primeOfOut = new HashMap<>();
        for (Event.ObjDefine d : t.all(Event.ObjDefine.class)) {
            if (d.name().startsWith("out-")) {
                primeOfOut.put(d.obj(), Integer.parseInt(d.name().substring("out-".length())));
            }
        }
        assertThat(primeOfOut.values()).as(t.why()).containsExactlyInAnyOrderElementsOf(expected);
        for (Event.ChanSend s : t.all(Event.ChanSend.class)) {
            Integer p = primeOfOut.get(s.obj());
            if (p != null) {
                assertThat(Integer.parseInt(s.value()) % p)
                        .as("filter-" + p + " passed on " + s.value() + ": " + t.why())
                        .isNotZero();
            }
        }

        String list = expected.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
        assertThat(t.invariantLines()).as(t.why()).containsExactly("= primes: " + list, "= goroutines left: 1");
        assertThat(t.all(Event.RunEnd.class).getFirst().goroutinesLeft())
                .as("close(done) unwound the chain: " + t.why())
                .isZero();
    }

    @Test
    void thePrimesAreCorrectWithOneFilterGoroutinePerPrimeAndNoneLeftAtTheEnd() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            assertCorrectPrimesOneFilterEachAndNoLeak(ScenarioTraces.run(ID, Map.of(), seed), 8);
        }
    }

    @Test
    void aLongerChainStillFindsTheRightPrimes() {
        for (long seed = 1; seed <= 10; seed++) {
            assertCorrectPrimesOneFilterEachAndNoLeak(ScenarioTraces.run(ID, Map.of("primes", 60), seed), 60);
        }
    }

    @Test
    void theLargestChainFitsTheRunLimits() {
        assertCorrectPrimesOneFilterEachAndNoLeak(ScenarioTraces.run(ID, Map.of("primes", 500), 1), 500);
    }
}

package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server checks programs concurrently against one shared set of std packages: results are the
 * same as checking them one at a time, and nothing shared grows with the number of checks.
 */
class ConcurrentChecksTest {

    @Test
    void concurrentChecksGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String n : GoCorpus.names("valid")) {
            sources.add(GoCorpus.read("valid", n + ".go"));
        }
        for (String n : GoCorpus.names("errors").subList(0, 20)) {
            sources.add(GoCorpus.read("errors", n + ".go"));
        }
        List<String> expected = new ArrayList<>();
        for (String s : sources) {
            expected.add(Checker.check(s).errorText());
        }
        int universeChildren = Universe.scope().children().size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String s : sources) {
                    results.add(pool.submit(() -> Checker.check(s).errorText()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(60, TimeUnit.SECONDS))
                        .as("program %d", i % sources.size())
                        .isEqualTo(expected.get(i % sources.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Universe.scope().children()).hasSize(universeChildren);
    }
}

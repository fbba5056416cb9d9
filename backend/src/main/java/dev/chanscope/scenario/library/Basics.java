package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import java.util.List;

/**
 * Channels and goroutines on their own, then the classic channel patterns built from them (those carry
 * the category "Patterns"; the catalog groups by category).
 */
final class Basics {

    private Basics() {}

    static List<Scenario> all() {
        return List.of(
                new UnbufferedHandoff(),
                new BufferedChannel(),
                new BroadcastClose(),
                new Pipeline(),
                new FanOutFanIn(),
                new WorkerPool(),
                new RateLimiter(),
                new PrimeSieve());
    }
}

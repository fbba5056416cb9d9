package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import java.util.List;

/** Idiomatic concurrency patterns. */
final class Patterns {

    private Patterns() {}

    static List<Scenario> all() {
        return List.of(
                new MutexVsChannel(),
                new OnceInit(),
                new BoundedConcurrency(),
                new SelectTimeout(),
                new ErrGroupPattern(),
                new GracefulShutdown(),
                new CpuVsIo());
    }
}

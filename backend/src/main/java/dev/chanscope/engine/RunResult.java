package dev.chanscope.engine;

import dev.chanscope.engine.event.Outcome;
import java.util.List;

/**
 * What a finished run amounts to.
 *
 * @param events events emitted
 * @param endTime virtual time (ns) at the end
 * @param goroutinesStarted goroutines started, main included
 * @param maxLiveGoroutines the most goroutines alive at once
 * @param steps engine operations executed
 * @param randomDraws values drawn from the seeded source
 * @param exitCode the exit status Go would give: 0 when main returned, n for os.Exit(n), 2 when a panic,
 *     fatal error, deadlock, limit or cancellation ended the run; -1 while it goes on
 */
public record RunResult(
        Outcome outcome,
        List<Finding> findings,
        long events,
        long endTime,
        int goroutinesStarted,
        int maxLiveGoroutines,
        long steps,
        long randomDraws,
        long seed,
        int exitCode) {}

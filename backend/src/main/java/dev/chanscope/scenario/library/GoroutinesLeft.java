package dev.chanscope.scenario.library;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;

/**
 * The {@code goroutinesLeft()} helper several Go sources end with: runtime.NumGoroutine() (main
 * included), read once goroutines that have finished their work have had a moment to actually return,
 * as leak checkers such as goleak do. Without the short wait, a goroutine that has just closed a
 * channel or called wg.Done may still be counted, in real Go as in the simulation.
 *
 * <p>The Go sources that use it contain, verbatim:
 *
 * <pre>{@code
 * func goroutinesLeft() int {
 * 	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
 * 		time.Sleep(time.Millisecond)
 * 	}
 * 	return runtime.NumGoroutine()
 * }
 * }</pre>
 */
final class GoroutinesLeft {

    private GoroutinesLeft() {}

    static int count(Go go) {
        for (int i = 0; i < 100 && go.numGoroutine() > 1; i++) {
            go.sleep(Durations.MILLISECOND, "time.Sleep(time.Millisecond)");
        }
        return go.numGoroutine();
    }
}

package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import java.util.List;

/**
 * A detector's full report; the wire carries a compact {@code Diagnostic} event for each.
 *
 * @param goroutines ids of the goroutines involved, the primary one first
 * @param objects ids of the objects involved (channels, locks, variables), the primary one first
 * @param labels source labels of the operations involved
 * @param seq the sequence number of the diagnostic event
 * @param seed the seed that reproduces it
 */
public record Finding(
        DiagnosticKind kind,
        String message,
        List<Integer> goroutines,
        List<Integer> objects,
        List<String> labels,
        long seq,
        long time,
        long seed) {}

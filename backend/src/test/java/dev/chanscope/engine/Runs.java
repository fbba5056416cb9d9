package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.wire.StreamDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Test support: run a program and keep everything it emitted. */
final class Runs {

    private Runs() {}

    /** A finished run: its events, result and digest. */
    record Trace(List<Event> events, RunResult result, String digest, long seed) {

        <E extends Event> List<E> all(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<Finding> findings(DiagnosticKind kind) {
            return result.findings().stream().filter(f -> f.kind() == kind).toList();
        }

        List<String> logs() {
            return all(Event.Log.class).stream().map(Event.Log::text).toList();
        }

        boolean any(Predicate<Event> p) {
            return events.stream().anyMatch(p);
        }

        /** Appended to assertion messages so every failure names the seed that reproduces it. */
        String why() {
            return "reproduce with seed="
                    + seed
                    + " (outcome "
                    + result.outcome()
                    + ", findings "
                    + result.findings()
                    + ")";
        }
    }

    static Trace run(Program p, long seed) {
        return run(p, RunConfig.of(seed));
    }

    static Trace run(Program p, RunConfig config) {
        List<Event> events = new ArrayList<>();
        StreamDigest digest = new StreamDigest();
        RunResult r = Engine.run(p, config, e -> {
            events.add(e);
            digest.accept(e);
        });
        return new Trace(events, r, digest.hex(), config.seed());
    }
}

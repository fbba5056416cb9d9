package dev.chanscope.scenario;

import dev.chanscope.engine.Program;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.run.LineMap;
import java.util.List;
import java.util.Set;

/**
 * A built-in program learners can run: its catalog entry, knobs, notes, Go source and the program.
 * At given parameter values it is a {@link dev.chanscope.run.RunSource} ({@link ScenarioResolver}).
 */
public interface Scenario {

    String id();

    String title();

    /** Catalog group: "Basics", "Patterns", "Pitfalls", "Scheduling". */
    String category();

    String summary();

    List<ParamSpec> params();

    Notes notes();

    /** Actions offered as buttons (send SIGTERM, close a channel, inject a failure). */
    List<InterventionOffer> interventions();

    /** The Go program this scenario models, for these parameter values; its lines are the labels. */
    String goSource(Params params);

    /**
     * The line of {@link #goSource} each label points at (0: none). A scenario's labels are the Go
     * lines they model ({@link LineMap#byText}).
     */
    default LineMap lines(Params params) {
        return LineMap.byText(goSource(params));
    }

    /** The program for validated parameter values. */
    Program program(Params params);

    /** Diagnostics this scenario means to show for these values; any other kind is a bug. */
    Set<DiagnosticKind> expectedDiagnostics(Params params);

    /** How the real Go program ends for these values (see GoCheck). */
    GoCheck goCheck(Params params);

    /** Whether the scenario has a {@code fix} parameter flipping between the bug and its fix. */
    default boolean isPitfall() {
        return params().stream().anyMatch(p -> p.name().equals("fix"));
    }
}

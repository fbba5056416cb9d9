package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import java.util.ArrayList;
import java.util.List;

/** Every built-in scenario, in catalog order: basics, patterns, pitfalls. */
public final class Library {

    private Library() {}

    /** The library as a catalog, in the order the playground lists it. */
    public static ScenarioCatalog catalog() {
        return new ScenarioCatalog(all());
    }

    public static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(Basics.all());
        all.addAll(Patterns.all());
        all.addAll(Pitfalls.all());
        return List.copyOf(all);
    }
}

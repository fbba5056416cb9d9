package dev.chanscope.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scenarios by id, in catalog order; the built-in library's is {@code Library.catalog()}. */
public final class ScenarioCatalog {

    private final Map<String, Scenario> byId = new LinkedHashMap<>();

    public ScenarioCatalog(List<Scenario> scenarios) {
        for (Scenario s : scenarios) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("two scenarios share the id " + s.id());
            }
        }
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Scenario> all() {
        return List.copyOf(byId.values());
    }
}

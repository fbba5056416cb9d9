package dev.chanscope.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scenario's validated parameter values, every parameter present (defaults filled in). */
public final class Params {

    private final Map<String, Object> values;

    Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public long getLong(String name) {
        return ((Number) require(name)).longValue();
    }

    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    public boolean getBool(String name) {
        return (Boolean) require(name);
    }

    public String getString(String name) {
        return (String) require(name);
    }

    /** All values, in the scenario's parameter order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return v;
    }
}

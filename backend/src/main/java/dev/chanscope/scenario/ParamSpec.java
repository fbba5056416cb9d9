package dev.chanscope.scenario;

import java.util.List;

/**
 * One knob of a scenario: its name, type, default and bounds (min/max for numbers, options for enums).
 */
public record ParamSpec(
        String name,
        ParamType type,
        Object defaultValue,
        Long min,
        Long max,
        List<String> options,
        String description) {

    public static ParamSpec integer(String name, long def, long min, long max, String description) {
        return new ParamSpec(name, ParamType.INT, def, min, max, null, description);
    }

    public static ParamSpec duration(String name, long def, long min, long max, String description) {
        return new ParamSpec(name, ParamType.DURATION, def, min, max, null, description);
    }

    public static ParamSpec bool(String name, boolean def, String description) {
        return new ParamSpec(name, ParamType.BOOL, def, null, null, null, description);
    }

    public static ParamSpec choice(String name, String def, List<String> options, String description) {
        return new ParamSpec(name, ParamType.ENUM, def, null, null, List.copyOf(options), description);
    }
}

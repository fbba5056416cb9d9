package dev.chanscope.scenario;

import dev.chanscope.engine.Durations;
import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks raw parameter values (from JSON or a link) against a scenario's specs: unknown names, wrong
 * types and out-of-range values are all reported, each with its path and what is allowed.
 */
public final class ParamValidator {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s)");

    private ParamValidator() {}

    /**
     * @param raw values by name: Number, Boolean or String (strings are parsed, as links carry text)
     * @param path where the parameters sit in the request, e.g. {@code run.params}
     */
    public static Params validate(Scenario scenario, Map<String, ?> raw, String path) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        scenario.params().forEach(p -> specs.put(p.name(), p));
        if (raw != null) {
            for (String name : raw.keySet()) {
                if (!specs.containsKey(name)) {
                    String known = specs.isEmpty() ? "it takes none" : "known: " + String.join(", ", specs.keySet());
                    errors.add(new FieldError(
                            path + "." + name, "unknown parameter for scenario " + scenario.id() + " (" + known + ")"));
                }
            }
        }
        for (ParamSpec spec : specs.values()) {
            Object v = raw == null ? null : raw.get(spec.name());
            if (v == null) {
                values.put(spec.name(), spec.defaultValue());
                continue;
            }
            String at = path + "." + spec.name();
            try {
                values.put(spec.name(), convert(spec, v));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Params(values);
    }

    private static Object convert(ParamSpec spec, Object v) {
        return switch (spec.type()) {
            case BOOL -> toBool(v);
            case ENUM -> toEnum(spec, v);
            case INT -> inRange(spec, toLong(v, false), false);
            case DURATION -> inRange(spec, toLong(v, true), true);
        };
    }

    private static boolean toBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equals("true") || s.equals("false") || s.equals("1") || s.equals("0"))) {
            return s.equals("true") || s.equals("1");
        }
        throw new IllegalArgumentException("must be a boolean (true or false), got " + describe(v));
    }

    private static String toEnum(ParamSpec spec, Object v) {
        if (v instanceof String s && spec.options().contains(s)) {
            return s;
        }
        throw new IllegalArgumentException(
                "must be one of " + String.join(", ", spec.options()) + ", got " + describe(v));
    }

    private static long toLong(Object v, boolean duration) {
        String expected = duration ? "a duration (nanoseconds, or text such as 250ms, 2s, 40us)" : "an integer";
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger || v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            try {
                return new BigDecimal(v.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) { // fractions, NaN, infinities, > 64 bits
                throw new IllegalArgumentException("must be " + expected + ", got " + v);
            }
        }
        if (v instanceof String s) {
            String t = s.trim();
            if (t.matches("-?\\d{1,18}")) {
                return Long.parseLong(t);
            }
            if (duration) {
                Matcher m = DURATION.matcher(t.toLowerCase(Locale.ROOT));
                if (m.matches()) {
                    try {
                        return Durations.exactNanos(m.group(1), m.group(2)).longValueExact();
                    } catch (ArithmeticException e) { // more than 64 bits must not wrap into range
                        throw new IllegalArgumentException(
                                "must be " + expected + " that fits 64-bit nanoseconds, got " + describe(v));
                    }
                }
            }
        }
        throw new IllegalArgumentException("must be " + expected + ", got " + describe(v));
    }

    private static long inRange(ParamSpec spec, long n, boolean duration) {
        if ((spec.min() != null && n < spec.min()) || (spec.max() != null && n > spec.max())) {
            String lo = duration ? Durations.format(spec.min()) : String.valueOf(spec.min());
            String hi = duration ? Durations.format(spec.max()) : String.valueOf(spec.max());
            String got = duration ? Durations.format(n) : String.valueOf(n);
            throw new IllegalArgumentException("must be between " + lo + " and " + hi + ", got " + got);
        }
        return n;
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v instanceof Map<?, ?> m) {
            return "an object";
        }
        if (v instanceof List<?> l) {
            return "an array";
        }
        return String.valueOf(v);
    }
}

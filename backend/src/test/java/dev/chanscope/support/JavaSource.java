package dev.chanscope.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values written as Java expressions, for {@link Example#java()}. Types outside the property's own
 * class are written with their package, so what is printed compiles wherever it is pasted.
 */
public final class JavaSource {

    private JavaSource() {}

    /** A string literal; anything outside printable ASCII is written as {@code \}{@code uXXXX}. */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                // Unicode escapes are read before the literal: written as one, a line break would end it.
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A Long ({@code 12L}), Integer, Double, Boolean, String, or null. */
    public static String value(Object v) {
        return switch (v) {
            case null -> "null";
            case Long n -> n + "L";
            case Integer n -> n.toString();
            case Double d -> Double.toString(d);
            case Boolean flag -> flag.toString();
            case String s -> string(s);
            default ->
                throw new IllegalArgumentException(
                        "no Java literal for " + v.getClass().getName());
        };
    }

    /** {@code Map.of(...)} of string keys (equal maps compare equal whatever their order). */
    public static String map(Map<String, Object> m) {
        if (m.size() > 10) {
            return m.entrySet().stream()
                    .map(e -> "java.util.Map.entry(" + string(e.getKey()) + ", " + value(e.getValue()) + ")")
                    .collect(Collectors.joining(", ", "java.util.Map.ofEntries(", ")"));
        }
        return m.entrySet().stream()
                .map(e -> string(e.getKey()) + ", " + value(e.getValue()))
                .collect(Collectors.joining(", ", "java.util.Map.of(", ")"));
    }

    /** {@code List.of(...)} of expressions already written as Java. */
    public static String list(List<String> javaExpressions) {
        return javaExpressions.stream().collect(Collectors.joining(", ", "java.util.List.of(", ")"));
    }
}

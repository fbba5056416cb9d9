package dev.chanscope.scenario;

import dev.chanscope.engine.Durations;
import dev.chanscope.run.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a scenario's Go source template for given parameter values, and finds the line a source
 * label points at.
 *
 * <p>Template syntax: {@code {{name}}} is replaced by the value (durations as Go expressions such as
 * {@code 5 * time.Millisecond}); a line holding only {@code {{#flag}}} … {@code {{/flag}}} keeps the
 * lines between when the bool parameter is true, {@code {{^flag}}} … {@code {{/flag}}} when false.
 *
 * <p>Labels are Go code: a label names the first line whose trimmed text starts with it, or failing
 * that the first line containing it ({@link LineMap#byText}). The browser applies the same rule.
 */
public final class GoSource {

    private static final Pattern VAR = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\{\\{([#^/])(\\w+)}}\\s*$");

    private GoSource() {}

    public static String render(String template, Scenario scenario, Params params) {
        Map<String, Object> values = params.asMap();
        List<String> out = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        for (String line : template.split("\n", -1)) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                if (s.group(1).equals("/")) {
                    keep.removeLast();
                } else {
                    boolean flag = Boolean.TRUE.equals(values.get(s.group(2)));
                    keep.add(s.group(1).equals("#") == flag);
                }
                continue;
            }
            if (keep.contains(false)) {
                continue;
            }
            out.add(substitute(line, scenario, values));
        }
        return String.join("\n", out);
    }

    private static String substitute(String line, Scenario scenario, Map<String, Object> values) {
        Matcher m = VAR.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object v = values.get(name);
            if (v == null) {
                throw new IllegalStateException("template of " + scenario.id() + " uses unknown parameter " + name);
            }
            ParamSpec spec = scenario.params().stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            String text = spec.type() == ParamType.DURATION ? goDuration(((Number) v).longValue()) : String.valueOf(v);
            if (spec.type() == ParamType.ENUM) {
                text = "\"" + text + "\"";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(text));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** 5_000_000 → "5 * time.Millisecond". */
    static String goDuration(long nanos) {
        if (nanos != 0 && nanos % Durations.SECOND == 0) {
            return nanos / Durations.SECOND + " * time.Second";
        }
        if (nanos != 0 && nanos % Durations.MILLISECOND == 0) {
            return nanos / Durations.MILLISECOND + " * time.Millisecond";
        }
        if (nanos != 0 && nanos % Durations.MICROSECOND == 0) {
            return nanos / Durations.MICROSECOND + " * time.Microsecond";
        }
        return nanos + " * time.Nanosecond";
    }

    /** The 1-based line a label points at in {@code source}, or 0 when none matches ({@link LineMap#byText}). */
    public static int lineOf(String source, String label) {
        return LineMap.search(source.split("\n", -1), label);
    }
}

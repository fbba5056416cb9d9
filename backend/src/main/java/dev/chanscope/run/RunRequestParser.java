package dev.chanscope.run;

import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.event.InterventionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a run request, already decoded from JSON or a link into plain maps, lists, numbers, booleans
 * and strings, into a {@link PreparedRun}, or reports every problem with its path. The request's
 * shared fields — {@code params} (an object), {@code seed}, {@code gomaxprocs}, {@code interventions}
 * — are read here; the fields that name the source go to the {@link SourceResolver} of their kind,
 * chosen by which of the resolvers' first fields ({@code scenario}, …) the request holds.
 *
 * <p>Problems are listed in a fixed order: unknown fields, the source's name, the shared fields, then
 * the rest of the source (its parameter values, its program text).
 */
public final class RunRequestParser {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_PROCS = 4;
    public static final int MAX_INTERVENTIONS = 256;
    /** Characters in an intervention's target (a goroutine, context or channel name). */
    public static final int MAX_TARGET = 200;

    /** The fields every run request may hold, whatever its source. */
    private static final List<String> SHARED = List.of("params", "seed", "gomaxprocs", "interventions");

    private static final Set<String> INTERVENTION_FIELDS = Set.of("kind", "target", "afterSeq", "atTime");

    private final RunLimits limits;
    private final List<SourceResolver> resolvers;

    /** Reads requests for sources of the kinds {@code resolvers} know, the first one the default. */
    public RunRequestParser(RunLimits limits, List<SourceResolver> resolvers) {
        if (resolvers.isEmpty()) {
            throw new IllegalArgumentException("a run request parser needs at least one kind of source");
        }
        this.limits = limits;
        this.resolvers = List.copyOf(resolvers);
    }

    public RunRequestParser(RunLimits limits, SourceResolver... resolvers) {
        this(limits, List.of(resolvers));
    }

    public PreparedRun parse(Object request, String path) {
        if (!(request instanceof Map<?, ?> raw)) {
            throw InvalidRequestException.of(
                    path.isEmpty() ? "$" : path, "must be an object with at least a \"" + keys(" or ") + "\"");
        }
        List<FieldError> errors = new ArrayList<>();
        List<SourceResolver> named = resolvers.stream()
                .filter(r -> raw.get(r.fields().getFirst()) != null)
                .toList();
        SourceResolver resolver = named.isEmpty() ? null : named.getFirst();
        List<String> allowed = new ArrayList<>();
        for (SourceResolver r : named.isEmpty() ? resolvers : named) {
            allowed.addAll(r.fields());
        }
        allowed.addAll(SHARED);
        for (Object key : raw.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                errors.add(new FieldError(
                        join(path, String.valueOf(key)),
                        "unknown field (allowed: " + String.join(", ", allowed) + ")"));
            }
        }
        if (resolver == null) {
            errors.add(new FieldError(
                    join(path, resolvers.getFirst().fields().getFirst()),
                    resolvers.size() == 1 ? "is required" : "is required (or one of: " + keys(", ") + ")"));
        } else if (named.size() > 1) {
            errors.add(new FieldError(
                    join(path, named.get(1).fields().getFirst()), "a run has one source: give " + keys(" or ")));
        }
        List<FieldError> sourceErrors = new ArrayList<>();
        SourceResolver.Resolved resolved = null;
        Object p = raw.get("params");
        if (resolver != null) {
            @SuppressWarnings("unchecked")
            Map<String, ?> values = p instanceof Map<?, ?> m ? (Map<String, ?>) m : null;
            resolved = resolver.resolve(raw, values, path, sourceErrors);
        }
        // The source's name first, then the shared fields, then the rest of the source.
        String key = resolver == null ? null : join(path, resolver.fields().getFirst());
        sourceErrors.stream().filter(e -> e.path().equals(key)).forEach(errors::add);
        long seed = integer(raw.get("seed"), join(path, "seed"), DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        int procs = (int)
                integer(raw.get("gomaxprocs"), join(path, "gomaxprocs"), DEFAULT_PROCS, 1, RunConfig.MAX_PROCS, errors);
        List<Intervention> interventions = interventions(raw.get("interventions"), join(path, "interventions"), errors);
        if (p != null && !(p instanceof Map<?, ?>)) {
            errors.add(new FieldError(join(path, "params"), "must be an object of parameter values"));
        }
        sourceErrors.stream().filter(e -> !e.path().equals(key)).forEach(errors::add);
        if (!errors.isEmpty() || resolved == null) {
            throw new InvalidRequestException(errors);
        }
        return new PreparedRun(
                resolved.source(), resolved.params(), new RunConfig(seed, procs, limits, interventions, true));
    }

    /** Parses one intervention object (the body of an {@code intervene} message). */
    public Intervention parseIntervention(Object v, String path) {
        List<FieldError> errors = new ArrayList<>();
        List<Intervention> one = interventions(List.of(v == null ? "missing" : v), path, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.stream()
                    .map(e -> new FieldError(e.path().replace(path + "[0]", path), e.message()))
                    .toList());
        }
        return one.getFirst();
    }

    /** The same run with one more intervention, checked against the bound on their number. */
    public PreparedRun withIntervention(PreparedRun run, Intervention added, String path) {
        List<Intervention> all = new ArrayList<>(run.config().interventions());
        if (all.size() >= MAX_INTERVENTIONS) {
            throw InvalidRequestException.of(path, "a run takes at most " + MAX_INTERVENTIONS + " interventions");
        }
        all.add(added);
        return run.withConfig(run.config().withInterventions(all));
    }

    private List<Intervention> interventions(Object v, String path, List<FieldError> errors) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            errors.add(new FieldError(path, "must be an array"));
            return List.of();
        }
        if (list.size() > MAX_INTERVENTIONS) {
            errors.add(new FieldError(path, "at most " + MAX_INTERVENTIONS + " interventions, got " + list.size()));
            return List.of();
        }
        List<Intervention> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                errors.add(new FieldError(at, "must be an object {kind, target, afterSeq | atTime}"));
                continue;
            }
            int before = errors.size();
            for (Object key : m.keySet()) {
                if (!INTERVENTION_FIELDS.contains(String.valueOf(key))) {
                    errors.add(
                            new FieldError(at + "." + key, "unknown field (allowed: kind, target, afterSeq, atTime)"));
                }
            }
            InterventionKind kind = kind(m.get("kind"), at + ".kind", errors);
            Object target = m.get("target");
            if (!(target instanceof String t) || t.isBlank() || t.length() > MAX_TARGET) {
                errors.add(new FieldError(
                        at + ".target",
                        "must be a non-empty string of at most " + MAX_TARGET
                                + " characters naming a goroutine, context or channel"));
            }
            boolean hasSeq = m.get("afterSeq") != null;
            boolean hasTime = m.get("atTime") != null;
            if (hasSeq == hasTime) {
                errors.add(new FieldError(
                        at, "needs exactly one of afterSeq (an event sequence number) and atTime (virtual ns)"));
            }
            long seq = hasSeq ? integer(m.get("afterSeq"), at + ".afterSeq", 0, 0, Long.MAX_VALUE, errors) : -1;
            long time = hasTime ? integer(m.get("atTime"), at + ".atTime", 0, 0, Long.MAX_VALUE, errors) : -1;
            if (errors.size() == before) {
                out.add(new Intervention(kind, (String) target, hasSeq ? seq : -1, hasTime ? time : -1));
            }
        }
        return out;
    }

    private static InterventionKind kind(Object v, String path, List<FieldError> errors) {
        String allowed = Arrays.stream(InterventionKind.values())
                .map(InterventionKind::wireName)
                .collect(Collectors.joining(", "));
        if (v instanceof String s) {
            for (InterventionKind k : InterventionKind.values()) {
                if (k.wireName().equals(s)) {
                    return k;
                }
            }
        }
        errors.add(new FieldError(path, "must be one of " + allowed));
        return null;
    }

    private static long integer(Object v, String path, long def, long min, long max, List<FieldError> errors) {
        if (v == null) {
            return def;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            if (n < min || n > max) {
                errors.add(new FieldError(path, "must be between " + min + " and " + max + ", got " + n));
                return def;
            }
            return n;
        }
        errors.add(new FieldError(
                path,
                "must be an integer" + (min > Long.MIN_VALUE ? " between " + min + " and " + max : "") + ", got "
                        + describe(v)));
        return def;
    }

    /** "run" + "seed" → "run.seed"; at the top level ("") just "seed". */
    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(Object v) {
        if (v instanceof String s) {
            return "the string \"" + clip(s) + "\"";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "an array";
        }
        return String.valueOf(v);
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** The fields that select a kind of source: "scenario", or "scenario or source". */
    private String keys(String or) {
        return String.join(
                or, resolvers.stream().map(r -> r.fields().getFirst()).toList());
    }
}

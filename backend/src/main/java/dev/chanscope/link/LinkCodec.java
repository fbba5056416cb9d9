package dev.chanscope.link;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes share links exactly as the browser does (frontend/src/app/link.ts; shared test
 * vectors keep the two equal). Reading never fails: each bad value is reported with its query
 * parameter and replaced by the nearest valid one — the bound it exceeded, or its default.
 *
 * <pre>?v=1&amp;s=worker-pool&amp;workers=4&amp;seed=42&amp;procs=2&amp;i=cancel-context:shutdown@120&amp;t=1200</pre>
 *
 * A link whose interventions are written compactly ({@code iz}, see {@link CompactText}) says
 * {@code v=2}; every other link says {@code v=1}, so links without {@code iz} read the same everywhere.
 *
 * <p>Longer than most files: reading and writing each parameter sit next to each other so the two
 * directions cannot drift.
 */
public final class LinkCodec {

    public static final int VERSION = 2;
    /** The scenario a link without a known one opens, as in the browser. */
    public static final String FALLBACK_SCENARIO = "unbuffered-handoff";

    // A link's bounds are a run request's (RunRequestParser, RunConfig), so any link resolves to one.
    public static final long DEFAULT_SEED = RunRequestParser.DEFAULT_SEED;
    public static final int DEFAULT_PROCS = RunRequestParser.DEFAULT_PROCS;
    public static final int MAX_PROCS = RunConfig.MAX_PROCS;
    public static final int MAX_INTERVENTIONS = RunRequestParser.MAX_INTERVENTIONS;
    public static final int MAX_TARGET = RunRequestParser.MAX_TARGET;
    /** Numbers a browser holds exactly (2^53 - 1): seeds, playheads and sequence numbers in links. */
    public static final long MAX_SAFE = 9_007_199_254_740_991L;

    public static final List<String> KINDS = Arrays.stream(InterventionKind.values())
            .map(InterventionKind::wireName)
            .toList();

    // `bench` switches on the page's benchmark and layout-check hook; it is not a parameter.
    private static final Set<String> PAGE_NAMES = Set.of("v", "t", "present", "embed", "bench");
    private static final Set<String> RUN_NAMES = Set.of("s", "seed", "procs", "i", "iz", "scenario");
    /** The prefix of a compare link's second run: {@code b.s}, {@code b.workers}, {@code b.seed}, … */
    public static final String COMPARE_PREFIX = "b.";

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DURATION = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?(ns|us|µs|ms|s)?");
    private static final Pattern STEP = Pattern.compile("([a-z-]+):(.+)@([0-9]+)", Pattern.DOTALL);
    private static final Pattern TARGET_HAS_NAME = Pattern.compile(".*[A-Za-z0-9].*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(".*[\\x00-\\x1f\\x7f-\\x9f].*", Pattern.DOTALL);

    private final ScenarioCatalog catalog;
    private final String fallback;

    /** @param fallback the scenario shown when a link names none that exists */
    public LinkCodec(ScenarioCatalog catalog, String fallback) {
        this.catalog = catalog;
        this.fallback = fallback;
    }

    /** A link's state and what had to be fixed to get it. */
    public record Decoded(ShareLink link, List<LinkProblem> problems) {}

    /**
     * A link's nearest valid state and every problem on the way. A link's parameters belong to its own
     * scenario: when that is unknown, none of them is read (the scenario shown instead may have
     * parameters of the same names that mean something else) and each is reported as ignored.
     */
    public Decoded decode(String query) {
        List<Map.Entry<String, String>> q = QueryString.parse(query);
        List<LinkProblem> problems = new ArrayList<>();
        String v = QueryString.first(q, "v");
        if (v != null && !v.equals("1") && !v.equals("2")) {
            problems.add(new LinkProblem("v", "link version " + v + " is not known; reading it as version " + VERSION));
        }
        List<Map.Entry<String, String>> mine = new ArrayList<>();
        List<Map.Entry<String, String>> theirs = new ArrayList<>();
        for (Map.Entry<String, String> e : q) {
            if (e.getKey().startsWith(COMPARE_PREFIX)) {
                theirs.add(Map.entry(e.getKey().substring(COMPARE_PREFIX.length()), e.getValue()));
            } else if (!PAGE_NAMES.contains(e.getKey())) {
                mine.add(e);
            }
        }
        Long[] t = {null};
        // The playhead's problem comes before the interventions', as it did before compare links.
        ShareLink run = decodeRun(mine, "", fallback, problems, () -> {
            t[0] = QueryString.first(q, "t") == null ? null : integer(q, "t", 0, 0, MAX_SAFE, problems);
        });
        ShareLink compare =
                theirs.isEmpty() ? null : decodeRun(theirs, COMPARE_PREFIX, run.scenario(), problems, () -> {});
        ShareLink link = new ShareLink(
                run.scenario(),
                run.params(),
                run.seed(),
                run.procs(),
                run.interventions(),
                t[0],
                "1".equals(QueryString.first(q, "present")),
                "1".equals(QueryString.first(q, "embed")),
                compare);
        return new Decoded(link, problems);
    }

    /**
     * One run's fields (names without {@code prefix}), each problem reported under its prefixed name.
     * A run's parameters belong to its own scenario: when that is unknown, none of them is read.
     */
    private ShareLink decodeRun(
            List<Map.Entry<String, String>> q,
            String prefix,
            String fallbackScenario,
            List<LinkProblem> allProblems,
            Runnable beforeInterventions) {
        List<LinkProblem> problems = new ArrayList<>();
        String wanted = QueryString.first(q, "s");
        if (wanted == null) {
            wanted = QueryString.first(q, "scenario");
        }
        Scenario scenario = wanted == null ? null : catalog.find(wanted).orElse(null);
        if (wanted != null && scenario == null) {
            problems.add(new LinkProblem(
                    "s", "there is no scenario \"" + wanted + "\"; showing " + fallbackScenario + " instead"));
        }
        boolean unknownScenario = wanted != null && scenario == null;
        if (scenario == null) {
            scenario = catalog.find(fallbackScenario).orElse(catalog.all().getFirst());
        }
        List<ParamSpec> specs = unknownScenario ? List.of() : scenario.params();
        Map<String, Object> params = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            String text = QueryString.first(q, spec.name());
            if (text == null) {
                continue;
            }
            try {
                params.put(spec.name(), read(spec, text));
            } catch (OutOfRange e) {
                problems.add(new LinkProblem(spec.name(), e.getMessage() + "; using " + text(spec, e.nearest)));
                if (!e.nearest.equals(spec.defaultValue())) {
                    params.put(spec.name(), e.nearest);
                }
            }
        }
        for (Map.Entry<String, String> e : q) {
            String name = e.getKey();
            if (RUN_NAMES.contains(name)
                    || specs.stream().anyMatch(s -> s.name().equals(name))) {
                continue;
            }
            problems.add(new LinkProblem(
                    name,
                    unknownScenario
                            ? "the link's scenario \"" + wanted + "\" is unknown, so its parameter \"" + name
                                    + "\" is ignored"
                            : scenario.id() + " has no parameter \"" + name + "\"; ignored"));
        }
        long seed = integer(q, "seed", DEFAULT_SEED, -MAX_SAFE, MAX_SAFE, problems);
        int procs = (int) integer(q, "procs", DEFAULT_PROCS, 1, MAX_PROCS, problems);
        problems.forEach(p -> allProblems.add(new LinkProblem(prefix + p.param(), p.message())));
        problems.clear();
        beforeInterventions.run();
        List<ShareLink.Step> steps = interventions(QueryString.first(q, "i"), QueryString.first(q, "iz"), problems);
        problems.forEach(p -> allProblems.add(new LinkProblem(prefix + p.param(), p.message())));
        return new ShareLink(scenario.id(), params, seed, procs, steps, null, false, false);
    }

    /**
     * The link for a state: defaults left out, interventions as {@code i}, or as {@code iz} (and
     * {@code v=2}) when that is shorter.
     */
    public String encode(ShareLink link) {
        List<Map.Entry<String, String>> q = new ArrayList<>();
        boolean compact = encodeRun(link, "", q);
        if (link.compare() != null) {
            compact |= encodeRun(link.compare(), COMPARE_PREFIX, q);
        }
        if (link.t() != null) {
            q.add(Map.entry("t", Long.toString(link.t())));
        }
        if (link.present()) {
            q.add(Map.entry("present", "1"));
        }
        if (link.embed()) {
            q.add(Map.entry("embed", "1"));
        }
        q.addFirst(Map.entry("v", compact ? Integer.toString(VERSION) : "1"));
        return "?" + QueryString.format(q);
    }

    /** Writes one run's fields under {@code prefix}; answers whether its interventions went as {@code iz}. */
    private boolean encodeRun(ShareLink link, String prefix, List<Map.Entry<String, String>> q) {
        Scenario scenario = catalog.find(link.scenario())
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + link.scenario()));
        q.add(Map.entry(prefix + "s", link.scenario()));
        for (ParamSpec spec : scenario.params()) {
            Object value = link.params().get(spec.name());
            if (value != null && !value.equals(spec.defaultValue())) {
                q.add(Map.entry(prefix + spec.name(), text(spec, value)));
            }
        }
        if (link.seed() != DEFAULT_SEED) {
            q.add(Map.entry(prefix + "seed", Long.toString(link.seed())));
        }
        if (link.procs() != DEFAULT_PROCS) {
            q.add(Map.entry(prefix + "procs", Integer.toString(link.procs())));
        }
        return writeInterventions(link.interventions(), prefix, q);
    }

    /**
     * Adds the interventions under {@code prefix} as {@code i}, or as {@code iz} when that is
     * shorter; true for {@code iz}.
     */
    static boolean writeInterventions(List<ShareLink.Step> steps, String prefix, List<Map.Entry<String, String>> q) {
        if (steps.isEmpty()) {
            return false;
        }
        String plain = String.join(
                ",",
                steps.stream()
                        .map(s -> s.kind() + ":" + s.target() + "@" + s.afterSeq())
                        .toList());
        String compact = CompactText.encodeReadable(plain);
        if (compact != null
                && ("iz=" + compact).length()
                        < QueryString.format(List.of(Map.entry("i", plain))).length()) {
            q.add(Map.entry(prefix + "iz", compact));
            return true;
        }
        q.add(Map.entry(prefix + "i", plain));
        return false;
    }

    // ---- parameters -----------------------------------------------------------------------------------

    /** A value that cannot be used, and the nearest one that can. */
    private static final class OutOfRange extends Exception {
        final Object nearest;

        OutOfRange(String message, Object nearest) {
            super(message, null, false, false);
            this.nearest = nearest;
        }
    }

    private static Object read(ParamSpec spec, String text) throws OutOfRange {
        String name = spec.name();
        return switch (spec.type()) {
            case BOOL -> {
                if (text.equals("true") || text.equals("1")) {
                    yield true;
                }
                if (text.equals("false") || text.equals("0")) {
                    yield false;
                }
                throw new OutOfRange(name + " must be true or false, got \"" + text + "\"", spec.defaultValue());
            }
            case ENUM -> {
                if (spec.options().contains(text)) {
                    yield text;
                }
                throw new OutOfRange(
                        name + " must be one of " + String.join(", ", spec.options()) + ", got \"" + text + "\"",
                        spec.defaultValue());
            }
            case INT, DURATION -> {
                boolean duration = spec.type() == dev.chanscope.scenario.ParamType.DURATION;
                BigInteger n = duration ? nanos(text) : INTEGER.matcher(text).matches() ? new BigInteger(text) : null;
                if (n == null) {
                    throw new OutOfRange(
                            name + " must be " + (duration ? "a duration like 250ms" : "a whole number") + ", got \""
                                    + text + "\"",
                            spec.defaultValue());
                }
                BigInteger min = BigInteger.valueOf(spec.min());
                BigInteger max = BigInteger.valueOf(spec.max());
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    String lo = duration ? formatDuration(spec.min()) : Long.toString(spec.min());
                    String hi = duration ? formatDuration(spec.max()) : Long.toString(spec.max());
                    throw new OutOfRange(
                            name + " must be between " + lo + " and " + hi + ", got " + text,
                            n.compareTo(min) < 0 ? spec.min() : spec.max());
                }
                yield n.longValueExact();
            }
        };
    }

    /** {@code 250ms}, {@code 1.5s}, {@code 7} (ns) as exact nanoseconds (halves round up), or null. */
    static BigInteger nanos(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return Durations.exactNanos(
                m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)), m.group(3) == null ? "ns" : m.group(3));
    }

    /** A value as a link writes it: durations as the shortest exact text ({@code 2ms}, {@code 1500us}). */
    static String text(ParamSpec spec, Object value) {
        if (spec.type() == dev.chanscope.scenario.ParamType.DURATION && value instanceof Long ns) {
            return formatDuration(ns);
        }
        return String.valueOf(value);
    }

    static String formatDuration(long ns) {
        if (ns == 0) {
            return "0";
        }
        if (ns % 1_000_000_000L == 0) {
            return ns / 1_000_000_000L + "s";
        }
        if (ns % 1_000_000L == 0) {
            return ns / 1_000_000L + "ms";
        }
        if (ns % 1_000L == 0) {
            return ns / 1_000L + "us";
        }
        return ns + "ns";
    }

    static long integer(
            List<Map.Entry<String, String>> q, String name, long fallback, long min, long max, List<LinkProblem> out) {
        String text = QueryString.first(q, name);
        if (text == null) {
            return fallback;
        }
        if (!INTEGER.matcher(text).matches()) {
            out.add(new LinkProblem(name, name + " must be a whole number, got \"" + text + "\"; using " + fallback));
            return fallback;
        }
        BigInteger n = new BigInteger(text);
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            long nearest = n.compareTo(BigInteger.valueOf(min)) < 0 ? min : max;
            out.add(new LinkProblem(
                    name, name + " must be between " + min + " and " + max + ", got " + text + "; using " + nearest));
            return nearest;
        }
        return n.longValueExact();
    }

    // ---- interventions --------------------------------------------------------------------------------

    static List<ShareLink.Step> interventions(String plain, String compact, List<LinkProblem> problems) {
        String param = "i";
        String text = plain;
        if (compact != null) {
            if (plain != null) {
                problems.add(new LinkProblem("iz", "the link has both i and iz; using i"));
            } else {
                param = "iz";
                try {
                    text = CompactText.decode(compact);
                } catch (CompactText.Invalid e) {
                    problems.add(new LinkProblem("iz", e.getMessage() + "; no interventions used"));
                    return List.of();
                }
            }
        }
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ShareLink.Step> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches() || !KINDS.contains(m.group(1))) {
                problems.add(new LinkProblem(
                        param,
                        "\"" + clip(part) + "\" is not an intervention like cancel-context:shutdown@120; ignored"));
                continue;
            }
            String target = m.group(2);
            if (target.length() > MAX_TARGET
                    || !TARGET_HAS_NAME.matcher(target).matches()
                    || CONTROL.matcher(target).matches()) {
                problems.add(new LinkProblem(
                        param,
                        "\"" + clip(part) + "\": a target has 1 to " + MAX_TARGET
                                + " characters, a letter or digit among them, and no control characters; ignored"));
                continue;
            }
            BigInteger seq = new BigInteger(m.group(3));
            if (seq.compareTo(BigInteger.valueOf(MAX_SAFE)) > 0) {
                problems.add(new LinkProblem(
                        param, "\"" + clip(part) + "\": afterSeq must be at most " + MAX_SAFE + "; ignored"));
                continue;
            }
            if (out.size() == MAX_INTERVENTIONS) {
                problems.add(new LinkProblem(
                        param, "a link holds at most " + MAX_INTERVENTIONS + " interventions; the rest are ignored"));
                break;
            }
            out.add(new ShareLink.Step(m.group(1), target, seq.longValueExact()));
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

package dev.chanscope.link;

import dev.chanscope.snippet.SnippetId;
import dev.chanscope.snippet.SnippetText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and writes share links that carry a program (docs/protocol.md, "Share links"):
 *
 * <pre>?v=3&amp;code=&lt;raw DEFLATE, base64url&gt;&amp;goVersion=1.22&amp;seed=42&amp;procs=2&amp;t=1200
 * ?v=3&amp;p=&lt;snippet id&gt;&amp;goVersion=1.21&amp;seed=42</pre>
 *
 * A link is one of these when it has {@code code} or {@code p} ({@link #carriesProgram}); the rest
 * ({@code seed}, {@code procs}, {@code i}/{@code iz}, {@code t}, page modes) read as in {@link
 * LinkCodec}. Reading never fails: a program that cannot be read gives way to the fallback scenario
 * (as an unknown scenario does), every other bad value to its nearest valid one, each with a problem
 * naming its parameter. Problems come in this order: {@code v}, the program ({@code code}, {@code p}),
 * {@code s}, {@code goVersion}, unknown names in query order, {@code seed}, {@code procs}, {@code t},
 * the interventions; a snippet that is not found when looked up, last.
 *
 * <p>Inline or snippet: a program goes inline when its compact form has at most {@value
 * #INLINE_MAX_CHARS} characters, so a whole link stays near 2,000 characters — the length that
 * survives chat and mail clients, learning platforms and a QR code on a projector, and well inside the
 * 8 KiB request line servers and proxies accept by default. Typical teaching programs (20–120 lines)
 * deflate to a few hundred to 1,500 characters and need no server state at all. Readers accept up to
 * {@value #MAX_CODE_CHARS} characters, so links written under a larger threshold still open.
 */
public final class ProgramLinkCodec {

    /** Links with a program say {@code v=3}: pages that predate them say the version is unknown. */
    public static final int VERSION = 3;
    /** The interpreter's default: Go 1.22 semantics (per-iteration loop variables). */
    public static final String DEFAULT_GO_VERSION = "1.22";

    public static final int INLINE_MAX_CHARS = 2048;
    public static final int MAX_CODE_CHARS = 8192;
    /** {@code code}'s reading bounds: a program is at most 64 KiB, like a snippet. */
    public static final CompactText.Bounds CODE =
            new CompactText.Bounds("code", MAX_CODE_CHARS, SnippetText.MAX_BYTES, CompactText.MAX_RATIO);

    // `bench` switches on the page's benchmark hook; it is not a parameter (as in link.ts).
    private static final Set<String> NAMES = Set.of(
            "v",
            "s",
            "scenario",
            "code",
            "p",
            "goVersion",
            "seed",
            "procs",
            "i",
            "iz",
            "t",
            "present",
            "embed",
            "bench");
    private static final Pattern GO_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]?)");

    private final String fallback;

    /** @param fallback the scenario shown when a link's program cannot be read */
    public ProgramLinkCodec(String fallback) {
        this.fallback = fallback;
    }

    /** Whether a link's query carries a program ({@code code} or {@code p}), so this codec reads it. */
    public static boolean carriesProgram(String query) {
        List<Map.Entry<String, String>> q = QueryString.parse(query);
        return QueryString.first(q, "code") != null || QueryString.first(q, "p") != null;
    }

    /**
     * A program link's state and what had to be fixed: {@code program} when the program could be read
     * (an unlooked-up snippet has no text yet), otherwise {@code fallback}, the fallback scenario with
     * the link's settings.
     */
    public record Decoded(ProgramLink program, ShareLink fallback, List<LinkProblem> problems) {}

    public Decoded decode(String query) {
        List<Map.Entry<String, String>> q = QueryString.parse(query);
        List<LinkProblem> problems = new ArrayList<>();
        String v = QueryString.first(q, "v");
        if (v != null && !v.equals("1") && !v.equals("2") && !v.equals("3")) {
            problems.add(new LinkProblem("v", "link version " + v + " is not known; reading it as version " + VERSION));
        }
        String code = QueryString.first(q, "code");
        String id = QueryString.first(q, "p");
        String source = null;
        boolean readable = false;
        if (code != null) {
            if (id != null) {
                problems.add(new LinkProblem("p", "the link has both code and p; using code"));
                id = null;
            }
            try {
                source = CompactText.decode(code, CODE);
                String wrong = SnippetText.problem(source);
                if (wrong != null) {
                    problems.add(new LinkProblem("code", "code holds a program that " + wrong + instead()));
                } else {
                    readable = true;
                }
            } catch (CompactText.Invalid e) {
                problems.add(new LinkProblem("code", e.getMessage() + instead()));
            }
        } else if (id != null) {
            readable = SnippetId.wellFormed(id);
            if (!readable) {
                problems.add(new LinkProblem(
                        "p", "\"" + clip(id) + "\" is not a snippet id: " + SnippetId.shape() + instead()));
            }
        }
        for (String name : List.of("s", "scenario")) {
            String scenario = QueryString.first(q, name);
            if (scenario != null) {
                problems.add(new LinkProblem(
                        name, "the link carries a program, so its scenario \"" + clip(scenario) + "\" is not used"));
                break;
            }
        }
        String goVersion = goVersion(QueryString.first(q, "goVersion"), problems);
        for (Map.Entry<String, String> e : q) {
            if (!NAMES.contains(e.getKey())) {
                problems.add(new LinkProblem(
                        e.getKey(), "a program link has no parameter \"" + clip(e.getKey()) + "\"; ignored"));
            }
        }
        long seed =
                LinkCodec.integer(q, "seed", LinkCodec.DEFAULT_SEED, -LinkCodec.MAX_SAFE, LinkCodec.MAX_SAFE, problems);
        int procs = (int) LinkCodec.integer(q, "procs", LinkCodec.DEFAULT_PROCS, 1, LinkCodec.MAX_PROCS, problems);
        Long t = QueryString.first(q, "t") == null
                ? null
                : LinkCodec.integer(q, "t", 0, 0, LinkCodec.MAX_SAFE, problems);
        List<ShareLink.Step> steps =
                LinkCodec.interventions(QueryString.first(q, "i"), QueryString.first(q, "iz"), problems);
        boolean present = "1".equals(QueryString.first(q, "present"));
        boolean embed = "1".equals(QueryString.first(q, "embed"));
        if (!readable) {
            return new Decoded(
                    null, new ShareLink(fallback, Map.of(), seed, procs, steps, t, present, embed), problems);
        }
        ProgramLink program = new ProgramLink(
                source, code, code != null ? null : id, goVersion, seed, procs, steps, t, present, embed);
        return new Decoded(program, null, problems);
    }

    /**
     * Looks up a decoded link's snippet: its text, or — for an id with no snippet — the fallback
     * scenario and a problem for {@code p}. Anything else is returned as it is.
     *
     * @param snippets a snippet's text by id (a store that cannot answer throws)
     */
    public Decoded lookUp(Decoded d, Function<String, Optional<String>> snippets) {
        ProgramLink l = d.program();
        if (l == null || l.source() != null) {
            return d;
        }
        Optional<String> text = snippets.apply(l.snippet());
        if (text.isPresent()) {
            return new Decoded(l.withSource(text.get()), null, d.problems());
        }
        List<LinkProblem> problems = new ArrayList<>(d.problems());
        problems.add(new LinkProblem("p", "there is no snippet " + l.snippet() + instead()));
        ShareLink fallback = new ShareLink(
                this.fallback, Map.of(), l.seed(), l.procs(), l.interventions(), l.t(), l.present(), l.embed());
        return new Decoded(null, fallback, problems);
    }

    /**
     * The link for a state: {@code v=3}, the program as {@code code} or {@code p}, its {@code goVersion}
     * always (so that what the link runs never depends on a server's default), then the settings with
     * defaults left out, as {@link LinkCodec} writes them.
     */
    public String encode(ProgramLink link) {
        List<Map.Entry<String, String>> q = new ArrayList<>();
        q.add(Map.entry("v", Integer.toString(VERSION)));
        q.add(link.code() != null ? Map.entry("code", link.code()) : Map.entry("p", link.snippet()));
        q.add(Map.entry("goVersion", link.goVersion()));
        if (link.seed() != LinkCodec.DEFAULT_SEED) {
            q.add(Map.entry("seed", Long.toString(link.seed())));
        }
        if (link.procs() != LinkCodec.DEFAULT_PROCS) {
            q.add(Map.entry("procs", Integer.toString(link.procs())));
        }
        LinkCodec.writeInterventions(link.interventions(), "", q);
        if (link.t() != null) {
            q.add(Map.entry("t", Long.toString(link.t())));
        }
        if (link.present()) {
            q.add(Map.entry("present", "1"));
        }
        if (link.embed()) {
            q.add(Map.entry("embed", "1"));
        }
        return "?" + QueryString.format(q);
    }

    /**
     * The compact form {@code source} travels in when it goes inline ({@value #INLINE_MAX_CHARS}
     * characters at most, readable within {@link #CODE}), or empty: then share it as a snippet.
     */
    public static Optional<String> inline(String source) {
        String compact = CompactText.encodeReadable(source, CODE);
        return compact != null && compact.length() <= INLINE_MAX_CHARS ? Optional.of(compact) : Optional.empty();
    }

    private static String goVersion(String text, List<LinkProblem> problems) {
        if (text == null) {
            return DEFAULT_GO_VERSION;
        }
        if (!GO_VERSION.matcher(text).matches()) {
            problems.add(new LinkProblem(
                    "goVersion",
                    "goVersion must be a Go language version like " + DEFAULT_GO_VERSION + ", got \"" + clip(text)
                            + "\"; using " + DEFAULT_GO_VERSION));
            return DEFAULT_GO_VERSION;
        }
        return text;
    }

    private String instead() {
        return "; showing " + fallback + " instead";
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

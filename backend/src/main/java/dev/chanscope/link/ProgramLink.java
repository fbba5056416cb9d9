package dev.chanscope.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a share link that carries a program says (docs/protocol.md, "Share links"): the program —
 * inline, as its text and the compact form it travels in ({@code code}), or as a snippet id ({@code
 * p}) and, once looked up, its text — the Go language version it is run as, and the run's settings
 * and moment as in {@link ShareLink}. Every value is within the bounds a link may hold.
 *
 * @param source the program's text; null only for a snippet that has not been looked up
 * @param code the compact form of an inline program ({@link CompactText}), or null for a snippet
 * @param snippet the snippet id, or null for an inline program
 * @param goVersion the language version, {@code 1.N} (loop variables are per iteration from 1.22)
 */
public record ProgramLink(
        String source,
        String code,
        String snippet,
        String goVersion,
        long seed,
        int procs,
        List<ShareLink.Step> interventions,
        Long t,
        boolean present,
        boolean embed) {

    public ProgramLink {
        if ((code == null) == (snippet == null)) {
            throw new IllegalArgumentException("a program link has either code or a snippet id");
        }
        if (code != null && source == null) {
            throw new IllegalArgumentException("an inline program has its text");
        }
        interventions = List.copyOf(interventions);
    }

    /** The same link with a snippet's text looked up. */
    public ProgramLink withSource(String text) {
        return new ProgramLink(text, code, snippet, goVersion, seed, procs, interventions, t, present, embed);
    }

    /** The same link with other page modes (a room keeps neither). */
    public ProgramLink withModes(boolean present, boolean embed) {
        return new ProgramLink(source, code, snippet, goVersion, seed, procs, interventions, t, present, embed);
    }

    /**
     * The run request this link stands for once its text is known: the program as {@code source} with
     * its {@code goVersion}, in place of a scenario and its parameters (the Go-source resolver builds
     * the run from it).
     */
    public Map<String, Object> runRequest() {
        if (source == null) {
            throw new IllegalStateException("snippet " + snippet + " has not been looked up");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("goVersion", goVersion);
        m.put("seed", seed);
        m.put("gomaxprocs", procs);
        m.put("interventions", interventions.stream().map(ShareLink.Step::asMap).toList());
        return m;
    }

    /** The link's state as JSON-ready maps (the shape of the code-link vectors' {@code state}). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("snippet", snippet);
        m.put("goVersion", goVersion);
        m.put("seed", seed);
        m.put("procs", procs);
        m.put("interventions", interventions.stream().map(ShareLink.Step::asMap).toList());
        m.put("t", t);
        m.put("present", present);
        m.put("embed", embed);
        return m;
    }
}

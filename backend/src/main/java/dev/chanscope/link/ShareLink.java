package dev.chanscope.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a share link says: the run (scenario, only the parameters the link sets, seed, GOMAXPROCS,
 * interventions), the playhead {@code t} (an event sequence number, or null: from the start) and the
 * page modes. Every value is within the bounds a run request allows. A compare link also holds the
 * run shown beside this one ({@code compare}: its run fields only; its playhead and modes are unused),
 * and {@code t} is then a step of the two runs' events merged by virtual time.
 *
 * @param params Long for int and duration parameters, Boolean, or String
 * @param compare the compared run ({@code b.} parameters), or null
 */
public record ShareLink(
        String scenario,
        Map<String, Object> params,
        long seed,
        int procs,
        List<Step> interventions,
        Long t,
        boolean present,
        boolean embed,
        ShareLink compare) {

    /** One intervention: {@code kind:target@afterSeq} in the link. */
    public record Step(String kind, String target, long afterSeq) {

        /** As a run request and a link's state write it: {@code {kind, target, afterSeq}}. */
        public Map<String, Object> asMap() {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("kind", kind);
            i.put("target", target);
            i.put("afterSeq", afterSeq);
            return i;
        }
    }

    public ShareLink {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        interventions = List.copyOf(interventions);
    }

    /** A link of one run (no compare). */
    public ShareLink(
            String scenario,
            Map<String, Object> params,
            long seed,
            int procs,
            List<Step> interventions,
            Long t,
            boolean present,
            boolean embed) {
        this(scenario, params, seed, procs, interventions, t, present, embed, null);
    }

    /** The same link without its page modes (what a room keeps). */
    public ShareLink withoutModes() {
        return new ShareLink(scenario, params, seed, procs, interventions, t, false, false, compare);
    }

    /** The run request this link stands for (docs/protocol.md), as {@code POST /api/runs} takes it. */
    public Map<String, Object> runRequest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("params", params);
        m.put("seed", seed);
        m.put("gomaxprocs", procs);
        m.put("interventions", interventions.stream().map(Step::asMap).toList());
        return m;
    }

    /** The link's state as JSON-ready maps, in the shape the browser's {@code PageState} has. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = runMap();
        m.put("t", t);
        m.put("present", present);
        m.put("embed", embed);
        if (compare != null) {
            m.put("compare", compare.runMap());
        }
        return m;
    }

    private Map<String, Object> runMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("params", params);
        m.put("seed", seed);
        m.put("procs", procs);
        m.put("interventions", interventions.stream().map(Step::asMap).toList());
        return m;
    }
}

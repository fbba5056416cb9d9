package dev.chanscope.stream.rest;

import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run in the Chrome Trace Event format (opened by ui.perfetto.dev and chrome://tracing): goroutines
 * are threads; blocked intervals and CPU work on a processor are slices; every item travelling through
 * a channel is a flow arrow from the goroutine that sent it to the one that received it; logs and
 * diagnostics are instant events. Timestamps are microseconds (fractional) of virtual time.
 */
final class ChromeTrace {

    private static final int PID = 1;

    private final List<Map<String, Object>> out = new ArrayList<>();
    private final Map<Integer, String> objectNames = new HashMap<>();
    private final Map<Integer, String> labels = new HashMap<>();
    private final Map<Long, Integer> itemSender = new HashMap<>();
    private final Map<Integer, Boolean> blocked = new HashMap<>();

    static Map<String, Object> of(List<Event> events, String title) {
        ChromeTrace t = new ChromeTrace();
        t.meta("process_name", 0, Map.of("name", title));
        for (Event e : events) {
            t.add(e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("traceEvents", t.out);
        m.put("displayTimeUnit", "ns");
        return m;
    }

    private void add(Event e) {
        double ts = e.time() / 1000.0;
        switch (e) {
            case Event.LabelDefine l -> labels.put(l.label(), l.text());
            case Event.ObjDefine o -> objectNames.put(o.obj(), o.kind().wireName() + " " + o.name());
            case Event.GoCreate g -> meta("thread_name", g.g(), Map.of("name", g.name() + " (g" + g.g() + ")"));
            case Event.GoBlock b -> {
                blocked.put(b.g(), true);
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("object", objectNames.getOrDefault(b.obj(), "-"));
                args.put("line", labels.getOrDefault(b.label(), ""));
                slice("B", b.g(), ts, "blocked: " + b.reason().wireName(), "block", args);
            }
            case Event.GoUnblock u -> endBlock(u.g(), ts);
            case Event.GoExit x -> {
                endBlock(x.g(), ts);
                instant(x.g(), ts, "exit", Map.of());
            }
            case Event.ProcAcquire p -> {
                Map<String, Object> s = slice(
                        "X",
                        p.g(),
                        ts,
                        "work on P" + p.proc(),
                        "cpu",
                        Map.of("line", labels.getOrDefault(p.label(), "")));
                s.put("dur", p.duration() / 1000.0);
            }
            case Event.ChanSend s -> {
                itemSender.put(s.item(), s.g());
                flow("s", s.g(), ts, s.item(), objectNames.getOrDefault(s.obj(), "channel"));
            }
            case Event.ChanHandoff h -> flow("f", h.to(), ts, h.item(), objectNames.getOrDefault(h.obj(), "channel"));
            case Event.ChanRecv r -> flow("f", r.g(), ts, r.item(), objectNames.getOrDefault(r.obj(), "channel"));
            case Event.Log l -> instant(l.g(), ts, l.text(), Map.of());
            case Event.GoPanic p -> instant(p.g(), ts, "panic: " + p.message(), Map.of());
            case Event.Diagnostic d -> instant(d.g(), ts, d.kind().wireName() + ": " + d.message(), Map.of());
            default -> {}
        }
    }

    private void endBlock(int g, double ts) {
        if (Boolean.TRUE.equals(blocked.remove(g))) {
            slice("E", g, ts, null, "block", Map.of());
        }
    }

    private Map<String, Object> slice(
            String ph, int tid, double ts, String name, String cat, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ph", ph);
        m.put("pid", PID);
        m.put("tid", tid);
        m.put("ts", ts);
        if (name != null) {
            m.put("name", name);
        }
        m.put("cat", cat);
        if (!args.isEmpty()) {
            m.put("args", args);
        }
        out.add(m);
        return m;
    }

    private void instant(int tid, double ts, String name, Map<String, Object> args) {
        Map<String, Object> m = slice("i", tid, ts, name, "event", args);
        m.put("s", "t");
    }

    private void flow(String ph, int tid, double ts, long item, String channel) {
        Map<String, Object> m = slice(ph, tid, ts, "item via " + channel, "channel", Map.of());
        m.put("id", item);
        if (ph.equals("f")) {
            m.put("bp", "e");
        }
    }

    private void meta(String name, int tid, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ph", "M");
        m.put("pid", PID);
        m.put("tid", tid);
        m.put("name", name);
        m.put("args", args);
        out.add(m);
    }
}

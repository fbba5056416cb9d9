package dev.chanscope.playground;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.engine.event.StdStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run printed, read from its output events as they pass: stdout and stderr whole, and the
 * writes in order with the virtual time since the previous one (the Go playground's {@code Events}
 * with their {@code Delay} in nanoseconds). Bounded by the interpreter's output limit, so it is
 * complete however many other events the run has.
 */
public final class PlaygroundOutput implements EventSink {

    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<Map<String, Object>> writes = new ArrayList<>();
    private long lastTime;

    @Override
    public void accept(Event e) {
        if (e instanceof Event.Output o) {
            (o.stream() == StdStream.STDOUT ? stdout : stderr).append(o.text());
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("Message", o.text());
            w.put("Kind", o.stream().wireName());
            w.put("Delay", o.time() - lastTime);
            lastTime = o.time();
            writes.add(w);
        }
    }

    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }

    /** The writes as the Go playground's {@code /compile} lists them: {@code {Message, Kind, Delay}}. */
    public List<Map<String, Object>> playgroundEvents() {
        return List.copyOf(writes);
    }
}

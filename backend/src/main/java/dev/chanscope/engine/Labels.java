package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source labels a run has named. A label gets a small id the first time it is used, and a
 * {@code LabelDefine} event then tells its text and the line of Go source it stands for (the
 * program's line map); later events carry only the id. Id 0 is "no label". The map is only looked
 * up, never iterated, so its order cannot leak into a run.
 */
final class Labels {

    private final Sim sim;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private Program program = go -> {};

    Labels(Sim sim) {
        this.sim = sim;
        texts.add(null);
    }

    /** The program whose {@link Program#sourceLine} places labels in its Go source. */
    void lines(Program program) {
        this.program = program;
    }

    /** The id of {@code text} (0 for null), defining it on the wire the first time. */
    int id(String text) {
        if (text == null) {
            return 0;
        }
        Integer known = ids.get(text);
        if (known != null) {
            return known;
        }
        int fresh = texts.size();
        ids.put(text, fresh);
        texts.add(text);
        sim.emit(new Event.LabelDefine(sim.seq(), sim.now(), fresh, program.sourceLine(text), text));
        return fresh;
    }

    /** The text of a label id, or null for 0 and unknown ids. */
    String text(int label) {
        return label <= 0 || label >= texts.size() ? null : texts.get(label);
    }
}

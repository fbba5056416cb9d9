package dev.chanscope.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where in a program's Go source each of its operations is: the 1-based line a source label stands
 * for, or 0 when unknown. The wire carries a label's line with its text ({@code label-define}), and
 * the browser highlights that line while a goroutine is on the operation.
 *
 * <p>A source says its map explicitly. The built-in scenarios label each operation with the text of
 * the Go line it models, so theirs is {@link #byText}; an interpreted program knows the position of
 * every node and will map its labels directly.
 */
@FunctionalInterface
public interface LineMap {

    /** No line is known for any label. */
    LineMap NONE = label -> 0;

    int lineOf(String label);

    /**
     * Labels that are Go code: a label names the first line whose trimmed text starts with it, or
     * failing that the first line containing it (the browser applies the same rule). The source is
     * split once and each label searched once; safe for concurrent use.
     */
    static LineMap byText(String source) {
        String[] lines = source.split("\n", -1);
        Map<String, Integer> found = new ConcurrentHashMap<>();
        return label -> {
            Integer line = found.get(label);
            if (line == null) {
                line = search(lines, label);
                if (found.size() < MAX_REMEMBERED_LABELS) {
                    found.put(label, line);
                }
            }
            return line;
        };
    }

    /** Labels remembered per map: a program names a few, the bound only guards against a runaway. */
    int MAX_REMEMBERED_LABELS = 1024;

    /** The {@link #byText} rule for one lookup. */
    static int search(String[] lines, String label) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(label)) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(label)) {
                return i + 1;
            }
        }
        return 0;
    }
}

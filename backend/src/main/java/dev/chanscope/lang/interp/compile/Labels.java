package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.syntax.SourceFile;
import java.util.HashMap;
import java.util.Map;

/**
 * Engine labels for the program's source lines. An operation's label is the text of its line (what
 * diagnostics quote: "blocked on send to channel results at `results <- r`"); when two lines read
 * the same, the later ones say which line they are, so every label names exactly one line.
 */
final class Labels {

    private final SourceFile file;
    private final String[] byLine;
    private final Map<String, Integer> lineOf = new HashMap<>();

    Labels(SourceFile file) {
        this.file = file;
        this.byLine = new String[file.lineCount() + 1];
        for (int line = 1; line <= file.lineCount(); line++) {
            int start = file.lineStart(line);
            int end = line < file.lineCount() ? file.lineStart(line + 1) : file.size();
            String text = file.text(start, end).strip();
            if (text.isEmpty()) {
                text = "line " + line;
            }
            if (lineOf.containsKey(text)) {
                text = text + " (line " + line + ")";
            }
            byLine[line] = text;
            lineOf.put(text, line);
        }
    }

    /** The label of the line holding {@code pos} (null for a position outside the program). */
    String at(int pos) {
        if (pos < 0 || pos > file.size()) {
            return null;
        }
        return byLine[file.line(pos)];
    }

    int lineAt(int pos) {
        return pos < 0 || pos > file.size() ? 0 : file.line(pos);
    }

    /** The line a label stands for, or 0. */
    int line(String label) {
        Integer l = lineOf.get(label);
        return l == null ? 0 : l;
    }
}

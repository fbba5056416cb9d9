package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Elastic tabstops as Go's text/tabwriter computes them, in the configuration gofmt uses (minimum
 * cell width 0, tab width 8, padding 1, spaces for alignment, tabs for leading empty cells,
 * empty columns discarded).
 *
 * <p>Text is cut into cells by tabs ({@code \t}, {@code \v}); a column is a run of consecutive lines
 * with a cell at that index, and all cells of a column are padded to the widest (in runes) plus the
 * padding. A formfeed ends the column block, a line with one cell too. Text between two {@link
 * #ESCAPE} bytes is one unit whose width excludes the escapes (they are removed later by the
 * {@link Trimmer}).
 */
final class TabWriter {

    static final byte ESCAPE = (byte) 0xFF;

    private static final int TABWIDTH = 8;
    private static final int PADDING = 1;

    private static final class Cell {
        int size;
        int width;
        boolean htab;
    }

    private final ByteBuf out = new ByteBuf();
    private final ByteBuf buf = new ByteBuf();
    private int pos;
    private Cell cell = new Cell();
    private boolean inEscape;
    private final List<List<Cell>> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    private TabWriter() {
        reset();
    }

    /** Aligns {@code text} (the printer's output) and returns the result. */
    static byte[] format(byte[] text, int length) {
        TabWriter w = new TabWriter();
        w.write(text, length);
        w.flush();
        return w.out.toArray();
    }

    private void reset() {
        buf.truncate(0);
        pos = 0;
        cell = new Cell();
        inEscape = false;
        lines.clear();
        widths.clear();
        lines.add(new ArrayList<>());
    }

    private void write(byte[] text, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            byte ch = text[i];
            if (!inEscape) {
                switch (ch) {
                    case '\t', 0x0B, '\n', '\f' -> {
                        append(text, n, i);
                        updateWidth();
                        n = i + 1;
                        int ncells = terminateCell(ch == '\t');
                        if (ch == '\n' || ch == '\f') {
                            lines.add(new ArrayList<>());
                            if (ch == '\f' || ncells == 1) {
                                flushLines();
                            }
                        }
                    }
                    case ESCAPE -> {
                        append(text, n, i);
                        updateWidth();
                        n = i;
                        inEscape = true;
                    }
                    default -> {}
                }
            } else if (ch == ESCAPE) {
                append(text, n, i + 1);
                n = i + 1;
                endEscape();
            }
        }
        append(text, n, length);
    }

    private void flush() {
        flushLines();
    }

    private void flushLines() {
        if (cell.size > 0) {
            if (inEscape) {
                endEscape();
            }
            terminateCell(false);
        }
        format(0, 0, lines.size());
        reset();
    }

    private void append(byte[] text, int from, int to) {
        buf.add(text, from, to);
        cell.size += to - from;
    }

    /** Adds the runes written since the last update to the current cell's width. */
    private void updateWidth() {
        for (int i = pos; i < buf.size(); i++) {
            if ((buf.get(i) & 0xC0) != 0x80) {
                cell.width++;
            }
        }
        pos = buf.size();
    }

    private void endEscape() {
        updateWidth();
        cell.width -= 2; // the escapes take no room
        pos = buf.size();
        inEscape = false;
    }

    private int terminateCell(boolean htab) {
        cell.htab = htab;
        List<Cell> line = lines.getLast();
        line.add(cell);
        cell = new Cell();
        return line.size();
    }

    private int format(int pos0, int line0, int line1) {
        int p = pos0;
        int column = widths.size();
        for (int at = line0; at < line1; at++) {
            List<Cell> line = lines.get(at);
            if (column >= line.size() - 1) {
                continue;
            }
            // A block of consecutive lines with a cell in this column starts here.
            p = writeLines(p, line0, at);
            line0 = at;
            int width = 0;
            boolean discardable = true;
            for (; at < line1; at++) {
                line = lines.get(at);
                if (column >= line.size() - 1) {
                    break;
                }
                Cell c = line.get(column);
                width = Math.max(width, c.width + PADDING);
                if (c.width > 0 || c.htab) {
                    discardable = false;
                }
            }
            if (discardable) {
                width = 0;
            }
            widths.add(width);
            p = format(p, line0, at);
            widths.removeLast();
            line0 = at;
        }
        return writeLines(p, line0, line1);
    }

    private int writeLines(int pos0, int line0, int line1) {
        int p = pos0;
        for (int i = line0; i < line1; i++) {
            List<Cell> line = lines.get(i);
            boolean useTabs = true;
            for (int j = 0; j < line.size(); j++) {
                Cell c = line.get(j);
                if (c.size == 0) {
                    if (j < widths.size()) {
                        writePadding(c.width, widths.get(j), useTabs);
                    }
                } else {
                    useTabs = false;
                    out.add(buf.array(), p, p + c.size);
                    p += c.size;
                    if (j < widths.size()) {
                        writePadding(c.width, widths.get(j), false);
                    }
                }
            }
            if (i + 1 == lines.size()) {
                out.add(buf.array(), p, p + cell.size);
                p += cell.size;
            } else {
                out.add((byte) '\n');
            }
        }
        return p;
    }

    private void writePadding(int textw, int cellw, boolean useTabs) {
        if (useTabs) {
            cellw = (cellw + TABWIDTH - 1) / TABWIDTH * TABWIDTH;
            int n = cellw - textw;
            for (int k = (n + TABWIDTH - 1) / TABWIDTH; k > 0; k--) {
                out.add((byte) '\t');
            }
            return;
        }
        for (int k = cellw - textw; k > 0; k--) {
            out.add((byte) ' ');
        }
    }
}

package dev.chanscope.lang.syntax;

import java.util.Arrays;

/**
 * Line starts of a file as go/token keeps them for printing: a newline at the very end does not
 * start a line, and lines can be merged ({@link #mergeLine}), which is how sorting imports removes
 * the line of a duplicate or a blank line before {@code )}.
 */
final class LineTable {

    private int[] starts;
    private int count;

    LineTable(SourceFile file) {
        byte[] b = file.raw();
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    int lineCount() {
        return count;
    }

    /** The 1-based line of {@code offset}; 0 for NO_POS. */
    int line(int offset) {
        if (offset < 0) {
            return 0;
        }
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int column(int offset) {
        return offset < 0 ? 0 : offset - starts[line(offset) - 1] + 1;
    }

    int lineStart(int line) {
        return starts[line - 1];
    }

    /** Joins {@code line} and the line after it. */
    void mergeLine(int line) {
        if (line < 1 || line >= count) {
            throw new IllegalArgumentException("cannot merge line " + line + " of " + count);
        }
        System.arraycopy(starts, line + 1, starts, line, count - line - 1);
        count--;
    }
}

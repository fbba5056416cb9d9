package dev.chanscope.engine;

import java.util.Arrays;

/**
 * A memory location the race detector watches: a {@link SharedVar}'s value, or a variable, field or
 * map of an interpreted program ({@link Go#access}). It keeps the last write's goroutine, epoch and
 * label, and the reads since it (FastTrack's read set), which is all the detector needs.
 */
public final class RaceCell {

    final String name;

    int writer;
    int writeEpoch;
    int writeLabel;
    int[] readers = new int[2];
    int[] readEpochs = new int[2];
    int[] readLabels = new int[2];
    int readCount;

    /** Pairs of labels already reported for this location (membership only, never iterated). */
    final java.util.Set<Long> reported = new java.util.HashSet<>();

    public RaceCell(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    void recordRead(int g, int epoch, int label) {
        for (int i = 0; i < readCount; i++) {
            if (readers[i] == g) {
                readEpochs[i] = epoch;
                readLabels[i] = label;
                return;
            }
        }
        if (readCount == readers.length) {
            readers = Arrays.copyOf(readers, readCount * 2);
            readEpochs = Arrays.copyOf(readEpochs, readCount * 2);
            readLabels = Arrays.copyOf(readLabels, readCount * 2);
        }
        readers[readCount] = g;
        readEpochs[readCount] = epoch;
        readLabels[readCount] = label;
        readCount++;
    }

    void recordWrite(int g, int epoch, int label) {
        writer = g;
        writeEpoch = epoch;
        writeLabel = label;
        readCount = 0;
    }
}

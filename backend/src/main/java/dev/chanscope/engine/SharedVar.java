package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.Arrays;

/**
 * A plain variable shared between goroutines, with no synchronisation of its own: every read and write
 * is a scheduling point and is checked by the race detector. {@code v := x; x = v + 1} from two
 * goroutines loses updates under some schedules, exactly as in Go.
 */
public final class SharedVar extends SyncObject {

    private long value;

    // Race-detector state: the last write's goroutine, epoch and label, and reads since it.
    int writer;
    int writeEpoch;
    int writeLabel;
    int[] readers = new int[2];
    int[] readEpochs = new int[2];
    int[] readLabels = new int[2];
    int readCount;

    SharedVar(Sim sim, String name, long initial, int label) {
        super(sim, ObjKind.VARIABLE, name, initial, 0, label);
        this.value = initial;
        sim.detectors.races.activate();
    }

    public long get(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors.races.read(g, this, l);
        sim.emit(new Event.VarAccess(sim.seq(), sim.now, g.id, id, false, value, l));
        return value;
    }

    public void set(long v, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors.races.write(g, this, l);
        value = v;
        sim.emit(new Event.VarAccess(sim.seq(), sim.now, g.id, id, true, value, l));
    }

    /** The value, read without a scheduling point or race check (for assertions after a run). */
    public long peek() {
        return value;
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

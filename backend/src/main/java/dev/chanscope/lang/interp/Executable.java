package dev.chanscope.lang.interp;

import dev.chanscope.engine.Program;
import dev.chanscope.lang.interp.exec.Frame;
import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.Goroutines;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Machine;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A compiled Go program: immutable, so one compilation serves any number of runs. Each run gets a
 * {@link Machine} of its own (package variables, output, counters) and an engine {@link Program}
 * whose main goroutine initializes the packages and runs main.main.
 */
public final class Executable {

    private final List<FuncCode> inits;
    private final FuncCode main;
    private final RType[] globals;
    private final ToIntFunction<String> lines;
    /** The index of os.Args among the globals, or -1 when the program does not use package os. */
    private final int osArgs;

    public Executable(List<FuncCode> inits, FuncCode main, RType[] globals, int osArgs, ToIntFunction<String> lines) {
        this.inits = List.copyOf(inits);
        this.main = main;
        this.globals = globals.clone();
        this.osArgs = osArgs;
        this.lines = lines;
    }

    /** The source line a label of this program stands for (0 when none). */
    public int lineOf(String label) {
        return lines.applyAsInt(label);
    }

    /** The engine program for one run writing to {@code m}. */
    public Program program(Machine m) {
        return new Program() {
            @Override
            public void main(dev.chanscope.engine.Go go) {
                m.go = go;
                go.onEnding((how, why) -> dev.chanscope.lang.interp.exec.RunEnding.write(m, how, why));
                m.globals = new Object[globals.length];
                for (int i = 0; i < globals.length; i++) {
                    RType t = globals[i];
                    m.globals[i] = t.kind().isAggregate() ? Values.zero(t) : Cell.of(t);
                }
                GState g = new GState(m, "main");
                m.main = g;
                m.goroutines++;
                Goroutines.body(g, () -> runMain(g));
            }

            @Override
            public int sourceLine(String label) {
                return lines.applyAsInt(label);
            }
        };
    }

    private void runMain(GState g) {
        for (FuncCode init : inits) {
            init.run(new Frame(init, g));
        }
        if (osArgs >= 0) {
            // The program's name, as the Go playground runs it; no other arguments.
            Object[] args = {"/tmp/sandbox/prog"};
            ((Cell) g.m.globals[osArgs]).o = new dev.chanscope.lang.interp.rt.Slice(args, 0, 1, 1);
        }
        try {
            main.run(new Frame(main, g));
        } catch (dev.chanscope.lang.interp.rt.PanicException p) {
            if (!p.goexit) {
                throw p;
            }
            // runtime.Goexit in main: the program goes on until the other goroutines are done or
            // blocked, then Go reports "no goroutines" (or a deadlock).
            g.m.mainGoexited = true;
            g.m.goroutines--;
            g.waitReason = "goexit";
            g.m.nilChan().recv(null);
        }
    }
}

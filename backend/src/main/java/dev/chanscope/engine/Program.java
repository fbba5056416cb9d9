package dev.chanscope.engine;

import java.util.function.ToIntFunction;

/** A Go-style program written against the engine: its {@code main} runs as goroutine 1. */
@FunctionalInterface
public interface Program {

    void main(Go go);

    /**
     * The 1-based line of the modelled Go source a label stands for, or 0 when unknown. Known lines
     * let the wire carry a label as a small number instead of its text.
     */
    default int sourceLine(String label) {
        return 0;
    }

    /** This program, with {@code lines} telling which source line each label stands for. */
    static Program withSourceLines(Program program, ToIntFunction<String> lines) {
        return new Program() {
            @Override
            public void main(Go go) {
                program.main(go);
            }

            @Override
            public int sourceLine(String label) {
                return lines.applyAsInt(label);
            }
        };
    }
}

package dev.chanscope.lang;

import dev.chanscope.engine.RunResult;
import java.nio.charset.StandardCharsets;

/**
 * What a run of a Go program amounts to: the bytes it wrote to stdout and stderr (crash reports
 * included, as Go writes them), its exit code, and the engine's result (outcome, findings, events).
 */
public record GoResult(byte[] stdoutBytes, byte[] stderrBytes, int exitCode, RunResult engine) {

    public String stdout() {
        return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    public String stderr() {
        return new String(stderrBytes, StandardCharsets.UTF_8);
    }
}

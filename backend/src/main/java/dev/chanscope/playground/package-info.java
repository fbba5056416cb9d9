/**
 * Runs of Go source a user typed: {@link dev.chanscope.playground.GoSourceResolver} turns a request's
 * {@code source} and {@code goVersion} into a {@link dev.chanscope.run.RunSource} (or compile errors
 * with their line and column), and {@link dev.chanscope.playground.PlaygroundOutput} reads a run's
 * output events back as the Go playground reports them. Plain Java.
 */
package dev.chanscope.playground;

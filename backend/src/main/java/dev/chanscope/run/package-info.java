/**
 * Where a run comes from: a {@link dev.chanscope.run.RunSource} (id, title, the program, its Go source,
 * the map from labels to lines) and how to run it ({@link dev.chanscope.run.PreparedRun}: parameter
 * values and the engine's configuration). {@link dev.chanscope.run.RunRequestParser} reads a run
 * request's shared fields and hands the fields that name the source to the {@link
 * dev.chanscope.run.SourceResolver} of their kind: the scenario library today, Go source typed by a
 * user next. Plain Java: no Spring, no JSON library.
 */
package dev.chanscope.run;

/**
 * The deterministic concurrency engine: goroutines as JDK continuations scheduled one at a time by a
 * seeded scheduler under virtual time, with Go's channels, select, sync, context, timers and errgroup,
 * and the detectors (deadlock, leak, race, lock order, panic, limit). Pure Java: no Spring, no I/O, no
 * clock except the host-supplied wall-time budget.
 */
package dev.chanscope.engine;

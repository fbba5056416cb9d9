/**
 * Scenarios: the built-in programs written against the engine, their parameters and validation, the
 * catalog that lists them, and {@link dev.chanscope.scenario.ScenarioResolver}, which makes a run
 * source of a scenario at given parameter values. The library itself is {@code scenario.library},
 * which depends on this package and never the other way. No Spring here; the streaming layer exposes
 * the catalog.
 */
package dev.chanscope.scenario;

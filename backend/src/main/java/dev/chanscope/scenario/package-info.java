/**
 * Scenarios: the built-in programs written against the engine, their parameters and validation, and
 * the catalog that lists them. No Spring here; the streaming layer exposes the catalog.
 */
package dev.chanscope.scenario;

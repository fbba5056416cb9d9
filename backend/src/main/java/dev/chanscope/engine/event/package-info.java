/**
 * The events a run emits: a sealed family of small records, plus the enums they carry. This package
 * is the engine's whole output vocabulary; encoders (wire, JSON, Chrome trace) live elsewhere.
 */
package dev.chanscope.engine.event;

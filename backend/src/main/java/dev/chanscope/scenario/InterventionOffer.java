package dev.chanscope.scenario;

import dev.chanscope.engine.event.InterventionKind;

/**
 * An action a scenario offers as a button: e.g. "Send SIGTERM" = cancel the context named
 * {@code shutdown}.
 */
public record InterventionOffer(InterventionKind kind, String target, String title, String description) {}

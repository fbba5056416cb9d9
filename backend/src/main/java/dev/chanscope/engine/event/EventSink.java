package dev.chanscope.engine.event;

/** Receives a run's events in order. Observers never influence the run. */
@FunctionalInterface
public interface EventSink {

    void accept(Event event);

    EventSink NONE = event -> {};
}

package dev.chanscope.scenario;

import dev.chanscope.engine.event.WireEnum;

/** The kinds of scenario parameter. Durations are virtual nanoseconds. */
public enum ParamType implements WireEnum {
    INT,
    BOOL,
    DURATION,
    ENUM
}

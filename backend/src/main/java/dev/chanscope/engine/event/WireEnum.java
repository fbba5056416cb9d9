package dev.chanscope.engine.event;

import java.util.Locale;

/** Enums carried in events: their wire name is the lower-case, hyphenated constant name. */
public interface WireEnum {

    String name();

    default String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

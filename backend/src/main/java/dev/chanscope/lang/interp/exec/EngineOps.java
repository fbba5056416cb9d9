package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.GoPanic;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Types;

/**
 * Panics raised inside engine operations become Go panic values: the channel errors are runtime
 * errors ("send on closed channel"), sync's are plain strings ("sync: negative WaitGroup counter"),
 * as Go's own implementations raise them.
 */
public final class EngineOps {

    private EngineOps() {}

    public static PanicException convert(GoPanic e) {
        if (e instanceof PanicException p) {
            return p;
        }
        String message = String.valueOf(e.value());
        PanicException p = switch (message) {
            case "send on closed channel", "close of closed channel", "close of nil channel" -> Panics.plain(message);
            default -> new PanicException(new Iface(Types.STRING, message));
        };
        p.announced = true;
        return p;
    }
}

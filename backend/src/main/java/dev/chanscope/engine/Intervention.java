package dev.chanscope.engine;

import dev.chanscope.engine.event.InterventionKind;
import java.util.Objects;

/**
 * An external action applied to a run at a point: after event {@code afterSeq} has been emitted, or
 * once virtual time reaches {@code atTime} (exactly one of the two is set; the other is -1).
 *
 * <p>{@code target} names what the action applies to: a context or channel name, a goroutine's name
 * or its id written {@code #7}. Every event up to the point is identical to the run without the
 * intervention, because the action is applied between scheduler steps and draws nothing from the
 * seeded source before it.
 */
public record Intervention(InterventionKind kind, String target, long afterSeq, long atTime) {

    public Intervention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if ((afterSeq < 0) == (atTime < 0)) {
            throw new IllegalArgumentException("an intervention needs exactly one of afterSeq and atTime");
        }
    }

    public static Intervention afterSeq(InterventionKind kind, String target, long seq) {
        return new Intervention(kind, target, seq, -1);
    }

    public static Intervention atTime(InterventionKind kind, String target, long nanos) {
        return new Intervention(kind, target, -1, nanos);
    }

    boolean isDue(long emitted, long now) {
        return afterSeq >= 0 ? emitted > afterSeq : now >= atTime;
    }
}

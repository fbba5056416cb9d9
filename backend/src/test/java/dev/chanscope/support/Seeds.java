package dev.chanscope.support;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Where property tests get their cases. A property draws each case from one {@code long} case seed;
 * in {@code ./mvnw verify} the case seeds are the fixed {@code 1..}{@value #FIXED}, so every build
 * checks exactly the same cases and is green or red for a reason, never by the luck of a draw. {@link
 * PropertyExplorer} ({@code -Pexplore}) binds {@link #FRESH} to draw new seeds for as long as it is
 * asked to, and prints each failing case as an example test, which is how a new case joins the fixed
 * ones.
 */
public final class Seeds {

    /** Cases per property in {@code verify}. */
    public static final int FIXED = 100;

    /** Bound by {@link PropertyExplorer} while it asks a property for its cases: fresh case seeds. */
    static final ScopedValue<LongSupplier> FRESH = ScopedValue.newInstance();

    private Seeds() {}

    /**
     * A property's cases, for its {@code @MethodSource}: {@code draw} applied to case seeds 1..{@value
     * #FIXED}, or to fresh seeds without end while exploring.
     */
    public static <T> Stream<T> cases(LongFunction<T> draw) {
        if (FRESH.isBound()) {
            LongSupplier fresh = FRESH.get();
            return Stream.generate(() -> draw.apply(fresh.getAsLong()));
        }
        return LongStream.rangeClosed(1, FIXED).mapToObj(draw);
    }
}

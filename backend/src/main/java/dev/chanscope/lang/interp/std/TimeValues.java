package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Quote;
import dev.chanscope.lang.interp.rt.RType;
import java.math.BigInteger;

/** Durations, months, weekdays and the fields of a Time (always UTC, as on the Go playground). */
final class TimeValues {

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final long SECOND = 1_000_000_000L;
    /** Unix time of Go's zero Time (January 1, year 1), in seconds; Truncate and Round count from it. */
    private static final BigInteger ZERO_TIME =
            BigInteger.valueOf(62_135_596_800L).multiply(BigInteger.valueOf(SECOND));

    private TimeValues() {}

    static void register(Natives.Registry r) {
        r.fn("(time.Duration).String", (g, a) -> DurationText.of(Args.i(a[0])));
        r.fn("(time.Duration).Round", (g, a) -> round(Args.i(a[0]), Args.i(a[1])));
        r.fn("(time.Month).String", (g, a) -> {
            long m = Args.i(a[0]);
            return m >= 1 && m <= 12 ? MONTHS[(int) m - 1] : "%!Month(" + m + ")";
        });
        r.fn("(time.Weekday).String", (g, a) -> {
            long d = Args.i(a[0]);
            return d >= 0 && d <= 6 ? DAYS[(int) d] : "%!Weekday(" + d + ")";
        });
        r.fn("(time.Time).Unix", (g, a) -> Math.floorDiv(TimeLib.nanos(a[0]), SECOND));
        r.fn("(time.Time).UnixNano", (g, a) -> TimeLib.nanos(a[0]));
        r.fn("(time.Time).UnixMilli", (g, a) -> Math.floorDiv(TimeLib.nanos(a[0]), 1_000_000L));
        r.fn("(time.Time).UnixMicro", (g, a) -> Math.floorDiv(TimeLib.nanos(a[0]), 1_000L));
        r.fn("(time.Time).Nanosecond", (g, a) -> Math.floorMod(TimeLib.nanos(a[0]), SECOND));
        r.fn("(time.Time).Second", (g, a) -> Math.floorMod(Math.floorDiv(TimeLib.nanos(a[0]), SECOND), 60L));
        r.fn("(time.Time).Minute", (g, a) -> Math.floorMod(Math.floorDiv(TimeLib.nanos(a[0]), 60 * SECOND), 60L));
        r.fn("(time.Time).Hour", (g, a) -> Math.floorMod(Math.floorDiv(TimeLib.nanos(a[0]), 3600 * SECOND), 24L));
        r.factory("(time.Time).Truncate", site -> timeOp(site, false));
        r.factory("(time.Time).Round", site -> timeOp(site, true));
        r.factory(
                "time.Unix",
                site -> new Natives.Named(
                        "time.Unix", (g, a) -> TimeLib.time(site.results()[0], Args.i(a[0]) * SECOND + Args.i(a[1]))));
        r.factory(
                "time.UnixMilli",
                site -> new Natives.Named(
                        "time.UnixMilli", (g, a) -> TimeLib.time(site.results()[0], Args.i(a[0]) * 1_000_000L)));
        r.fn("time.ParseDuration", (g, a) -> ParseDuration.parse(Args.s(a[0])));
    }

    private static Natives.Named timeOp(Natives.Site site, boolean round) {
        RType t = site.results()[0];
        return new Natives.Named(round ? "Round" : "Truncate", (g, a) -> {
            long nanos = TimeLib.nanos(a[0]);
            long d = Args.i(a[1]);
            if (d <= 0) {
                return TimeLib.time(t, nanos);
            }
            long r = BigInteger.valueOf(nanos)
                    .add(ZERO_TIME)
                    .mod(BigInteger.valueOf(d))
                    .longValue();
            if (round && Long.compareUnsigned(r + r, d) >= 0) {
                return TimeLib.time(t, nanos - r + d);
            }
            return TimeLib.time(t, nanos - r);
        });
    }

    static long round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (Long.compareUnsigned(r + r, m) < 0) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(r + r, m) < 0) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    static String quote(String s) {
        return Quote.string(s, false);
    }
}

package dev.chanscope.lang;

import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.library.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measuring side of {@link ScenarioParityTest}: every scenario on seeds 1 to 3, Java program
 * against interpreted Go source, with what each costs (docs/BENCHMARKS.md, "Scenarios through the
 * interpreter"). Runs the whole library {@code rounds} times (default 5) and reports the fastest
 * round of each scenario, so the JIT has warmed up and a stray pause of the shared machine does not
 * count; agreement is reported for every round. Then the same comparison beyond the defaults
 * ({@link ScenarioVariants}), agreement only.
 */
public final class ScenarioParity {

    private ScenarioParity() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Scenario> all = Library.catalog().all();
        List<List<ScenarioComparison>> best = new ArrayList<>();
        int same = 0;
        int total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < all.size(); i++) {
                List<ScenarioComparison> seeds = new ArrayList<>();
                for (long seed = 1; seed <= ScenarioParityTest.SEEDS; seed++) {
                    ScenarioComparison c = ScenarioComparison.of(all.get(i), seed);
                    seeds.add(c);
                    total++;
                    if (c.same()) {
                        same++;
                    } else {
                        System.out.println(c.diff());
                    }
                }
                if (round == 0) {
                    best.add(seeds);
                } else if (cpu(seeds, false) + cpu(seeds, true) < cpu(best.get(i), false) + cpu(best.get(i), true)) {
                    best.set(i, seeds);
                }
            }
        }
        System.out.printf(
                "%-22s %9s %8s %11s | %9s %8s %11s %8s | %6s %7s%n",
                "scenario (3 seeds)",
                "events",
                "cpu ms",
                "events/s",
                "events",
                "cpu ms",
                "events/s",
                "wall ms",
                "cpu x",
                "compile");
        long[] sums = new long[4];
        for (List<ScenarioComparison> seeds : best) {
            ScenarioComparison first = seeds.get(0);
            long je = events(seeds, false);
            long ge = events(seeds, true);
            long jc = cpu(seeds, false);
            long gc = cpu(seeds, true);
            long gw = seeds.stream()
                    .mapToLong(c -> c.go() == null ? 0 : c.go().wallNanos())
                    .sum();
            long compile = first.compileNanos();
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %9d %8.1f %11s | %9d %8.1f %11s %8.1f | %6.1f %5.1fms%n",
                    first.scenario(),
                    je,
                    jc / 1e6,
                    rate(je, jc),
                    ge,
                    gc / 1e6,
                    rate(ge, gc),
                    gw / 1e6,
                    jc == 0 ? 0.0 : (double) gc / jc,
                    compile / 1e6);
            sums[0] += je;
            sums[1] += jc;
            sums[2] += ge;
            sums[3] += gc;
        }
        System.out.printf(
                Locale.ROOT,
                "%-22s %9d %8.1f %11s | %9d %8.1f %11s %8s | %6.1f%n",
                "all",
                sums[0],
                sums[1] / 1e6,
                rate(sums[0], sums[1]),
                sums[2],
                sums[3] / 1e6,
                rate(sums[2], sums[3]),
                "",
                (double) sums[3] / sums[1]);
        System.out.println("same: " + same + " of " + total + " (scenario x seed x round)");
        long whole = best.stream()
                .flatMap(List::stream)
                .filter(c -> c.go() != null && c.java().output().equals(c.go().output()))
                .count();
        System.out.println("whole output the same (every line, not only = lines): " + whole + " of "
                + all.size() * ScenarioParityTest.SEEDS);
        variants(all);
    }

    /** Parity beyond the defaults (see {@link ScenarioVariants}): counts, and each difference's first line. */
    private static void variants(List<Scenario> all) {
        int same = 0;
        int total = 0;
        for (Scenario s : all) {
            for (ScenarioComparison c : ScenarioVariants.compare(s)) {
                total++;
                if (c.same()) {
                    same++;
                } else {
                    String d = c.diff();
                    System.out.println(
                            "variant differs: " + d.replace('\n', ' ').substring(0, Math.min(240, d.length())));
                }
            }
        }
        System.out.println("variants the same: " + same + " of " + total + " (scenario x variant x seed)");
    }

    private static long events(List<ScenarioComparison> seeds, boolean go) {
        return seeds.stream()
                .mapToLong(c ->
                        go ? (c.go() == null ? 0 : c.go().events()) : c.java().events())
                .sum();
    }

    private static long cpu(List<ScenarioComparison> seeds, boolean go) {
        return seeds.stream()
                .mapToLong(c ->
                        go ? (c.go() == null ? 0 : c.go().cpuNanos()) : c.java().cpuNanos())
                .sum();
    }

    private static String rate(long events, long nanos) {
        return nanos == 0 ? "-" : String.format(Locale.ROOT, "%,d", Math.round(events * 1e9 / nanos));
    }
}

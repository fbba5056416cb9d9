package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunResult;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.wire.StreamDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Pins the digest of runs of every library scenario: each at its defaults for seeds 1 to 3, each
 * offered intervention after event 30, and the fixed property cases (any parameters, seed and
 * GOMAXPROCS). A digest covers every byte of the encoded stream, so any change to scheduling, random
 * draws, events or their encoding shows up here. A digest may only change with the protocol's
 * version (docs/protocol.md); regenerate with {@code -Dgolden.update=true} and say why in the commit.
 */
class LibraryDigestsTest {

    private static final Path FILE = Path.of("src/test/resources/golden/library-digests.txt");

    @Test
    void everyRunKeepsItsDigest() throws IOException {
        String actual = String.join("\n", lines()) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(FILE, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
            assertThat(got.get(i)).as("line %d of %s", i + 1, FILE).isEqualTo(expected.get(i));
        }
        assertThat(got).hasSameSizeAs(expected);
    }

    private static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Scenario s : RunCases.CATALOG.all()) {
            for (long seed = 1; seed <= 3; seed++) {
                out.add(line(s.id() + " seed=" + seed, Map.of("scenario", s.id(), "seed", seed), List.of()));
            }
            for (InterventionOffer offer : s.interventions()) {
                Intervention iv = Intervention.afterSeq(offer.kind(), offer.target(), 30);
                out.add(line(
                        s.id() + " seed=1 " + offer.kind().wireName() + " " + offer.target() + "@30",
                        Map.of("scenario", s.id()),
                        List.of(iv)));
            }
        }
        LongStream.rangeClosed(1, 100)
                .mapToObj(RunCases::draw)
                .forEach(c -> out.add(line("case " + c, c.request(), List.of())));
        return out;
    }

    private static String line(String name, Map<String, Object> request, List<Intervention> interventions) {
        PreparedRun run =
                new RunRequestParser(RunCases.SMALL, new ScenarioResolver(RunCases.CATALOG)).parse(request, "");
        if (!interventions.isEmpty()) {
            run = run.withConfig(run.config().withInterventions(interventions));
        }
        StreamDigest digest = new StreamDigest();
        RunResult r = Engine.run(run.program(), run.config(), digest);
        return name + " events=" + r.events() + " draws=" + r.randomDraws() + " " + digest.hex();
    }
}

package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the exact event stream of small programs. A change in scheduling or events shows up as a
 * readable diff; if it is intended, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenTraceTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"ping-pong", "kitchen-sink"})
    void theTraceMatchesItsGoldenFile(String name) throws IOException {
        var t = Runs.run(SamplePrograms.all().get(name), 42);
        String actual = t.events().stream().map(Event::toString).collect(Collectors.joining("\n", "", "\n"));
        Path file = DIR.resolve(name + "-seed42.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file missing: run with -Dgolden.update=true to create it")
                .exists();
        assertThat(actual)
                .as(t.why() + "; golden file " + file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

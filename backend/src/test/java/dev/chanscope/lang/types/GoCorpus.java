package dev.chanscope.lang.types;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Go programs under src/test/resources/dev/chanscope/lang/types/{errors,valid} (see record.sh there). */
final class GoCorpus {

    static final Path ROOT = Path.of("src/test/resources/dev/chanscope/lang/types");

    private GoCorpus() {}

    static List<String> names(String dir) {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".go"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String dir, String file) {
        try {
            return Files.readString(ROOT.resolve(dir).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

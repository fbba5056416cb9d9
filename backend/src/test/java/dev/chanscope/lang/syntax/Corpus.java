package dev.chanscope.lang.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a test resource folder of this package, by extension, sorted by name. */
final class Corpus {

    private Corpus() {}

    static Path folder(String name) {
        try {
            return Path.of(Corpus.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String folder, String extension) {
        try (Stream<Path> s = Files.list(folder(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static Path sibling(Path p, String extension) {
        return p.resolveSibling(name(p) + extension);
    }
}

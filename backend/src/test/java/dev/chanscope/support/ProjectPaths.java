package dev.chanscope.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locations in the source tree, for tests that read the Dockerfile or write screenshots into docs/.
 */
public final class ProjectPaths {

    private ProjectPaths() {}

    /**
     * The repository root: the nearest directory, from the working directory upwards, that holds
     * {@code mvnw} and a {@code backend} module. Surefire runs with the working directory set to
     * {@code backend/}, so this is normally its parent.
     */
    public static Path repositoryRoot() {
        Path start = Paths.get("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("backend"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Chanscope repository root (mvnw + backend/) above " + start);
    }

    /** {@code docs/screenshots/}, created if it is not there yet: where the browser tests save pictures. */
    public static Path screenshots() {
        Path screenshots = repositoryRoot().resolve("docs/screenshots");
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return screenshots;
    }
}

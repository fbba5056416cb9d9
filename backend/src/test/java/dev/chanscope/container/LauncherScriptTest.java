package dev.chanscope.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.ProjectPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/chanscope}, the documented way to run the jar (and the container's entry point): it finds
 * Java 25 where {@code ./mvnw} would, even with an older java first on the PATH, and says what to
 * install when there is none instead of failing with {@code UnsupportedClassVersionError}.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;

    /** A Java home that claims {@code version} and whose java only fails, as an old one would. */
    private Path oldJava(String version) throws IOException {
        Path home = dir.resolve("java-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + ".0.2\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(
                java, "#!/bin/sh\necho 'java.lang.UnsupportedClassVersionError: old java was run' >&2\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** A jar whose main prints the Java it runs on, its arguments and a system property. */
    private Path versionJar() throws IOException {
        Path src = dir.resolve("src/Main.java");
        Files.createDirectories(src.getParent());
        Files.writeString(
                src,
                "public class Main { public static void main(String[] a) { System.out.println(\"java \""
                        + " + Runtime.version().feature() + \" args \" + String.join(\" \", a) + \" opt \""
                        + " + System.getProperty(\"chanscope.test\")); } }");
        Path classes = dir.resolve("classes");
        int status =
                ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertThat(status).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        Path jar = dir.resolve("version.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new ZipEntry("Main.class"));
            j.write(Files.readAllBytes(classes.resolve("Main.class")));
            j.closeEntry();
        }
        return jar;
    }

    private record Ran(int status, String out, String err) {}

    /** Runs the launcher with exactly {@code env} (plus PATH), and the arguments given. */
    private Ran launch(Map<String, String> env, String... args) throws Exception {
        Path launcher = ProjectPaths.repositoryRoot().resolve("bin/chanscope");
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().clear();
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits").isTrue();
        return new Ran(
                p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void withOnlyAnOlderJavaTheLauncherSaysWhatToInstall() throws Exception {
        Path old = oldJava("17");
        Ran r = launch(Map.of(
                "JAVA_HOME",
                old.toString(),
                "PATH",
                old.resolve("bin") + ":/usr/bin:/bin",
                "CHANSCOPE_JAVA_SEARCH",
                dir.resolve("nothing-here") + "/*",
                "CHANSCOPE_JAR",
                versionJar().toString()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("Chanscope needs Java 25 or newer, but found Java 17 (" + old + ").")
                .contains("Install a Java 25 (for example Eclipse Temurin 25) or set JAVA_HOME to one, then run"
                        + " bin/chanscope again.")
                .doesNotContain("UnsupportedClassVersionError");
    }

    @Test
    void withAnOlderJavaFirstOnThePathTheLauncherRunsTheJarOnJava25() throws Exception {
        Path old = oldJava("17");
        Path java25 = Path.of(System.getProperty("java.home"));
        Ran r = launch(
                Map.of(
                        "PATH",
                        old.resolve("bin") + ":/usr/bin:/bin",
                        "CHANSCOPE_JAVA_SEARCH",
                        java25.toString(),
                        "CHANSCOPE_JAR",
                        versionJar().toString(),
                        "JAVA_OPTS",
                        "-Dchanscope.test=yes -Xmx64m"),
                "--server.port=9999",
                "two words");
        assertThat(r.err()).doesNotContain("UnsupportedClassVersionError");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().strip())
                .isEqualTo("java " + Runtime.version().feature() + " args --server.port=9999 two words opt yes");
    }

    @Test
    void withoutAJarTheLauncherSaysHowToBuildIt() throws Exception {
        Ran r = launch(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "PATH", "/usr/bin:/bin",
                "CHANSCOPE_JAR", dir.resolve("missing.jar").toString()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("no jar at " + dir.resolve("missing.jar"))
                .contains("./mvnw -B -DskipTests package");
    }

    @Test
    void theDockerfileStartsTheAppWithTheLauncher() throws Exception {
        List<String> lines = Files.readAllLines(ProjectPaths.repositoryRoot().resolve("Dockerfile"));
        assertThat(lines).contains("ENTRYPOINT [\"/app/bin/chanscope\"]");
    }
}

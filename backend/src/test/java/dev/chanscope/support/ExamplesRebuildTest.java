package dev.chanscope.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link PropertyExplorer} prints is ready to paste: for cases of every property, {@link
 * Example#java()} compiles in the property's package (seeing its class's nested types, as an example
 * test beside the property does) and builds a case equal to the one drawn.
 */
class ExamplesRebuildTest {

    /** Cases checked per property: enough to meet every branch of the writers (maps, lists, nulls). */
    private static final int CASES = 25;

    @Test
    void everyPropertysCasesAreRebuiltByTheJavaTheyPrint(@TempDir Path dir) throws Exception {
        List<Method> properties = PropertyMethods.all("");
        assertThat(properties).isNotEmpty();
        List<String> classes = new ArrayList<>();
        List<List<Object>> drawn = new ArrayList<>();
        for (Method property : properties) {
            List<Object> cases;
            try (Stream<?> stream =
                    (Stream<?>) PropertyMethods.factory(property).invoke(null)) {
                cases = stream.limit(CASES).map(c -> (Object) c).toList();
            }
            assertThat(cases).as(PropertyMethods.name(property)).allMatch(Example.class::isInstance);
            String pkg = property.getDeclaringClass().getPackageName();
            String simple = "Rebuilt" + classes.size();
            StringBuilder src = new StringBuilder("package " + pkg + ";\n")
                    .append("import ")
                    .append(property.getDeclaringClass().getCanonicalName())
                    .append(".*;\n")
                    .append("public class ")
                    .append(simple)
                    .append(" {\n  public static Object[] cases() {\n    return new Object[] {\n");
            for (Object c : cases) {
                src.append("      ").append(((Example) c).java()).append(",\n");
            }
            src.append("    };\n  }\n}\n");
            Path file = dir.resolve("src").resolve(pkg.replace('.', '/')).resolve(simple + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, src);
            classes.add(pkg + "." + simple);
            drawn.add(cases);
        }
        compile(dir);
        for (int i = 0; i < classes.size(); i++) {
            // Defined beside the property's class (same loader, same package), as a pasted example would be.
            Class<?> host = properties.get(i).getDeclaringClass();
            byte[] bytes = Files.readAllBytes(
                    dir.resolve("classes").resolve(classes.get(i).replace('.', '/') + ".class"));
            Class<?> rebuilder =
                    MethodHandles.privateLookupIn(host, MethodHandles.lookup()).defineClass(bytes);
            Object[] rebuilt = (Object[]) rebuilder.getMethod("cases").invoke(null);
            assertThat(rebuilt).as(PropertyMethods.name(properties.get(i))).containsExactlyElementsOf(drawn.get(i));
        }
    }

    private static void compile(Path dir) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "-d",
                dir.resolve("classes").toString(),
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-proc:none"));
        try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status).as("javac of the printed examples:%n%s", errors).isZero();
    }
}

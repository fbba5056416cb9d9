package dev.chanscope.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link PropertyTest} methods among the compiled test classes, and the factory each takes its
 * cases from: what {@link PropertyExplorer} explores.
 */
final class PropertyMethods {

    private PropertyMethods() {}

    /** Every property whose {@code Class.method} name contains {@code filter}, in a stable order. */
    static List<Method> all(String filter) {
        Path root;
        try {
            root = Path.of(PropertyMethods.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Method> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type;
                try {
                    type = Class.forName(
                            name.substring(0, name.length() - ".class".length()),
                            false,
                            PropertyMethods.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue; // not loadable here, so it holds no property that could run here either
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(PropertyTest.class)
                            && (type.getSimpleName() + "." + m.getName()).contains(filter)) {
                        m.setAccessible(true);
                        found.add(m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Method::toGenericString));
        return found;
    }

    /** The property's {@code @MethodSource} factory: one static method of its own class. */
    static Method factory(Method property) {
        MethodSource source = property.getAnnotation(MethodSource.class);
        if (source == null || source.value().length != 1 || source.value()[0].contains("#")) {
            throw new IllegalStateException(
                    property + ": a property names one factory of its own class in @MethodSource");
        }
        try {
            Method factory = property.getDeclaringClass().getDeclaredMethod(source.value()[0]);
            factory.setAccessible(true);
            return factory;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(property + ": no factory " + source.value()[0], e);
        }
    }

    /** {@code Class.method}, as reports name a property. */
    static String name(Method property) {
        return property.getDeclaringClass().getSimpleName() + "." + property.getName();
    }
}

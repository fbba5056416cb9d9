package dev.chanscope.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Explores fresh cases of every {@link PropertyTest} for as long as asked, taking the properties in
 * turn, and prints each failing case as an example test ready to paste next to its property. Not part
 * of {@code verify} (its name does not end in Test); the Maven profile {@code explore} runs it:
 *
 * <pre>
 *   ./mvnw -pl backend -am -Pexplore -Dexplore.minutes=10 test
 *   ./mvnw -pl backend -am -Pexplore -Dexplore.tries=5000 test      (cases per property)
 *   ... -Dexplore.seed=N   replays an exploration; -Dexplore.only=Resume  only properties whose class or name contain it
 * </pre>
 *
 * A property here is a method of a test class with a no-argument constructor and no per-test setup,
 * whose one parameter is its case and whose {@code @MethodSource} factory takes its cases from {@link
 * Seeds#cases}.
 */
class PropertyExplorer {

    /** Failing cases printed per property; the rest are counted. */
    private static final int EXAMPLES_PER_PROPERTY = 3;

    @Test
    void exploreFreshCases() throws Exception {
        Duration time =
                Duration.ofSeconds(Math.round(60 * Double.parseDouble(System.getProperty("explore.minutes", "0"))));
        long tries = Long.parseLong(System.getProperty("explore.tries", "0"));
        if (time.isZero() && tries == 0) {
            time = Duration.ofMinutes(1);
        }
        long seed = Long.getLong("explore.seed", new SecureRandom().nextLong());
        String only = System.getProperty("explore.only", "");
        List<Explored> properties = new ArrayList<>();
        for (Method m : PropertyMethods.all(only)) {
            properties.add(new Explored(
                    m, new SplittableRandom(seed ^ m.toGenericString().hashCode())));
        }
        assertThat(properties)
                .as("properties to explore (explore.only=%s)", only)
                .isNotEmpty();
        System.out.printf(
                "exploring %d properties for %s%s with -Dexplore.seed=%d%n",
                properties.size(),
                time.isZero() ? "" : time.toSeconds() + " s",
                tries == 0 ? "" : (time.isZero() ? "" : " or ") + tries + " cases each",
                seed);
        long deadline = time.isZero() ? Long.MAX_VALUE : System.nanoTime() + time.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (long round = 0; (tries == 0 || round < tries) && System.nanoTime() < deadline; round++) {
            for (Explored p : properties) {
                p.tryOne();
            }
            if (System.nanoTime() > nextReport) {
                nextReport += Duration.ofSeconds(30).toNanos();
                System.out.println(summary(properties));
            }
        }
        String summary = summary(properties);
        System.out.println(summary);
        assertThat(properties.stream().mapToLong(p -> p.failures).sum())
                .as("failing cases (each printed above as an example test):%n%s", summary)
                .isZero();
    }

    private static String summary(List<Explored> properties) {
        StringBuilder b = new StringBuilder("explored:");
        for (Explored p : properties) {
            b.append(String.format("%n  %-90s %8d cases, %d failing", p.name(), p.tried, p.failures));
        }
        return b.toString();
    }

    /** One property being explored: its fresh cases, and what they found. */
    private static final class Explored {
        final Method method;
        final Object instance;
        final Iterator<?> cases;
        long lastSeed;
        long tried;
        long failures;

        Explored(Method method, SplittableRandom seeds) throws ReflectiveOperationException {
            this.method = method;
            var constructor = method.getDeclaringClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            this.instance = constructor.newInstance();
            Method factory = PropertyMethods.factory(method);
            Stream<?> stream = ScopedValue.where(Seeds.FRESH, () -> lastSeed = seeds.nextLong() & Long.MAX_VALUE)
                    .call(() -> (Stream<?>) factory.invoke(null));
            this.cases = stream.iterator();
        }

        String name() {
            return PropertyMethods.name(method);
        }

        void tryOne() throws IllegalAccessException {
            Object c = cases.next();
            tried++;
            try {
                method.invoke(instance, c);
            } catch (InvocationTargetException failed) {
                if (++failures <= EXAMPLES_PER_PROPERTY) {
                    System.out.println(example(c, failed.getCause()));
                }
            }
        }

        private String example(Object c, Throwable failure) {
            String message = String.valueOf(failure.getMessage()).strip();
            String summary = clip(message.replaceAll("\\s+", " ").replace("*/", "* /"), 100);
            String java = c instanceof Example e ? e.java() : "/* " + c + " (not an Example) */";
            return String.format(
                    "%n---- %s fails for case seed %d: %s%n%s%n---- as an example test, next to the property in %s.java:%n%n"
                            + "    /** Found by exploring (case seed %d): %s */%n"
                            + "    @Test%n"
                            + "    void %sCase%d()%s {%n"
                            + "        %s(%s);%n"
                            + "    }%n",
                    name(),
                    lastSeed,
                    clip(String.valueOf(c), 200),
                    indent(message),
                    "backend/src/test/java/"
                            + method.getDeclaringClass().getName().replace('.', '/'),
                    lastSeed,
                    summary,
                    method.getName(),
                    lastSeed,
                    method.getExceptionTypes().length == 0 ? "" : " throws Exception",
                    method.getName(),
                    java);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static String indent(String text) {
        return text.lines()
                .limit(40)
                .map(l -> "  | " + l)
                .reduce((a, b) -> a + System.lineSeparator() + b)
                .orElse("");
    }
}

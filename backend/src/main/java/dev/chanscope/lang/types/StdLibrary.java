package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Parser;
import dev.chanscope.lang.syntax.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chanscope's std packages, declared in Go under {@code dev/chanscope/lang/std/<import path>.go}
 * (resources): functions without bodies are native (the interpreter binds them by {@link
 * Func#fullName()}), types with unexported fields are opaque. Each file is parsed and checked on
 * first import, with the std packages it imports, and shared afterwards by every check: nothing
 * in a checked std package changes later.
 */
public final class StdLibrary implements Importer {

    /** Every import path Chanscope provides. */
    public static final List<String> PATHS = List.of(
            "bufio",
            "bytes",
            "cmp",
            "container/heap",
            "container/list",
            "container/ring",
            "context",
            "errors",
            "flag",
            "fmt",
            "io",
            "io/fs",
            "maps",
            "math",
            "math/rand",
            "os",
            "runtime",
            "slices",
            "sort",
            "strconv",
            "strings",
            "sync",
            "sync/atomic",
            "time",
            "unicode",
            "unicode/utf8",
            "golang.org/x/sync/errgroup",
            "golang.org/x/sync/semaphore");

    private static final String ROOT = "/dev/chanscope/lang/std/";
    private static final StdLibrary SHARED = new StdLibrary();

    /** A checked std package with its declarations' syntax tree and side tables. */
    public record StdPackage(Package pkg, GoFile file, Info info) {}

    private final Map<String, StdPackage> loaded = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private final Map<String, Set<String>> realNames = new HashMap<>();

    public static StdLibrary shared() {
        return SHARED;
    }

    @Override
    public Package importPackage(String path) {
        StdPackage p = get(path);
        return p == null ? null : p.pkg();
    }

    /** The checked package for {@code path}, or null when Chanscope has none. */
    public synchronized StdPackage get(String path) {
        StdPackage p = loaded.get(path);
        if (p != null || !PATHS.contains(path)) {
            return p;
        }
        if (!loading.add(path)) {
            throw new IllegalStateException("std packages import each other in a cycle through " + path);
        }
        try {
            p = load(path);
            loaded.put(path, p);
            return p;
        } finally {
            loading.remove(path);
        }
    }

    private StdPackage load(String path) {
        String text = resource(ROOT + path + ".go");
        if (text == null) {
            throw new IllegalStateException("missing std declaration file " + path + ".go");
        }
        SourceFile file = SourceFile.of(path + ".go", text);
        ErrorList errors = new ErrorList(file);
        GoFile goFile = Parser.parse(file, errors);
        if (goFile == null || !errors.isEmpty()) {
            throw new IllegalStateException("std package " + path + " does not parse:\n" + errors.errors());
        }
        Package pkg = new Package(path, goFile.name().name());
        CheckResult r = Checker.check(goFile, errors, this, pkg, true);
        if (!r.errors().isEmpty()) {
            throw new IllegalStateException("std package " + path + " does not check:\n" + r.errorText());
        }
        return new StdPackage(pkg, goFile, r.info());
    }

    /**
     * For a name real Go's package has but Chanscope's lacks: the error to report instead of
     * "undefined". Null when real Go lacks it too.
     */
    synchronized String unsupportedName(Package p, String name) {
        Set<String> names = realNames.computeIfAbsent(p.path(), path -> {
            String text = resource(ROOT + path + ".names");
            Set<String> set = new HashSet<>();
            if (text != null) {
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        set.add(line.strip());
                    }
                }
            }
            return set;
        });
        if (names.contains(name)) {
            return p.name() + "." + name + " is not supported in Chanscope";
        }
        return null;
    }

    private static String resource(String name) {
        try (InputStream in = StdLibrary.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}

package dev.chanscope.scenario;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.run.LineMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the built-in scenarios: the catalog entry is data ({@link Info}); the Go source template is
 * the resource {@code scenarios/<id>.go} beside the classes, a real Go file with {@code {{…}}}
 * placeholders (see {@link GoSource}).
 */
public abstract class LibraryScenario implements Scenario {

    /** A scenario's catalog entry. */
    public record Info(
            String id,
            String title,
            String category,
            String summary,
            Notes notes,
            List<ParamSpec> params,
            List<InterventionOffer> interventions) {}

    /** The bool parameter every pitfall scenario has: false shows the bug, true the fix. */
    public static final ParamSpec FIX = ParamSpec.bool("fix", false, "Off: the buggy program. On: the idiomatic fix.");

    private final Info info;
    private final String template;

    /** Rendered sources by parameter values: every run start needs one, and most use the defaults. */
    private final Map<Map<String, Object>, Rendered> rendered = new ConcurrentHashMap<>();

    /** A rendered source and its label lookup, kept together so runs with the same values share both. */
    private record Rendered(String source, LineMap lines) {}

    private static final int MAX_RENDERED = 64;

    protected LibraryScenario(Info info) {
        this.info = info;
        this.template = load("/scenarios/" + info.id() + ".go");
    }

    private static String load(String resource) {
        try (InputStream in = LibraryScenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Go source " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return info.id();
    }

    @Override
    public String title() {
        return info.title();
    }

    @Override
    public String category() {
        return info.category();
    }

    @Override
    public String summary() {
        return info.summary();
    }

    @Override
    public List<ParamSpec> params() {
        return info.params();
    }

    @Override
    public Notes notes() {
        return info.notes();
    }

    @Override
    public List<InterventionOffer> interventions() {
        return info.interventions();
    }

    @Override
    public String goSource(Params params) {
        return render(params).source();
    }

    @Override
    public LineMap lines(Params params) {
        return render(params).lines();
    }

    private Rendered render(Params params) {
        Rendered cached = rendered.get(params.asMap());
        if (cached != null) {
            return cached;
        }
        String source = GoSource.render(template, this, params);
        Rendered r = new Rendered(source, LineMap.byText(source));
        if (rendered.size() >= MAX_RENDERED) {
            rendered.clear(); // bounded: a crude but sufficient policy for a handful of hot settings
        }
        rendered.put(params.asMap(), r);
        return r;
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return Set.of();
    }

    @Override
    public GoCheck goCheck(Params params) {
        return GoCheck.OK;
    }

    /** Default values of every parameter, validated. */
    public Params defaults() {
        return ParamValidator.validate(this, java.util.Map.of(), "params");
    }
}

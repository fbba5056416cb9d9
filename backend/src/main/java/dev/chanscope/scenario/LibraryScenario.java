package dev.chanscope.scenario;

import dev.chanscope.engine.event.DiagnosticKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

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
        return GoSource.render(template, this, params);
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

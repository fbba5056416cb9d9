package dev.chanscope.scenario;

import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.RunSource;
import dev.chanscope.run.SourceResolver;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs of the built-in library: {@code "scenario": "<id>"}, with {@code params} checked against that
 * scenario's knobs ({@link ParamValidator}). The source is the scenario's program and its Go source
 * rendered for those values.
 */
public final class ScenarioResolver implements SourceResolver {

    private static final List<String> FIELDS = List.of("scenario");

    private final ScenarioCatalog catalog;

    public ScenarioResolver(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public Resolved resolve(Map<?, ?> request, Map<String, ?> params, String path, List<FieldError> errors) {
        String at = path.isEmpty() ? "scenario" : path + ".scenario";
        if (!(request.get("scenario") instanceof String id)) {
            errors.add(new FieldError(at, "must be a string"));
            return null;
        }
        Scenario scenario = catalog.find(id).orElse(null);
        if (scenario == null) {
            errors.add(new FieldError(at, "no scenario named \"" + clip(id) + "\" (known: " + knownIds() + ")"));
            return null;
        }
        try {
            Params values = ParamValidator.validate(scenario, params, path.isEmpty() ? "params" : path + ".params");
            return new Resolved(source(scenario, values), values.asMap());
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** The run source of {@code scenario} at {@code values}. */
    public static RunSource source(Scenario scenario, Params values) {
        return new RunSource(
                scenario.id(),
                scenario.title(),
                scenario.program(values),
                scenario.goSource(values),
                scenario.lines(values),
                Map.of("scenario", scenario.id()));
    }

    private String knownIds() {
        return catalog.all().stream().map(Scenario::id).collect(Collectors.joining(", "));
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

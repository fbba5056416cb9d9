package dev.chanscope.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.event.Event;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.scenario.library.Library;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seam between a run request's shared fields and its source: a second kind of source plugs in as
 * one more {@link SourceResolver}, and the shared part reads seed, GOMAXPROCS and interventions for it
 * as for a scenario. The second kind here is a toy language whose every line is {@code print "text"}.
 */
class RunRequestParserTest {

    /** A source kind as a Go-source resolver will be one: program text in, compile errors at line:column. */
    static final class PrintLines implements SourceResolver {
        @Override
        public List<String> fields() {
            return List.of("source", "goVersion");
        }

        @Override
        public Resolved resolve(Map<?, ?> request, Map<String, ?> params, String path, List<FieldError> errors) {
            String at = path.isEmpty() ? "source" : path + ".source";
            String text = String.valueOf(request.get("source"));
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).matches("print \"[^\"]*\"")) {
                    errors.add(FieldError.inText(at, i + 1, 1, "expected print \"text\""));
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("source", text);
            origin.put("goVersion", request.get("goVersion") == null ? "1.19" : request.get("goVersion"));
            RunSource source = new RunSource(
                    "print-" + Integer.toHexString(text.hashCode()),
                    "a printing program",
                    go -> lines.forEach(l -> go.log(l.substring(7, l.length() - 1), l)),
                    text,
                    LineMap.byText(text),
                    origin);
            return new Resolved(source, Map.of());
        }
    }

    private final RunRequestParser parser =
            new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(Library.catalog()), new PrintLines());

    @Test
    void aSecondKindOfSourceIsResolvedByItsOwnResolverAndSharesTheRest() {
        PreparedRun run = parser.parse(
                Map.of(
                        "source",
                        "print \"a\"\nprint \"b\"",
                        "seed",
                        7,
                        "gomaxprocs",
                        2,
                        "interventions",
                        List.of(Map.of("kind", "run-next", "target", "#1", "afterSeq", 3))),
                "run");
        assertThat(run.config().seed()).isEqualTo(7);
        assertThat(run.config().gomaxprocs()).isEqualTo(2);
        assertThat(run.config().interventions()).hasSize(1);
        assertThat(run.normalized().keySet())
                .containsExactly("source", "goVersion", "params", "seed", "gomaxprocs", "interventions");

        List<Event> events = new ArrayList<>();
        Engine.run(run.program(), run.config(), events::add);
        assertThat(events.stream().filter(Event.Log.class::isInstance).map(e -> ((Event.Log) e).text()))
                .containsExactly("a", "b");
        assertThat(events.stream().filter(Event.LabelDefine.class::isInstance).map(e -> ((Event.LabelDefine) e).line()))
                .as("each label is placed on its line by the source's line map")
                .containsExactly(1, 2);
    }

    @Test
    void problemsInProgramTextSayTheirLineAndColumn() {
        assertThatThrownBy(() -> parser.parse(Map.of("source", "print \"a\"\nprnt \"b\""), "run"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errors())
                            .containsExactly(FieldError.inText("run.source", 2, 1, "expected print \"text\""));
                    assertThat(e.errors().getFirst().asMap())
                            .containsExactly(
                                    Map.entry("path", "run.source"),
                                    Map.entry("message", "expected print \"text\""),
                                    Map.entry("line", 2),
                                    Map.entry("column", 1));
                });
    }

    @Test
    void aRequestNamesExactlyOneSource() {
        assertThatThrownBy(() -> parser.parse(Map.of("seed", 1), ""))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("scenario", "is required (or one of: scenario, source)")));
        assertThatThrownBy(() -> parser.parse(Map.of("scenario", "worker-pool", "source", "print \"a\""), ""))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("source", "a run has one source: give scenario or source")));
    }

    @Test
    void theFieldsAllowedAreThoseOfTheKindOfSourceNamed() {
        assertThatThrownBy(() -> parser.parse(Map.of("scenario", "worker-pool", "jobs", 3), ""))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::message)
                                .contains(
                                        "unknown field (allowed: scenario, params, seed, gomaxprocs, interventions)"));
        assertThatThrownBy(() -> parser.parse(Map.of("source", "print \"a\"", "jobs", 3), ""))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError(
                                                "jobs",
                                                "unknown field (allowed: source, goVersion, params, seed, gomaxprocs, interventions)")));
    }

    @Test
    void aScenarioRequestIsTheScenarioAtItsParameterValues() {
        PreparedRun run = parser.parse(Map.of("scenario", "worker-pool", "params", Map.of("workers", 2)), "");
        assertThat(run.source().id()).isEqualTo("worker-pool");
        assertThat(run.source().origin()).isEqualTo(Map.of("scenario", "worker-pool"));
        assertThat(run.params()).containsEntry("workers", 2L);
        assertThat(run.source().goSource()).contains("const workers = 2");
        assertThat(run.normalized().keySet())
                .containsExactly("scenario", "params", "seed", "gomaxprocs", "interventions");
    }
}

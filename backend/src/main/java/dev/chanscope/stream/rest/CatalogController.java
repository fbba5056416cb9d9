package dev.chanscope.stream.rest;

import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Params;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/scenarios} and {@code GET /api/scenarios/{id}}: the catalog learners pick from. */
@RestController
class CatalogController {

    private final ScenarioCatalog catalog;

    CatalogController(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/scenarios")
    List<Map<String, Object>> list() {
        return catalog.all().stream().map(CatalogController::summary).toList();
    }

    /** Query parameters are the scenario's parameter values; the Go source is rendered for them. */
    @GetMapping("/api/scenarios/{id}")
    Map<String, Object> detail(@PathVariable String id, @RequestParam Map<String, String> query) {
        Scenario s = catalog.find(id)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "no scenario named \"" + clip(id) + "\""));
        Params params = ParamValidator.validate(s, query, "params");
        Map<String, Object> m = summary(s);
        m.put("values", params.asMap());
        m.put("notes", s.notes());
        m.put("goSource", s.goSource(params));
        m.put(
                "interventions",
                s.interventions().stream()
                        .map(i -> Map.of(
                                "kind",
                                i.kind().wireName(),
                                "target",
                                i.target(),
                                "title",
                                i.title(),
                                "description",
                                i.description()))
                        .toList());
        m.put(
                "expectedDiagnostics",
                s.expectedDiagnostics(params).stream()
                        .map(k -> k.wireName())
                        .sorted()
                        .toList());
        return m;
    }

    private static Map<String, Object> summary(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("category", s.category());
        m.put("summary", s.summary());
        m.put("pitfall", s.isPitfall());
        m.put("params", s.params().stream().map(CatalogController::param).toList());
        return m;
    }

    private static Map<String, Object> param(ParamSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type().wireName());
        m.put("default", p.defaultValue());
        if (p.min() != null) {
            m.put("min", p.min());
        }
        if (p.max() != null) {
            m.put("max", p.max());
        }
        if (p.options() != null) {
            m.put("options", p.options());
        }
        m.put("description", p.description());
        return m;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

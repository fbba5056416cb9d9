package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.system.ServerJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run-request parser and parameter validator answer any input with either a run whose every value
 * is within its bounds, or {@link InvalidRequestException} listing problems that each have a path under
 * the request and a message — never any other exception.
 *
 * <p>Regression mode (every {@code ./mvnw verify}) replays {@code RunRequestFuzzTestInputs/<method>/};
 * fuzzing: docs/RELIABILITY.md.
 */
class RunRequestFuzzTest {

    static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();
    static final RunRequestParser PARSER = new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(CATALOG));
    /** Every intervention kind's wire name, in declaration order. */
    static final List<String> KINDS = Arrays.stream(InterventionKind.values())
            .map(InterventionKind::wireName)
            .toList();

    /** The server's JSON, with its read limits. */
    static final JsonMapper JSON = ServerJson.mapper();

    /** Arbitrary text read as JSON, as the socket and REST read a run request. */
    @FuzzTest(maxDuration = "5m")
    void arbitraryJsonText(byte[] input) {
        Object request;
        try {
            request = JSON.readValue(new String(input, StandardCharsets.UTF_8), Object.class);
        } catch (JacksonException e) {
            return; // not JSON: answered as malformed-json / a 400 before the parser sees it
        }
        check(request);
    }

    /** Structured requests: mostly real scenario and parameter names, with values of every JSON type. */
    @FuzzTest(maxDuration = "5m")
    void structuredRequests(FuzzedDataProvider data) {
        check(request(data));
    }

    static void check(Object request) {
        PreparedRun run;
        try {
            run = PARSER.parse(request, "run");
        } catch (InvalidRequestException e) {
            assertThat(e.errors())
                    .as("an invalid request names at least one problem")
                    .isNotEmpty();
            for (FieldError f : e.errors()) {
                assertThat(f.path())
                        .as("every problem has a path under the request")
                        .startsWith("run");
                assertThat(f.message())
                        .as("every problem says what is wrong at " + f.path())
                        .isNotBlank();
            }
            return;
        }
        assertWithinBounds(run, request);
    }

    /** Everything an accepted request holds is within its bounds, and is what the request said. */
    static void assertWithinBounds(PreparedRun run, Object request) {
        Map<?, ?> raw = (Map<?, ?>) request;
        RunConfig config = run.config();
        assertThat(config.gomaxprocs()).isBetween(1, RunConfig.MAX_PROCS);
        assertThat(config.limits()).isEqualTo(RunLimits.DEFAULT);
        assertThat(config.interventions()).hasSizeLessThanOrEqualTo(RunRequestParser.MAX_INTERVENTIONS);
        for (Intervention i : config.interventions()) {
            assertThat(i.target()).isNotBlank().hasSizeLessThanOrEqualTo(RunRequestParser.MAX_TARGET);
            assertThat(i.afterSeq() >= 0).isNotEqualTo(i.atTime() >= 0);
        }
        Map<?, ?> given = raw.get("params") instanceof Map<?, ?> m ? m : Map.of();
        Scenario scenario = CATALOG.find(run.source().id()).orElseThrow();
        assertThat(run.source().origin()).isEqualTo(Map.of("scenario", scenario.id()));
        assertThat(run.params().keySet())
                .containsExactlyElementsOf(
                        scenario.params().stream().map(ParamSpec::name).toList());
        for (ParamSpec spec : scenario.params()) {
            Object v = run.params().get(spec.name());
            switch (spec.type()) {
                case BOOL -> assertThat(v).isInstanceOf(Boolean.class);
                case ENUM -> assertThat(spec.options()).contains((String) v);
                case INT, DURATION -> {
                    long n = (Long) v;
                    assertThat(n).as(spec.name()).isBetween(spec.min(), spec.max());
                    Object asked = given.get(spec.name());
                    if (asked != null) {
                        assertThat(BigDecimal.valueOf(n))
                                .as("%s accepted as %d for %s", spec.name(), n, asked)
                                .isEqualByComparingTo(exactValue(asked, spec.type() == ParamType.DURATION));
                    }
                }
            }
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s)");

    /** An independent reading of a number the validator accepted, without any fixed-width arithmetic. */
    static BigDecimal exactValue(Object v, boolean duration) {
        if (v instanceof Number) {
            return new BigDecimal(v.toString());
        }
        String t = ((String) v).trim();
        if (t.matches("-?\\d+")) {
            return new BigDecimal(t);
        }
        Matcher m = DURATION.matcher(t.toLowerCase(Locale.ROOT));
        assertThat(duration && m.matches()).as("accepted text " + v).isTrue();
        BigDecimal unit = BigDecimal.valueOf(
                switch (m.group(2)) {
                    case "ns" -> 1L;
                    case "us", "µs" -> 1_000L;
                    case "ms" -> 1_000_000L;
                    default -> 1_000_000_000L;
                });
        return new BigDecimal(m.group(1)).multiply(unit).setScale(0, RoundingMode.HALF_UP);
    }

    // ---- structured inputs ---------------------------------------------------------------------------

    static Map<String, Object> request(FuzzedDataProvider data) {
        Map<String, Object> r = new LinkedHashMap<>();
        List<Scenario> all = CATALOG.all();
        Scenario scenario = all.get(data.consumeInt(0, all.size() - 1));
        r.put("scenario", data.consumeBoolean() ? scenario.id() : value(data, 1));
        if (data.consumeBoolean()) {
            Map<String, Object> params = new LinkedHashMap<>();
            int n = data.consumeInt(0, 6);
            for (int i = 0; i < n; i++) {
                String name = data.consumeBoolean() && !scenario.params().isEmpty()
                        ? scenario.params()
                                .get(data.consumeInt(0, scenario.params().size() - 1))
                                .name()
                        : data.consumeString(12);
                params.put(name, paramValue(data));
            }
            r.put("params", params);
        }
        if (data.consumeBoolean()) {
            r.put("seed", data.consumeBoolean() ? (Object) data.consumeLong() : value(data, 1));
        }
        if (data.consumeBoolean()) {
            r.put("gomaxprocs", data.consumeBoolean() ? (Object) data.consumeInt(-2, 70) : value(data, 1));
        }
        if (data.consumeBoolean()) {
            List<Object> ivs = new ArrayList<>();
            int n = data.consumeBoolean() ? data.consumeInt(0, 4) : data.consumeInt(250, 260);
            for (int i = 0; i < n; i++) {
                ivs.add(data.consumeBoolean() ? intervention(data) : value(data, 1));
            }
            r.put("interventions", ivs);
        }
        if (data.consumeBoolean()) {
            r.put(data.consumeString(10), value(data, 1));
        }
        return r;
    }

    private static Object intervention(FuzzedDataProvider data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", data.consumeBoolean() ? data.pickValue(KINDS) : value(data, 1));
        m.put("target", data.consumeBoolean() ? data.consumeString(210) : value(data, 1));
        if (data.consumeBoolean()) {
            m.put("afterSeq", data.consumeBoolean() ? (Object) data.consumeLong() : value(data, 1));
        }
        if (data.consumeBoolean()) {
            m.put("atTime", data.consumeBoolean() ? (Object) data.consumeLong() : value(data, 1));
        }
        if (data.consumeBoolean()) {
            m.put(data.consumeString(8), value(data, 1));
        }
        return m;
    }

    /** Parameter values as JSON and links carry them, leaning towards numbers and duration text. */
    private static Object paramValue(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> data.consumeLong();
            case 1 -> data.consumeInt(-10, 3000);
            case 2 ->
                data.consumeLong(0, 1_000_000_000_000L)
                        + data.pickValue(new String[] {"", "ns", "us", "ms", "s", "µs", "MS"});
            case 3 ->
                data.consumeInt(0, 99_999) + "." + data.consumeInt(0, 99_999)
                        + data.pickValue(new String[] {"ns", "us", "ms", "s"});
            case 4 -> data.consumeString(30);
            default -> value(data, 1);
        };
    }

    /** Any JSON value: what a hostile document can put anywhere. */
    static Object value(FuzzedDataProvider data, int depth) {
        return switch (data.consumeInt(0, depth > 3 ? 6 : 8)) {
            case 0 -> null;
            case 1 -> data.consumeBoolean();
            case 2 -> data.consumeInt();
            case 3 -> data.consumeLong();
            case 4 -> data.consumeDouble();
            case 5 -> new BigInteger(data.consumeBoolean() ? 1 : -1, data.consumeBytes(24));
            case 6 -> data.consumeString(40);
            case 7 -> {
                List<Object> l = new ArrayList<>();
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    l.add(value(data, depth + 1));
                }
                yield l;
            }
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    m.put(data.consumeString(8), value(data, depth + 1));
                }
                yield m;
            }
        };
    }
}

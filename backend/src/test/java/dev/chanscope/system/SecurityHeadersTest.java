package dev.chanscope.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Security headers on every kind of response — the page, its scripts, the API, problem documents,
 * health — and HSTS exactly when the request arrived over TLS, including through a TLS-terminating
 * proxy that says so with {@code X-Forwarded-Proto}. (The cross-origin WebSocket handshake is pinned
 * by {@code StreamLimitsTest}; here the same check behind a proxy.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final String HSTS = "Strict-Transport-Security";

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private List<HttpResponse<String>> everyKindOfResponse(Map<String, String> headers) throws Exception {
        List<HttpResponse<String>> out = new ArrayList<>();
        HttpResponse<String> page = send("GET", "/", headers, null);
        out.add(page);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the page loads a script from /assets").isTrue();
        out.add(send("GET", script.group(1), headers, null));
        out.add(send("GET", "/api/scenarios", headers, null));
        out.add(send("GET", "/api/scenarios/worker-pool?workers=3", headers, null));
        out.add(send("POST", "/api/runs", headers, "{\"scenario\":\"pipeline\"}"));
        out.add(send("POST", "/api/runs", headers, "{\"scenario\":\"<script>\"}")); // 400 problem
        out.add(send("GET", "/api/no-such-thing", headers, null)); // 404 problem
        out.add(send("GET", "/actuator/health", headers, null));
        return out;
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoHstsOverPlainHttp() throws Exception {
        List<HttpResponse<String>> responses = everyKindOfResponse(Map.of());
        assertThat(responses)
                .extracting(HttpResponse::statusCode)
                .containsExactly(200, 200, 200, 200, 200, 400, 404, 200);
        for (HttpResponse<String> r : responses) {
            HttpHeaders h = r.headers();
            String where = r.request().method() + " " + r.uri().getPath() + " (" + r.statusCode() + ")";
            assertThat(h.firstValue("Content-Security-Policy"))
                    .as("CSP of " + where)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("script-src 'self';")
                            .contains("connect-src 'self';")
                            .contains("object-src 'none'")
                            .contains("base-uri 'none'")
                            .contains("frame-ancestors 'self'")
                            .doesNotContain("unsafe-inline")
                            .doesNotContain("unsafe-eval"));
            assertThat(h.firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
            assertThat(h.firstValue(HSTS))
                    .as("HSTS over plain HTTP on " + where)
                    .isEmpty();
        }
    }

    @Test
    void behindATlsTerminatingProxyEveryResponseCarriesHsts() throws Exception {
        for (HttpResponse<String> r : everyKindOfResponse(Map.of("X-Forwarded-Proto", "https"))) {
            assertThat(r.headers().firstValue(HSTS))
                    .as("HSTS on " + r.uri().getPath())
                    .hasValue("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void behindATlsTerminatingProxyThePublicOriginMayOpenTheSocketAndOthersMayNot() {
        URI ws = URI.create("ws://127.0.0.1:" + port + "/ws/runs");
        Map<String, String> proxied = Map.of(
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "chanscope.example",
                "Origin", "https://chanscope.example");
        try (WsTestClient ok = WsTestClient.connect(ws, Duration.ofSeconds(20), proxied)) {
            ok.send(Map.of("type", "ping"));
            ok.awaitText("pong", Duration.ofSeconds(20));
        }
        Map<String, String> foreign = Map.of(
                "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "chanscope.example",
                "Origin", "https://evil.example");
        assertThatThrownBy(() -> WsTestClient.connect(ws, Duration.ofSeconds(20), foreign))
                .isInstanceOf(AssertionError.class)
                .rootCause()
                .hasMessageContaining("403");
    }

    @Test
    void frameAncestorsFollowTheConfiguration() throws Exception {
        var properties = new ChanscopeProperties(
                null, null, null, new ChanscopeProperties.Http("'self' https://course.example"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders(properties)
                .doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
        assertThat(response.getHeader("Content-Security-Policy"))
                .endsWith("frame-ancestors 'self' https://course.example");
    }
}

package dev.chanscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Unknown API paths answer RFC 9457 problem details, never an HTML error page or a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return Http.get(port, path);
    }

    @Test
    void anUnknownApiPathIsA404ProblemDocument() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.body())
                .contains("\"status\":404")
                .doesNotContain("Exception")
                .doesNotContain("<html");
    }

    @Test
    void thePlaygroundPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Chanscope");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }
}

package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.WsTestClient;
import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Codes are not enumerable: unknown codes (over the socket and REST alike) spend a client's failed
 * lookups, and once they are gone even a real code is refused for a while; rooms per client are
 * limited too. In a context of its own, since the limits are per client address and every test
 * comes from 127.0.0.1.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.warmup.enabled=false",
            "chanscope.rooms.failed-lookups-per-minute=5",
            "chanscope.rooms.create-burst=3"
        })
class RoomLookupLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Test
    void unknownCodesAreNotFoundThenRateLimited() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            URI base = URI.create("http://127.0.0.1:" + port);
            RoomClient.Created room = RoomClient.create(http, base, "?s=worker-pool");
            assertThat(get(http, base, "/api/rooms/" + room.code()).statusCode())
                    .isEqualTo(200);
            try (WsTestClient c =
                    WsTestClient.connect(URI.create("ws://127.0.0.1:" + port + "/ws/rooms/ZZZ-ZZZ"), WAIT)) {
                c.sendText("{\"type\":\"join\",\"role\":\"student\"}");
                assertThat(c.awaitText("error", WAIT).path("code").asString()).isEqualTo("not-found");
                assertThat(c.awaitClose(WAIT).statusCode()).isEqualTo(4404);
            }
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> miss = get(http, base, "/api/rooms/ZZZ-ZZ" + "2345".charAt(i));
                assertThat(miss.statusCode()).isEqualTo(404);
                assertThat(miss.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            }
            HttpResponse<String> limited = get(http, base, "/api/rooms/" + room.code());
            assertThat(limited.statusCode())
                    .as("even a real code, once out of lookups")
                    .isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).contains("60");
            try (WsTestClient c =
                    WsTestClient.connect(URI.create("ws://127.0.0.1:" + port + "/ws/rooms/" + room.code()), WAIT)) {
                c.sendText("{\"type\":\"join\",\"role\":\"student\"}");
                assertThat(c.awaitText("error", WAIT).path("code").asString()).isEqualTo("rate-limited");
                assertThat(c.awaitClose(WAIT).statusCode()).isEqualTo(4429);
            }
        }
    }

    @Test
    void aClientCreatesAtMostItsBurstOfRoomsAtOnce() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            // The other test of this class creates one room; three is the burst.
            int created = 0;
            HttpResponse<String> r;
            do {
                r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rooms"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"link\":\"?s=pipeline\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                created += r.statusCode() == 201 ? 1 : 0;
            } while (r.statusCode() == 201 && created <= 3);
            assertThat(created).isBetween(2, 3);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.body()).contains("rate-limited", "an hour");
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

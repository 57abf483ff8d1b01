package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;

/** Body limit, rate limit, security headers, no CORS, and error answers without internals. */
@ExtendWith(DropwizardExtensionsSupport.class)
class HardeningTest {
    private static final Path DIR = TestApps.tempDir();
    static final DropwizardAppExtension<LotsenConfiguration> APP =
            new DropwizardAppExtension<>(LotsenApplication.class, limited());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static ApiKeys keys;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static LotsenConfiguration limited() {
        LotsenConfiguration config = TestApps.config(DIR);
        config.setRateLimitBurst(5);
        config.setRateLimitPerMinute(1);
        return config;
    }

    @BeforeAll
    static void openKeys() {
        keys = TestApps.keys(DIR);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + path));
    }

    private HttpRequest.Builder suggest(String key, HttpRequest.BodyPublisher body) {
        return to("/pathways/suggest").header("Authorization", key).header("Content-Type", "application/json").POST(body);
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterWhileOtherKeysAreServed() throws Exception {
        String busy = TestApps.bearer(keys, Role.SYSTEM);
        for (int i = 0; i < 5; i++) {
            assertThat(send(suggest(busy, HttpRequest.BodyPublishers.ofString(SLEEP))).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = send(suggest(busy, HttpRequest.BodyPublishers.ofString(SLEEP)));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).get().satisfies(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(JSON.readTree(limited.body()).get("code").asText()).isEqualTo("rate_limited");
        String other = TestApps.bearer(keys, Role.STAFF);
        assertThat(send(suggest(other, HttpRequest.BodyPublishers.ofString(SLEEP))).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrStreamed() throws Exception {
        String staff = TestApps.bearer(keys, Role.STAFF);
        byte[] big = ("{\"childAgeMonths\": 6, \"language\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = send(suggest(staff, HttpRequest.BodyPublishers.ofByteArray(big)));
        HttpResponse<String> streamed = send(suggest(staff,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        for (HttpResponse<String> response : java.util.List.of(declared, streamed)) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("code").asText()).isEqualTo("body_too_large");
            assertThat(error.get("field").asText()).isEqualTo("body");
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : new String[] {"/openapi.json", "/codes", "/no-such-page"}) {
            HttpResponse<String> response = send(to(path).GET());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void theBenchmarkEndpointIsOffUnlessConfigured() throws Exception {
        HttpResponse<String> response = send(to("/benchmark/noop").header("Authorization", TestApps.bearer(keys, Role.STAFF))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SLEEP)));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void crossOriginRequestsAreNotAllowed() throws Exception {
        HttpResponse<String> preflight = send(to("/pathways/suggest")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheErrorShape() throws Exception {
        HttpResponse<String> missing = send(to("/no-such-page").header("Authorization", TestApps.bearer(keys, Role.STAFF)).GET());
        HttpResponse<String> wrongMethod = send(to("/pathways/suggest").header("Authorization", TestApps.bearer(keys, Role.STAFF)).GET());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("code").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).doesNotContain("Exception", "se.lotsen");
    }
}

package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.catalog.RuleSetFiles;

/** Validate, publish, roll back over HTTP; and publishing good and broken rule sets under load. */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleSetPublishingTest {
    private static final Path DIR = TestApps.tempDir();
    static final DropwizardAppExtension<LotsenConfiguration> APP = new DropwizardAppExtension<>(LotsenApplication.class, config());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static String owner;
    private static String staff;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static LotsenConfiguration config() {
        LotsenConfiguration config = TestApps.config(DIR);
        config.setRateLimitBurst(1_000_000);
        config.setRateLimitPerMinute(1_000_000);
        return config;
    }

    @BeforeAll
    static void keys() {
        ApiKeys keys = TestApps.keys(DIR);
        owner = "Bearer " + keys.create(Role.POLICY_OWNER, "Policy owner Norr").key();
        staff = TestApps.bearer(keys, Role.STAFF);
    }

    private HttpResponse<String> send(String method, String path, String key, HttpRequest.BodyPublisher body, String type)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", key).method(method, body);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, RuleSetFiles files) throws Exception {
        return send("POST", path, owner, HttpRequest.BodyPublishers.ofByteArray(files.toZip()), "application/zip");
    }

    private JsonNode suggest() throws Exception {
        HttpResponse<String> response = send("POST", "/pathways/suggest", staff, HttpRequest.BodyPublishers.ofString(SLEEP),
                "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void theBundledDefaultIsTheFirstVersion() throws Exception {
        JsonNode versions = JSON.readTree(send("GET", "/rulesets", owner, HttpRequest.BodyPublishers.noBody(), null).body());

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asText()).isEqualTo("2026.11.1");
        assertThat(versions.get(0).get("active").asBoolean()).isTrue();
        assertThat(versions.get(0).get("publishedBy").asText()).isEqualTo("bundled default");
        JsonNode active = JSON.readTree(send("GET", "/rulesets/active", owner, HttpRequest.BodyPublishers.noBody(), null).body());
        assertThat(active.get("report").get("analysis").get("gridRequests").asInt()).isPositive();
    }

    @Test
    @Order(2)
    void validatingChangesNothingAndReportsErrorsWithFileAndLine() throws Exception {
        HttpResponse<String> response = upload("/rulesets/validate", RuleSets.broken("2026.11.9"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("path").asText()).isEqualTo("rules/epds.drl");
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo("2026.11.1");
    }

    @Test
    @Order(3)
    void aValidRuleSetIsPublishedAndServesAtOnce() throws Exception {
        HttpResponse<String> response = upload("/rulesets", RuleSets.reworded("2026.11.2", "Sömn: ny formulering."));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("publishedBy").asText()).contains("Policy owner Norr");
        JsonNode pathway = suggest();
        assertThat(pathway.get("ruleSetVersion").asText()).isEqualTo("2026.11.2");
        assertThat(pathway.get("steps").get(0).get("reasons").get(0).get("sv").asText()).isEqualTo("Sömn: ny formulering.");
    }

    @Test
    @Order(4)
    void aBrokenRuleSetIsRefusedAndTheLastGoodKeepsServing() throws Exception {
        HttpResponse<String> response = upload("/rulesets", RuleSets.broken("2026.11.3"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("path").asText()).isEqualTo("rules/epds.drl");
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo("2026.11.2");
    }

    @Test
    @Order(5)
    void theSameVersionWithOtherContentIsAConflict() throws Exception {
        HttpResponse<String> response = upload("/rulesets", RuleSets.reworded("2026.11.2", "Sömn: en annan text."));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(suggest().get("steps").get(0).get("reasons").get(0).get("sv").asText()).isEqualTo("Sömn: ny formulering.");
    }

    @Test
    @Order(6)
    void anEarlierVersionCanBeActivatedAgain() throws Exception {
        HttpResponse<String> response = send("POST", "/rulesets/2026.11.1/activate", owner, HttpRequest.BodyPublishers.noBody(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo("2026.11.1");
        assertThat(send("POST", "/rulesets/9.9.9/activate", owner, HttpRequest.BodyPublishers.noBody(), null).statusCode())
                .isEqualTo(404);
    }

    /**
     * While four clients ask for pathways, good and broken rule sets are published in turn. No
     * request fails, every answer names a version that was published, and a broken one never serves.
     */
    @Test
    @Order(7)
    void publishingUnderLoadNeverFailsARequestNorServesABrokenRuleSet() throws Exception {
        int reloads = 8;
        Set<String> published = ConcurrentHashMap.newKeySet();
        published.add("2026.11.1");
        published.add("2026.11.2");
        Set<String> broken = ConcurrentHashMap.newKeySet();
        Set<String> served = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean publishing = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(4);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> counts = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int c = 0; c < 4; c++) {
            counts.add(clients.submit(() -> {
                started.countDown();
                int sent = 0;
                while ((publishing.get() || sent < 50) && sent < 20_000 && System.nanoTime() < deadline) {
                    try {
                        HttpResponse<String> r = send("POST", "/pathways/suggest", staff,
                                HttpRequest.BodyPublishers.ofString(SLEEP), "application/json");
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                        } else {
                            served.add(JSON.readTree(r.body()).get("ruleSetVersion").asText());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    sent++;
                }
                return sent;
            }));
        }
        started.await();
        for (int i = 0; i < reloads; i++) {
            String version = "2026.12." + i;
            boolean good = i % 2 == 0;
            HttpResponse<String> response = upload("/rulesets",
                    good ? RuleSets.reworded(version, "Sömn, version " + i + ".") : RuleSets.broken(version));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(good ? 201 : 422);
            (good ? published : broken).add(version);
        }
        publishing.set(false);
        int requests = 0;
        for (Future<Integer> count : counts) {
            requests += count.get(150, TimeUnit.SECONDS);
        }
        clients.shutdown();
        System.out.printf("reload under load: %d requests, %d publishes (%d broken), %d failures, versions served %s%n",
                requests, reloads, broken.size(), failures.size(), new java.util.TreeSet<>(served));

        assertThat(failures).isEmpty();
        assertThat(published).containsAll(served);
        assertThat(served).doesNotContainAnyElementsOf(broken);
        assertThat(served).contains("2026.12.6");
    }
}

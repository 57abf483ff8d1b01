package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.catalog.store.Store;

/**
 * Two API nodes on two loopback ports sharing one PostgreSQL: a rule set published on one serves on
 * the other within a bounded time, and the anonymous counts of both add up.
 */
class TwoNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}], \"centre\": \"FC_NORR\"}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LotsenConfiguration node(EmbeddedPostgres postgres) {
        LotsenConfiguration config = TestApps.config(TestApps.tempDir());
        DataSourceFactory database = new DataSourceFactory();
        database.setDriverClass("org.postgresql.Driver");
        database.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
        database.setUser("postgres");
        database.setPassword("postgres");
        config.setDatabase(database);
        config.setActiveVersionPollMillis(200);
        config.setStatsFlushSeconds(1);
        return config;
    }

    private HttpResponse<String> call(DropwizardTestSupport<?> node, String method, String path, String key,
                                      HttpRequest.BodyPublisher body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.getLocalPort() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", key).method(method, body);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode suggest(DropwizardTestSupport<?> node, String key) throws Exception {
        HttpResponse<String> r = call(node, "POST", "/pathways/suggest", key, HttpRequest.BodyPublishers.ofString(SLEEP),
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static boolean within(Duration limit, ThrowingCheck check) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    interface ThrowingCheck {
        boolean holds() throws Exception;
    }

    @Test
    void aRuleSetPublishedOnOneNodeServesOnTheOtherAndCountsAddUp() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DropwizardTestSupport<LotsenConfiguration> a = new DropwizardTestSupport<>(LotsenApplication.class, node(postgres));
            DropwizardTestSupport<LotsenConfiguration> b = new DropwizardTestSupport<>(LotsenApplication.class, node(postgres));
            a.before();
            b.before();
            try {
                ApiKeys keys = new ApiKeys(Store.open(postgres.getPostgresDatabase()).keys(), Clock.systemUTC());
                String staff = TestApps.bearer(keys, Role.STAFF);
                String owner = TestApps.bearer(keys, Role.POLICY_OWNER);
                assertThat(suggest(b, staff).get("ruleSetVersion").asText()).isEqualTo("2026.11.1");

                HttpResponse<String> published = call(a, "POST", "/rulesets", owner,
                        HttpRequest.BodyPublishers.ofByteArray(RuleSets.reworded("2026.11.8", "Sömn, båda noderna.").toZip()),
                        "application/zip");
                assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
                assertThat(within(Duration.ofSeconds(15), () -> suggest(b, staff).get("ruleSetVersion").asText()
                        .equals("2026.11.8"))).as("node b follows within 15 s").isTrue();

                for (int i = 0; i < 3; i++) {
                    suggest(a, staff);
                    suggest(b, staff);
                }
                Predicate<JsonNode> nurseCountIsAtLeastSix = stats -> {
                    for (JsonNode row : stats.get("rows")) {
                        if (row.get("service").asText().equals("BVC_NURSE") && row.get("centre").asText().equals("FC_NORR")
                                && !row.get("count").asText().startsWith("<") && row.get("count").asInt() >= 6) {
                            return true;
                        }
                    }
                    return false;
                };
                assertThat(within(Duration.ofSeconds(15), () -> nurseCountIsAtLeastSix.test(JSON.readTree(
                        call(a, "GET", "/stats", owner, HttpRequest.BodyPublishers.noBody(), null).body()))))
                        .as("counts from both nodes add up in the shared store").isTrue();
            } finally {
                b.after();
                a.after();
            }
        }
    }
}

package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.db.DataSourceFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/**
 * Two API nodes on two loopback ports sharing one PostgreSQL: a rule set published on one serves on
 * the other, a key revoked on one stops working on the other within a second, and the anonymous
 * counts of both add up.
 */
class TwoNodesTest {
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}], \"centre\": \"FC_NORR\"}";

    private static void shared(LotsenConfiguration config, EmbeddedPostgres postgres) {
        DataSourceFactory database = new DataSourceFactory();
        database.setDriverClass("org.postgresql.Driver");
        database.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
        database.setUser("postgres");
        database.setPassword("postgres");
        config.setDatabase(database);
    }

    private static JsonNode suggest(TestApp node, String key) {
        HttpResponse<String> r = node.postJson("/pathways/suggest", key, SLEEP);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestApp.json(r);
    }

    @Test
    void whatOneNodeDoesTheOtherFollows() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             TestApp a = TestApp.start(c -> shared(c, postgres));
             TestApp b = TestApp.start(c -> shared(c, postgres))) {
            String staff = a.key(Role.STAFF);
            String owner = a.key(Role.POLICY_OWNER);
            assertThat(suggest(b, staff).get("ruleSetVersion").asText()).isEqualTo(EditedRuleSets.DEFAULT_VERSION);

            HttpResponse<String> published = a.post("/rulesets", owner, "application/zip",
                    EditedRuleSets.version("2027.2.1", "Sömn, båda noderna.").toZip());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(15)).until(() -> suggest(b, staff).get("ruleSetVersion").asText().equals("2027.2.1"));

            String revoked = a.newKey(Role.SYSTEM);
            assertThat(b.postJson("/pathways/suggest", revoked, SLEEP).statusCode()).isEqualTo(200);
            String id = a.apiKeys().list().stream().filter(k -> k.role().equals("SYSTEM") && k.revokedAt() == null)
                    .reduce((first, second) -> second).orElseThrow().id();
            assertThat(a.apiKeys().revoke(id)).isTrue();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                    .until(() -> b.postJson("/pathways/suggest", revoked, SLEEP).statusCode() == 401);

            for (int i = 0; i < 3; i++) {
                suggest(a, staff);
                suggest(b, staff);
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> nurseCount(a, owner) >= 6);
        }
    }

    private static int nurseCount(TestApp node, String owner) {
        for (JsonNode row : TestApp.json(node.get("/stats", owner)).get("rows")) {
            if (row.get("service").asText().equals("BVC_NURSE") && row.get("centre").asText().equals("FC_NORR")
                    && !row.get("count").asText().startsWith("<")) {
                return row.get("count").asInt();
            }
        }
        return 0;
    }
}

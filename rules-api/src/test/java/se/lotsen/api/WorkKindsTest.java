package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/**
 * Each kind of work on its own executor: a validation of the whole default (grid and random families)
 * neither delays a key revocation nor lets a second upload in past the configured places.
 */
class WorkKindsTest {
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static final String ZIP = "application/zip";

    @Test
    void aRevokedKeyAnswers401WithinASecondWhileAValidationRunsAndASecondUploadIsRefusedWith429() throws Exception {
        try (TestApp app = TestApp.start(c -> {
            c.getRuleSets().setExplore(100_000);
            c.getRuleSets().setConcurrentValidations(1);
        })) {
            String owner = app.key(Role.POLICY_OWNER);
            String staff = app.newKey(Role.STAFF);
            byte[] zip = RuleSetFiles.readDefault().toZip();
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> app.post("/rulesets/validate", owner, ZIP, zip));

            HttpResponse<String>[] second = new HttpResponse[1];
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                second[0] = app.post("/rulesets/validate", owner, ZIP, zip);
                return second[0].statusCode() == 429;
            });
            assertThat(second[0].headers().firstValue("Retry-After")).isPresent();
            assertThat(TestApp.json(second[0]).get("code").asText()).isEqualTo("validation_busy");

            assertThat(app.postJson("/pathways/suggest", staff, SLEEP).statusCode()).isEqualTo(200);
            String id = app.apiKeys().list().stream().filter(k -> k.role().equals("STAFF") && k.revokedAt() == null)
                    .reduce((a, b) -> b).orElseThrow().id();
            long revokedAt = System.nanoTime();
            // Revoked as another node would: in the store, so this server learns of it only by its poll.
            assertThat(app.apiKeys().revoke(id)).isTrue();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> app.postJson("/pathways/suggest", staff, SLEEP).statusCode() == 401);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - revokedAt);

            assertThat(first).as("the validation was still running when the revocation landed (%d ms)", tookMillis).isNotDone();
            assertThat(first.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}

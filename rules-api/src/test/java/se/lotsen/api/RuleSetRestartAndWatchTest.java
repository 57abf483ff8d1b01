package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.catalog.RuleSetFiles;

/** The active version survives a restart; edits in a watched directory publish themselves, broken ones do not. */
class RuleSetRestartAndWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String servedVersion(DropwizardTestSupport<LotsenConfiguration> app, String key) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort()
                        + "/pathways/suggest")).header("Authorization", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("ruleSetVersion").asText();
    }

    @Test
    void aRestartServesTheVersionThatWasActive() throws Exception {
        Path dir = TestApps.tempDir();
        DropwizardTestSupport<LotsenConfiguration> first = new DropwizardTestSupport<>(LotsenApplication.class, TestApps.config(dir));
        first.before();
        ApiKeys keys = TestApps.keys(dir);
        String owner = TestApps.bearer(keys, Role.POLICY_OWNER);
        String staff = TestApps.bearer(keys, Role.STAFF);
        try {
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + first.getLocalPort() + "/rulesets")).header("Authorization", owner)
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(RuleSets.reworded("2026.11.7", "Sömn efter omstart.").toZip()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        } finally {
            first.after();
        }

        DropwizardTestSupport<LotsenConfiguration> second = new DropwizardTestSupport<>(LotsenApplication.class, TestApps.config(dir));
        second.before();
        try {
            assertThat(servedVersion(second, staff)).isEqualTo("2026.11.7");
        } finally {
            second.after();
        }
    }

    @Test
    void editsInTheWatchedDirectoryPublishAndBrokenEditsDoNot() throws Exception {
        Path dir = TestApps.tempDir();
        Path rules = dir.resolve("ruleset");
        write(rules, RuleSetFiles.readDefault());
        LotsenConfiguration config = TestApps.config(dir);
        config.setRuleSetDirectory(rules.toString());
        config.setRuleSetWatchMillis(200);
        DropwizardTestSupport<LotsenConfiguration> app = new DropwizardTestSupport<>(LotsenApplication.class, config);
        app.before();
        String staff = TestApps.bearer(TestApps.keys(dir), Role.STAFF);
        try {
            assertThat(servedVersion(app, staff)).isEqualTo("2026.11.1");

            write(rules, RuleSets.reworded("2026.11.5", "Sömn, redigerad på disk."));
            assertThat(waitForVersion(app, staff, "2026.11.5")).isTrue();

            write(rules, RuleSets.broken("2026.11.6"));
            Thread.sleep(2000);
            assertThat(servedVersion(app, staff)).isEqualTo("2026.11.5");
        } finally {
            app.after();
        }
    }

    private boolean waitForVersion(DropwizardTestSupport<LotsenConfiguration> app, String key, String version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (servedVersion(app, key).equals(version)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static void write(Path root, RuleSetFiles files) throws Exception {
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}

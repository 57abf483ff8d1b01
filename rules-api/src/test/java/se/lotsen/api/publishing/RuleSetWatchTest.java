package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/** A watched rule-set directory: good edits serve without a restart, broken ones never do, and a restart keeps what served. */
class RuleSetWatchTest {
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";

    private static void write(Path dir, RuleSetFiles files) {
        try {
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            if (!files.files().containsKey("tables/routing.xlsx")) {
                Files.deleteIfExists(dir.resolve("tables/routing.xlsx"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serving(TestApp app) {
        JsonNode pathway = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), SLEEP));
        return pathway.get("ruleSetVersion").asText();
    }

    private static long rejectedEdits(TestApp app) {
        JsonNode metrics = TestApp.json(app.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + app.adminPort() + "/metrics")).GET()));
        JsonNode counter = metrics.get("counters").get("se.lotsen.api.publishing.DirectoryWatcher.rejected-edits");
        return counter == null ? 0 : counter.get("count").asLong();
    }

    @Test
    void aGoodEditServesABrokenOneNeverDoesAndARestartKeepsTheLastGood() throws Exception {
        Path dir = Files.createDirectories(TestApp.tempDir().resolve("rules"));
        write(dir, EditedRuleSets.version("2027.1.1"));
        Path store = TestApp.tempDir();
        TestApp app = TestApp.start(c -> {
            c.getRuleSets().setDirectory(dir.toString());
            c.setDatabase(se.lotsen.api.LotsenConfiguration.sqlite(store.resolve("lotsen.db").toString()));
        });
        try {
            assertThat(serving(app)).isEqualTo("2027.1.1");

            write(dir, EditedRuleSets.version("2027.1.2", "Sömn: ändrad i mappen."));
            await().atMost(Duration.ofSeconds(60)).until(() -> serving(app).equals("2027.1.2"));

            write(dir, EditedRuleSets.broken("2027.1.3"));
            await().atMost(Duration.ofSeconds(60)).until(() -> rejectedEdits(app) >= 1);
            assertThat(serving(app)).as("the broken edit was looked at and refused").isEqualTo("2027.1.2");
        } finally {
            app.close();
        }

        TestApp restarted = TestApp.start(c -> c.setDatabase(se.lotsen.api.LotsenConfiguration.sqlite(
                store.resolve("lotsen.db").toString())));
        try {
            assertThat(serving(restarted)).as("the store's active version serves after a restart").isEqualTo("2027.1.2");
        } finally {
            restarted.close();
        }
    }
}

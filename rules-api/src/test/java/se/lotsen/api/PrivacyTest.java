package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.FileAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.junit.jupiter.api.Test;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;

/**
 * Nothing of a request but the counted codes (week, centre, need, risk level, service, urgency)
 * reaches the disk: not the store, not the application log, not the request log.
 */
class PrivacyTest {
    /** Values that appear in the requests below and must never be written anywhere. */
    private static final List<String> NEVER_WRITTEN = List.of("PARENT_ADVERSE_CHILDHOOD", "PRESCHOOL_PLACE",
            "UNEMPLOYMENT", "childAgeMonths", "riskFactors", "protectiveFactors", "screenings", "\"items\"",
            "Storgatan", "Anna");

    @Test
    void onlyAnonymousCountsReachTheStoreAndNothingOfARequestReachesTheLogs() throws Exception {
        Path dir = TestApps.tempDir();
        LotsenConfiguration config = TestApps.config(dir);
        logToFiles(config, dir);
        DropwizardTestSupport<LotsenConfiguration> app = new DropwizardTestSupport<>(LotsenApplication.class, config);
        app.before();
        ApiKeys keys = TestApps.keys(dir);
        String staff = TestApps.bearer(keys, Role.STAFF);
        String owner = TestApps.bearer(keys, Role.POLICY_OWNER);
        Client client = new JerseyClientBuilder().build();
        try {
            String base = "http://127.0.0.1:" + app.getLocalPort();
            String request = "{\"childAgeMonths\": 37, \"needs\": [{\"category\": \"LONELINESS\", \"severity\": \"MILD\"}],"
                    + " \"riskFactors\": [\"PARENT_ADVERSE_CHILDHOOD\", \"UNEMPLOYMENT\"],"
                    + " \"protectiveFactors\": [\"PRESCHOOL_PLACE\"], \"language\": \"ti\", \"centre\": \"FC_SODER\","
                    + " \"screenings\": {\"epds\": {\"items\": [1, 2, 1, 0, 1, 1, 2, 1, 0, 0], \"language\": \"fr\"}}}";
            for (int i = 0; i < 6; i++) {
                try (Response r = client.target(base + "/pathways/suggest").request().header("Authorization", staff)
                        .post(Entity.json(request))) {
                    assertThat(r.getStatus()).isEqualTo(200);
                }
            }
            try (Response refused = client.target(base + "/pathways/suggest").request().header("Authorization", staff)
                    .post(Entity.json("{\"childAgeMonths\": 37, \"note\": \"Anna, Storgatan 1\"}"))) {
                assertThat(refused.getStatus()).isEqualTo(422);
            }
            try (Response stats = client.target(base + "/stats").request().header("Authorization", owner).get()) {
                assertThat(stats.readEntity(String.class)).contains("LONELINESS").contains("FC_SODER");
            }
        } finally {
            client.close();
            app.after();
        }

        String written = everythingWrittenUnder(dir);
        assertThat(written).as("the store holds the counted codes").contains("LONELINESS", "FC_SODER");
        assertThat(written).as("the request log was written").contains("/pathways/suggest");
        for (String value : NEVER_WRITTEN) {
            assertThat(written).as("nothing on disk mentions " + value).doesNotContain(value);
        }
    }

    private static void logToFiles(LotsenConfiguration config, Path dir) {
        FileAppenderFactory<ch.qos.logback.classic.spi.ILoggingEvent> appLog = new FileAppenderFactory<>();
        appLog.setCurrentLogFilename(dir.resolve("lotsen.log").toString());
        appLog.setArchive(false);
        ((DefaultLoggingFactory) config.getLoggingFactory()).setAppenders(List.of(appLog));
        FileAppenderFactory<ch.qos.logback.access.common.spi.IAccessEvent> requestLog = new FileAppenderFactory<>();
        requestLog.setCurrentLogFilename(dir.resolve("requests.log").toString());
        requestLog.setArchive(false);
        LogbackAccessRequestLogFactory requests = new LogbackAccessRequestLogFactory();
        requests.setAppenders(List.of(requestLog));
        ((DefaultServerFactory) config.getServerFactory()).setRequestLogFactory(requests);
    }

    /** Every file under the directory, as text (the SQLite file and its WAL included). */
    private static String everythingWrittenUnder(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }
}

package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.access.common.spi.IAccessEvent;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.FileAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lotsen.api.auth.Role;

/**
 * Nothing of a request but the counted codes reaches the disk: not the store (counters, follow-up,
 * outcome counts, keys), not the application log, not the request log. Follow-up keeps the SHA-256 of
 * a reference, never the reference; keys are kept as hashes, never in a log.
 */
class PrivacyTest {
    /** Values that appear in the requests below and must never be written anywhere. */
    private static final List<String> NEVER_WRITTEN = List.of("PARENT_ADVERSE_CHILDHOOD", "PRESCHOOL_PLACE",
            "UNEMPLOYMENT", "childAgeMonths", "riskFactors", "protectiveFactors", "screenings", "\"items\"",
            "Storgatan", "Anna", "19850101");

    @Test
    void onlyAnonymousCountsReachTheStoreAndNothingOfARequestReachesTheLogs() throws Exception {
        Path dir = TestApp.tempDir();
        List<String> secrets = new ArrayList<>();
        try (TestApp app = TestApp.start(c -> {
            c.setDatabase(LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString()));
            logToFiles(c, dir);
        })) {
            String staff = app.key(Role.STAFF);
            String owner = app.key(Role.POLICY_OWNER);
            secrets.add(staff.substring("Bearer ".length()));
            secrets.add(owner.substring("Bearer ".length()));
            String request = "{\"childAgeMonths\": 37, \"needs\": [{\"category\": \"LONELINESS\", \"severity\": \"MILD\"}],"
                    + " \"riskFactors\": [\"PARENT_ADVERSE_CHILDHOOD\", \"UNEMPLOYMENT\"],"
                    + " \"protectiveFactors\": [\"PRESCHOOL_PLACE\"], \"language\": \"ti\", \"centre\": \"FC_SODER\","
                    + " \"screenings\": {\"epds\": {\"items\": [1, 2, 1, 0, 1, 1, 2, 1, 0, 0], \"language\": \"fr\"}}}";
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = app.postJson("/pathways/suggest", staff, request);
                assertThat(r.statusCode()).isEqualTo(200);
                String reference = TestApp.json(r).get("reference").asText();
                secrets.add(reference.substring(0, 22));
                String service = TestApp.json(r).get("steps").get(0).get("service").get("id").asText();
                assertThat(app.get("/f/" + reference, null).statusCode()).isEqualTo(200);
                assertThat(app.postJson("/f/" + reference, null, "{\"serviceId\": \"" + service + "\", \"outcome\": \"HELPED\"}")
                        .statusCode()).isEqualTo(200);
            }
            assertThat(app.postJson("/pathways/suggest", staff, "{\"childAgeMonths\": 37, \"note\": \"Anna, Storgatan 1, 19850101-1234\"}")
                    .statusCode()).isEqualTo(422);
            String bare = staff.substring("Bearer ".length());
            for (String query : List.of("access_token=", "api_key=", "x=1&%61ccess_token=", "password=", "client_secret=")) {
                assertThat(app.get("/codes?" + query + bare, null).statusCode()).as(query).isEqualTo(401);
            }
            assertThat(app.get("/stats", owner).body()).contains("LONELINESS", "FC_SODER");
            assertThat(app.get("/evaluation", owner).body()).contains("HELPED");
        }

        String written = everythingWrittenUnder(dir);
        assertThat(written).as("the store holds the counted codes").contains("LONELINESS", "FC_SODER");
        assertThat(written).as("the request log was written").contains("/pathways/suggest");
        for (String value : NEVER_WRITTEN) {
            assertThat(written).as("nothing on disk mentions " + value).doesNotContain(value);
        }
        for (String secret : secrets) {
            assertThat(written).as("no key and no follow-up reference is on disk").doesNotContain(secret);
        }
    }

    @Test
    void thePatientReferencesCdsHooksAndFhirEchoAreNeverWritten() throws Exception {
        Path dir = TestApp.tempDir();
        Path examples = Path.of(System.getProperty("lotsen.examples", "../examples"));
        try (TestApp app = TestApp.start(c -> {
            c.setDatabase(LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString()));
            logToFiles(c, dir);
        })) {
            String system = app.key(Role.SYSTEM);
            String hook = Files.readString(examples.resolve("cds-hooks/patient-view-sleep.json"))
                    .replace("\"patientId\": \"example\"", "\"patientId\": \"pat-4711-echo\"");
            HttpResponse<String> cards = app.postJson("/cds-services/lotsen-pathway", system, hook);
            assertThat(cards.body()).as("echoed in the answer").contains("Patient/pat-4711-echo");
            String card = TestApp.json(cards).get("cards").get(0).get("uuid").asText();
            assertThat(app.postJson("/cds-services/lotsen-pathway/feedback", system, "{\"feedback\": [{\"card\": \"" + card
                    + "\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \"2026-11-24T10:00:00Z\"}]}").statusCode()).isEqualTo(200);
            String apply = Files.readString(examples.resolve("fhir/apply-violence.json")).replace("Patient/example", "Patient/pat-4712-echo");
            HttpResponse<String> plan = app.post("/fhir/PlanDefinition/lotsen-pathway/$apply", system, "application/fhir+json",
                    apply.getBytes(StandardCharsets.UTF_8));
            assertThat(plan.body()).contains("Patient/pat-4712-echo");
        }

        String written = everythingWrittenUnder(dir);
        assertThat(written).as("the request log was written").contains("/cds-services/lotsen-pathway");
        assertThat(written).doesNotContain("pat-4711-echo").doesNotContain("pat-4712-echo");
    }

    private static void logToFiles(LotsenConfiguration config, Path dir) {
        FileAppenderFactory<ILoggingEvent> appLog = new FileAppenderFactory<>();
        appLog.setCurrentLogFilename(dir.resolve("lotsen.log").toString());
        appLog.setArchive(false);
        DefaultLoggingFactory logging = (DefaultLoggingFactory) config.getLoggingFactory();
        logging.setAppenders(List.of(appLog));
        // As verbose as an operator could make it: Jetty and Jersey still never log a header or a body.
        logging.setLevel("ALL");
        FileAppenderFactory<IAccessEvent> requestLog = new FileAppenderFactory<>();
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

package se.lotsen.api.hardening;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.CounterRow;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.Store;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.policy.RuleSetFiles;

/** Limits, headers, the admin port and error answers, each written as the attack that must fail. */
class HardeningTest {
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(c -> {
            c.getRateLimit().setBurst(5);
            c.getRateLimit().setPerMinute(1);
            c.getFollowUp().setAnswersPerMinute(3);
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> suggest(String key, HttpRequest.BodyPublisher body) {
        return app.send(app.request("/pathways/suggest", key).header("Content-Type", "application/json").POST(body));
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterWhileOtherKeysAreServed() {
        String busy = app.newKey(Role.SYSTEM);
        for (int i = 0; i < 5; i++) {
            assertThat(suggest(busy, HttpRequest.BodyPublishers.ofString(SLEEP)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = suggest(busy, HttpRequest.BodyPublishers.ofString(SLEEP));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).get().satisfies(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(TestApp.json(limited).get("code").asText()).isEqualTo("rate_limited");
        assertThat(suggest(app.newKey(Role.STAFF), HttpRequest.BodyPublishers.ofString(SLEEP)).statusCode()).isEqualTo(200);
    }

    @Test
    void theParentsPageIsLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            app.get("/f/AAAAAAAAAAAAAAAAAAAAAA", null);
        }

        HttpResponse<String> limited = app.get("/f/AAAAAAAAAAAAAAAAAAAAAA", null);

        assertThat(limited.statusCode()).isEqualTo(429);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrStreamed() {
        String staff = app.newKey(Role.STAFF);
        byte[] big = ("{\"childAgeMonths\": 6, \"language\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        for (HttpResponse<String> response : List.of(suggest(staff, HttpRequest.BodyPublishers.ofByteArray(big)),
                suggest(staff, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))))) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonNode error = TestApp.json(response);
            assertThat(error.get("code").asText()).isEqualTo("body_too_large");
            assertThat(error.get("field").asText()).isEqualTo("body");
        }
    }

    @Test
    void aRuleSetWhoseSpreadsheetUnpacksTo95MegabytesIsRefusedAndTheServerGoesOnSuggesting() {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        files.put("tables/routing.xlsx", XlsxBomb.sheetUnpackingTo(95L * 1024 * 1024));
        byte[] zip = RuleSetFiles.of("bomb", files).toZip();

        HttpResponse<String> refused = app.post("/rulesets/validate", app.newKey(Role.POLICY_OWNER), "application/zip", zip);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("tables/routing.xlsx", "unpacks to more than 32 MiB in xl/worksheets/sheet1.xml");
        assertThat(suggest(app.newKey(Role.STAFF), HttpRequest.BodyPublishers.ofString(SLEEP)).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminPortRefusesToChangeLogging() {
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.adminPort()
                + "/tasks/log-level")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logger=ROOT&level=TRACE")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty.server.HttpChannel").isDebugEnabled())
                .as("Jetty never logs below INFO").isFalse();
    }

    @Test
    void noSpellingOfTheTaskPathReachesTheLoggingTaskOnTheAdminPort() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        for (String path : List.of("/tasks/%6Cog-level", "/tasks;x/log-level", "/tasks/log-level;x", "/%74asks/log-level",
                "/tasks/./log-level", "/x/../tasks/log-level", "/tasks/%6c%6fg-level", "/tasks/gc")) {
            String status = RawHttp.statusLine(app.adminPort(), "POST " + path + "?logger=ROOT&level=OFF HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

            assertThat(status).as(path).doesNotContain(" 200 ");
            assertThat(root.getLevel()).as("ROOT's level after POST " + path).isEqualTo(before);
        }
    }

    @Test
    void aRuleOrServiceNamedAsAFormulaIsTextInTheStatisticsAndEvaluationCsv() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example\",\"x\")";
        String week = SuggestionCounter.isoWeek(LocalDate.now(ZoneOffset.UTC));
        Store store = app.store();
        store.outcomes().add(Tenant.DEFAULT, List.of(new OutcomeCount(week, "FC_NORR", "RULE", formula, "SUGGESTED", 7),
                new OutcomeCount(week, "FC_NORR", "SERVICE", "@SUM(1+1)", "SUGGESTED", 7)));
        store.counters().add(Tenant.DEFAULT, List.of(new CounterRow(week, "FC_NORR", "SLEEP", "LOW", "+cmd|' /C calc'!A0", "ROUTINE", 7)));

        for (String path : List.of("/evaluation", "/stats")) {
            HttpResponse<String> csv = app.get(path, app.key(Role.POLICY_OWNER), "text/csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<String> cells = CSVParser.parse(csv.body(), CSVFormat.DEFAULT).stream().flatMap(CSVRecord::stream).toList();

            assertThat(cells).as(path).anySatisfy(c -> assertThat(c).startsWith("'").containsAnyOf("HYPERLINK", "calc"));
            assertThat(cells).as(path + ": no cell a spreadsheet reads as a formula")
                    .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+"));
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/openapi.json", "/codes", "/no-such-page", "/f/AAAAAAAAAAAAAAAAAAAAAB", "/policy/"}) {
            HttpResponse<String> response = app.get(path, null);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void theBenchmarkEndpointIsOffUnlessConfigured() {
        assertThat(app.postJson("/benchmark/noop", app.key(Role.STAFF), SLEEP).statusCode()).isEqualTo(404);
    }

    @Test
    void crossOriginRequestsAreNotAllowed() {
        HttpResponse<String> preflight = app.send(app.request("/pathways/suggest", null)
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheErrorShape() {
        HttpResponse<String> missing = app.get("/no-such-page", app.key(Role.STAFF));
        HttpResponse<String> wrongMethod = app.get("/pathways/suggest", app.key(Role.STAFF));
        HttpResponse<String> wrongType = app.post("/pathways/suggest", app.key(Role.STAFF), "text/plain",
                SLEEP.getBytes(StandardCharsets.UTF_8));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(TestApp.json(missing).get("code").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(TestApp.json(wrongType).get("message").asText()).contains("application/json");
        assertThat(wrongMethod.body() + wrongType.body()).doesNotContain("Exception", "se.lotsen");
    }
}

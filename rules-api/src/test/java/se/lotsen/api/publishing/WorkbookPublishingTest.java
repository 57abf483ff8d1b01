package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/**
 * What a policy owner does in Excel alone, over HTTP: a route and its scenario row changed in the workbook
 * validate with no YAML touched, the comparison lists every changed family page by page with families that
 * can exist first, and publishing gives the new content a version by itself.
 */
class WorkbookPublishingTest {
    private static final String ZIP = "application/zip";
    private static final String WORKBOOK = "tables/routing.xlsx";
    private static TestApp app;
    private static String owner;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        owner = app.key(Role.POLICY_OWNER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFailingScenarioRowNamesTheServicesInSwedish() {
        RuleSetFiles routeOnly = EditedRuleSets.withCells("Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER");

        JsonNode report = TestApp.json(app.post("/rulesets/validate", owner, ZIP, routeOnly.toZip()));

        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode failure = report.get("scenarios").get("failures").get(0);
        assertThat(failure.get("name").asText()).isEqualTo("sleep-in-pregnancy");
        assertThat(failure.get("sv").get(0).asText()).contains("förväntade Barnmorskemottagningen").contains("fick Familjecentralens socionom");
    }

    @Test
    void aRouteAndItsScenarioRowChangedInTheWorkbookValidateCompareInPagesAndPublishUnderANewVersion() {
        RuleSetFiles changed = EditedRuleSets.withCells("Vägar", "route-sleep-nurse", "Skäl (svenska)", "Sömn: BVC-sjuksköterskan tar upp sömnen.",
                "Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER",
                "Scenarier", "sleep-in-pregnancy", "Ska finnas", "Familjecentralens socionom: Vanlig tid, För alla");

        JsonNode report = TestApp.json(app.post("/rulesets/validate", owner, ZIP, changed.toZip()));
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("valid").asBoolean()).isTrue();

        JsonNode all = TestApp.json(app.post("/rulesets/diff?per_page=5000", owner, ZIP, changed.toZip()));
        int count = all.get("changed").asInt();
        assertThat(count).isGreaterThan(100).isLessThanOrEqualTo(5000);
        assertThat(all.get("changes")).hasSize(count);
        JsonNode second = TestApp.json(app.post("/rulesets/diff?page=2&per_page=50", owner, ZIP, changed.toZip()));
        assertThat(second.get("changes")).hasSize(50);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("pages").asInt()).isEqualTo((count + 49) / 50);
        JsonNode first = TestApp.json(app.post("/rulesets/diff?page=1&per_page=100", owner, ZIP, changed.toZip()));
        for (JsonNode c : first.get("changes")) {
            assertThat(c.get("request").path("childAgeMonths").asInt(99) < 12
                    && c.get("request").path("protectiveFactors").toString().contains("PRESCHOOL_PLACE")).as(c.get("family").asText()).isFalse();
        }
        assertThat(all.get("changes").findValuesAsText("family")).isNotEmpty();
        assertThat(all.toString()).contains("BVC-sjuksköterskan tar upp sömnen.");

        HttpResponse<String> published = app.post("/rulesets", owner, ZIP, changed.toZip());
        assertThat(published.statusCode()).isEqualTo(201);
        String version = TestApp.json(published).get("report").get("version").asText();
        assertThat(version).isNotEqualTo(RuleSetFiles.readDefault().version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    }

    @Test
    void updatingAFailingScenariosExpectationGivesTheRewrittenRowAndAZipThatValidatesAndPublishes() {
        RuleSetFiles routeOnly = EditedRuleSets.withCells("Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER");

        HttpResponse<String> response = app.post("/rulesets/scenarios/sleep-in-pregnancy/expectation", owner, ZIP, routeOnly.toZip());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode updated = TestApp.json(response);
        assertThat(updated.get("file").asText()).isEqualTo(WORKBOOK);
        assertThat(updated.get("changes")).hasSize(1);
        assertThat(updated.get("changes").get(0).get("field").asText()).isEqualTo("Ska finnas");
        assertThat(updated.get("changes").get(0).get("before").asText()).isEqualTo("Barnmorskemottagningen: Vanlig tid, För alla");
        assertThat(updated.get("changes").get(0).get("after").asText()).isEqualTo("Familjecentralens socionom: Vanlig tid, För alla");
        byte[] zip = Base64.getDecoder().decode(updated.get("zipBase64").asText());
        JsonNode report = TestApp.json(app.post("/rulesets/validate", owner, ZIP, zip));
        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(app.post("/rulesets", owner, ZIP, zip).statusCode()).isEqualTo(201);

        HttpResponse<String> holds = app.post("/rulesets/scenarios/sleep-in-pregnancy/expectation", owner, ZIP, zip);
        assertThat(holds.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(holds).get("sv").asText()).contains("stämmer redan");
        assertThat(TestApp.json(holds).get("code").asText()).isEqualTo("expectation_not_updated");
    }

    @Test
    void theComparisonOverHttpIsGroupedFilteredAndDownloadsWholeAsCsvAndXlsx() throws Exception {
        // compared with the bundled default, whichever version another test here published
        RuleSetFiles bundled = RuleSetFiles.readDefault();
        assertThat(app.post("/rulesets/" + bundled.version() + "/activate?ruleSetId=" + bundled.id(), owner, "application/json", new byte[0])
                .statusCode()).isEqualTo(200);
        byte[] zip = EditedRuleSets.withCells("Vägar", "route-sleep-expecting", "Tjänst", "OPEN_PRESCHOOL").toZip();

        JsonNode all = TestApp.json(app.post("/rulesets/diff?per_page=10", owner, ZIP, zip));
        int changed = all.get("changed").asInt();
        assertThat(changed).isPositive();
        assertThat(all.get("matching").asInt()).isEqualTo(changed);
        // the open preschool is not for expecting families, so they lose the midwife and the fallback takes over: the
        // groups say so in the table's words, whatever the active version routes them to now
        JsonNode largest = all.get("groups").get(0);
        assertThat(largest.get("label").get("sv").asText()).matches("\\d+ familjer med behov Sömn \\(\\p{L}+\\), väntar barn: .+ → .+")
                .startsWith(largest.get("families").asInt() + " familjer ");
        String service = largest.get("shape").get("gained").get(0).asText();
        JsonNode gained = TestApp.json(app.post("/rulesets/diff?service_change=gained&per_page=10&service=" + service, owner, ZIP, zip));
        assertThat(gained.get("matching").asInt()).isGreaterThanOrEqualTo(largest.get("families").asInt());
        assertThat(gained.get("changes")).allSatisfy(c -> assertThat(c.get("shape").get("gained").toString()).contains(service));
        assertThat(TestApp.json(app.post("/rulesets/diff?service_change=lost&service=" + service, owner, ZIP, zip))
                .get("matching").asInt()).isZero();
        assertThat(TestApp.json(app.post("/rulesets/diff?age_band=0-11", owner, ZIP, zip)).get("matching").asInt()).isZero();
        JsonNode oneGroup = TestApp.json(app.post("/rulesets/diff?group=" + URLEncoder.encode(largest.get("key").asText(),
                StandardCharsets.UTF_8), owner, ZIP, zip));
        assertThat(oneGroup.get("matching").asInt()).isEqualTo(largest.get("families").asInt());

        HttpResponse<String> wrong = app.post("/rulesets/diff?service_change=maybe", owner, ZIP, zip);
        assertThat(wrong.statusCode()).isBetween(400, 422);
        assertThat(TestApp.json(wrong).get("field").asText()).isEqualTo("service_change");
        assertThat(TestApp.json(wrong).get("allowed").toString()).contains("gained", "lost");

        HttpResponse<String> csv = app.post("/rulesets/diff?format=csv", owner, ZIP, zip);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        assertThat(CSVParser.parse(csv.body().substring(1), CSVFormat.DEFAULT).getRecords()).hasSize(changed + 1);
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(app.request("/rulesets/diff?format=xlsx&lang=en", owner)
                .header("Content-Type", ZIP).POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(changed);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Family");
        }
    }
}

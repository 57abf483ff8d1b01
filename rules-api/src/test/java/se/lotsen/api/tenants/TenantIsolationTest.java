package se.lotsen.api.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/**
 * The region example's tenants on one server: every endpoint group answers a key from its own tenant's rule set and
 * data, and never another's. Grästorp's layer offers extended home visits to every infant's family; Norrköping's does not.
 */
class TenantIsolationTest {
    private static TestApp app;
    private static String grastorpStaff;
    private static String norrkopingStaff;

    @BeforeAll
    static void start() throws Exception {
        app = RegionExample.start();
        grastorpStaff = app.newKey("grastorp", Role.STAFF);
        norrkopingStaff = app.newKey("norrkoping", Role.STAFF);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode suggest(String key, String body) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", key, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestApp.json(response);
    }

    private static List<String> services(JsonNode pathway) {
        List<String> ids = new ArrayList<>();
        pathway.get("steps").forEach(s -> ids.add(s.get("service").get("id").asText()));
        return ids;
    }

    @Test
    void theSameFamilyGetsEachTenantsOwnLayer() {
        JsonNode grastorp = suggest(grastorpStaff, RegionExample.INFANT);
        JsonNode norrkoping = suggest(norrkopingStaff, RegionExample.INFANT);

        assertThat(services(grastorp)).contains("EXTENDED_HOME_VISITS", "BVC_NURSE");
        assertThat(grastorp.get("ruleSetId").asText()).isEqualTo("grastorp");
        assertThat(services(norrkoping)).contains("BVC_NURSE").doesNotContain("EXTENDED_HOME_VISITS");
        assertThat(norrkoping.get("ruleSetId").asText()).isEqualTo("norrkoping");
    }

    @Test
    void aKeyNamesItsTenantAndAKeyOfATenantNotServedHereIsRefused() {
        JsonNode tenant = TestApp.json(app.get("/tenant", grastorpStaff));
        assertThat(tenant.get("nameSv").asText()).isEqualTo("Grästorps kommun");
        assertThat(tenant.get("region").asText()).isEqualTo("region");

        String stranger = app.newKey("default", Role.STAFF);
        assertThat(app.postJson("/pathways/suggest", stranger, RegionExample.INFANT).statusCode()).isEqualTo(403);
    }

    @Test
    void catalogCodesAndHsdsAreTheTenantsOwn() {
        assertThat(app.get("/services", grastorpStaff).body()).contains("FC_GRASTORP").doesNotContain("FC_NORRKOPING");
        assertThat(app.get("/services", norrkopingStaff).body()).contains("FC_NORRKOPING").doesNotContain("FC_GRASTORP");
        assertThat(app.get("/services/EXTENDED_HOME_VISITS", grastorpStaff).body()).contains("FC_GRASTORP");
        assertThat(app.get("/hsds/locations", grastorpStaff).body()).contains("Familjecentralen i Grästorp")
                .doesNotContain("Familjecentralen i Norrköping");
        assertThat(app.get("/hsds/locations", norrkopingStaff).body()).contains("Familjecentralen i Norrköping")
                .doesNotContain("Familjecentralen i Grästorp");
        assertThat(app.get("/codes", grastorpStaff).statusCode()).isEqualTo(200);
    }

    @Test
    void countsAndTheEvaluationHoldOnlyTheTenantsOwnPathways() {
        String grastorpOwner = app.newKey("grastorp", Role.POLICY_OWNER);
        String norrkopingOwner = app.newKey("norrkoping", Role.POLICY_OWNER);
        for (int i = 0; i < 6; i++) {
            suggest(grastorpStaff, "{\"childAgeMonths\": 3, \"centre\": \"FC_GRASTORP\", \"needs\": [{\"category\": \"SLEEP\", "
                    + "\"severity\": \"MODERATE\"}]}");
        }

        assertThat(app.get("/stats", grastorpOwner).body()).contains("FC_GRASTORP");
        assertThat(app.get("/stats", norrkopingOwner).body()).doesNotContain("FC_GRASTORP");
        assertThat(app.get("/evaluation", grastorpOwner).body()).contains("FC_GRASTORP");
        HttpResponse<String> evaluation = app.get("/evaluation", norrkopingOwner);
        assertThat(evaluation.statusCode()).isEqualTo(200);
        assertThat(evaluation.body()).doesNotContain("FC_GRASTORP").doesNotContain("EXTENDED_HOME_VISITS");
    }

    @Test
    void followUpAndTheParentsPageBelongToTheTenantWhosePathwayItIs() {
        String reference = suggest(grastorpStaff, RegionExample.INFANT).get("reference").asText();
        String answer = "{\"reference\": \"" + reference + "\", \"serviceId\": \"EXTENDED_HOME_VISITS\", \"outcome\": \"CONTACTED\"}";

        assertThat(app.postJson("/followups", norrkopingStaff, answer).statusCode()).as("another tenant's pathway is unknown")
                .isEqualTo(404);
        assertThat(app.postJson("/followups", grastorpStaff, answer).statusCode()).isEqualTo(200);
        HttpResponse<String> page = app.get("/f/" + reference, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the page is written from Grästorp's catalog").contains("hembesök");
    }

    @Test
    void fhirAndCdsHooksAnswerFromTheSystemKeysTenant() throws Exception {
        String grastorp = app.newKey("grastorp", Role.SYSTEM);
        String norrkoping = app.newKey("norrkoping", Role.SYSTEM);
        String hook = Files.readString(RegionExample.ROOT.resolve("examples/cds-hooks/patient-view-sleep.json"));
        // The same infant's intake (9 months, a mild sleep need, no risk) as a FHIR $apply.
        String apply = "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"questionnaireResponse\", \"resource\": "
                + new ObjectMapper().readTree(hook).get("prefetch").get("intake") + "}]}";

        assertThat(app.post("/fhir/PlanDefinition/lotsen-pathway/$apply", grastorp, "application/fhir+json", apply.getBytes()).body())
                .contains("EXTENDED_HOME_VISITS");
        assertThat(app.post("/fhir/PlanDefinition/lotsen-pathway/$apply", norrkoping, "application/fhir+json", apply.getBytes()).body())
                .doesNotContain("EXTENDED_HOME_VISITS");
        assertThat(cds(grastorp, hook).body()).contains("EXTENDED_HOME_VISITS");
        assertThat(cds(norrkoping, hook).body()).doesNotContain("EXTENDED_HOME_VISITS");
    }

    @Test
    void aPolicyOwnerSeesAndActivatesOnlyHerTenantsVersions() {
        String norrkopingOwner = app.newKey("norrkoping", Role.POLICY_OWNER);
        String grastorpOwner = app.newKey("grastorp", Role.POLICY_OWNER);
        String grastorpVersion = TestApp.json(app.get("/rulesets/active", grastorpOwner)).get("version").asText();

        assertThat(app.get("/rulesets", norrkopingOwner).body()).doesNotContain("grastorp");
        assertThat(app.post("/rulesets/" + grastorpVersion + "/activate?ruleSetId=grastorp", norrkopingOwner, "application/json",
                new byte[0]).statusCode()).isEqualTo(404);
        assertThat(app.get("/rulesets/" + grastorpVersion + "/zip?ruleSetId=grastorp", norrkopingOwner).statusCode()).isEqualTo(404);
        assertThat(app.post("/rulesets/region-2026.1/activate?safetyCorrection=true", norrkopingOwner, "application/json",
                new byte[0]).statusCode()).as("only the region moves every tenant").isEqualTo(403);
        assertThat(services(suggest(norrkopingStaff, RegionExample.INFANT))).doesNotContain("EXTENDED_HOME_VISITS");
    }

    @Test
    void aCdsClientOfAnotherTenantCannotGiveFeedbackOnATenantsCards() throws Exception {
        String grastorp = app.newKey("grastorp", Role.SYSTEM);
        String norrkoping = app.newKey("norrkoping", Role.SYSTEM);
        String hook = Files.readString(RegionExample.ROOT.resolve("examples/cds-hooks/patient-view-sleep.json"));
        String card = TestApp.json(cds(grastorp, hook)).get("cards").get(0).get("uuid").asText();
        String feedback = "{\"feedback\": [{\"card\": \"" + card + "\", \"outcome\": \"accepted\","
                + " \"outcomeTimestamp\": \"2026-11-24T10:00:00Z\"}]}";

        HttpResponse<String> foreign = app.postJson("/cds-services/lotsen-pathway/feedback", norrkoping, feedback);
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(TestApp.json(foreign).get("entries").has("UNKNOWN")).as(foreign.body()).isTrue();
        assertThat(TestApp.json(app.get("/evaluation", app.newKey("norrkoping", Role.POLICY_OWNER))).get("weekTotals")
                .findValuesAsText("CARD_ACCEPTED")).as("Norrköping counts no feedback on Grästorp's card").allMatch("0"::equals);

        HttpResponse<String> own = app.postJson("/cds-services/lotsen-pathway/feedback", grastorp, feedback);
        assertThat(TestApp.json(own).get("entries").has("COUNTED")).as("the card is still Grästorp's to count: " + own.body())
                .isTrue();
    }

    private static HttpResponse<String> cds(String key, String body) {
        return app.send(app.request("/cds-services/lotsen-pathway", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}

package se.lotsen.api.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/**
 * A new base reaches a municipality only when its policy owner accepts it, or when the region marks it a safety
 * correction; a base the region rolled back is never used again by itself.
 */
class BaseUpdatesTest {
    /** A family the region's next base answers differently: two months old, sleeping badly. */
    static final String TWO_MONTHS = "{\"childAgeMonths\": 2, \"needs\": [{\"category\": \"SLEEP\", \"severity\": \"MODERATE\"}]}";

    /**
     * The region's next base: a family whose two-month-old sleeps badly is also offered Bokstart at the library (a
     * narrow change, so the default's exact scenarios still hold on it).
     */
    static byte[] baseWithBokstart() {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.read(RegionExample.ROOT.resolve("examples/region/base")).files());
        files.put("rules/bokstart.drl", """
                package se.lotsen.rules.region;

                import se.lotsen.core.vocabulary.*;
                import se.lotsen.core.NeedCategory;
                import se.lotsen.core.Tier;
                import se.lotsen.core.Urgency;

                global se.lotsen.core.vocabulary.Advice out;

                rule "region-bokstart-for-sleepless-two-month-olds"
                when
                    Family( ageMonths == 2, hasNeed( NeedCategory.SLEEP ) )
                then
                    out.route( drools.getRule().getName(), NeedCategory.SLEEP, "LIBRARY_LANGUAGE", Urgency.ROUTINE, Tier.UNIVERSAL,
                        "Regionen: en familj vars tvåmånaders sover dåligt erbjuds Bokstart på biblioteket.",
                        "The region: a family whose two-month-old sleeps badly is offered Bokstart at the library." );
                end
                """.getBytes(StandardCharsets.UTF_8));
        files.put("scenarios/bokstart.yaml", """
                scenarios:
                  - name: region-bokstart-for-a-sleepless-two-month-old
                    why: "I regionen erbjuds en familj vars tvåmånaders sover dåligt Bokstart."
                    request: { childAgeMonths: 2, needs: [{ category: SLEEP, severity: MILD }] }
                    expect:
                      includes: [LIBRARY_LANGUAGE]
                      rules: [region-bokstart-for-sleepless-two-month-olds]
                """.getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of("base with Bokstart", files).toZip();
    }

    private static List<String> services(TestApp app, String key) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", key, TWO_MONTHS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        TestApp.json(response).get("steps").forEach(s -> ids.add(s.get("service").get("id").asText()));
        return ids;
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return TestApp.json(response);
    }

    @Test
    void aNewOrRolledBackBaseChangesNoTenantUntilItAcceptsOrTheRegionCorrectsSafety() throws Exception {
        try (TestApp app = RegionExample.start()) {
            String region = app.newKey("region", Role.POLICY_OWNER);
            String regionStaff = app.newKey("region", Role.STAFF);
            String grastorpOwner = app.newKey("grastorp", Role.POLICY_OWNER);
            String norrkopingOwner = app.newKey("norrkoping", Role.POLICY_OWNER);
            String grastorp = app.newKey("grastorp", Role.STAFF);
            String norrkoping = app.newKey("norrkoping", Role.STAFF);
            assertThat(ok(app.get("/rulesets/base-updates", grastorpOwner), 200).get("pending").isNull()).isTrue();

            // The region publishes a new base: it serves the region's own keys, and no municipality's.
            String newBase = ok(app.post("/rulesets", region, "application/zip", baseWithBokstart()), 201)
                    .get("version").get("version").asText();
            assertThat(services(app, regionStaff)).contains("LIBRARY_LANGUAGE");
            assertThat(services(app, grastorp)).contains("EXTENDED_HOME_VISITS").doesNotContain("LIBRARY_LANGUAGE");
            assertThat(services(app, norrkoping)).doesNotContain("LIBRARY_LANGUAGE");
            JsonNode pending = ok(app.get("/rulesets/base-updates", grastorpOwner), 200);
            assertThat(pending.get("pinnedBase").asText()).isEqualTo("region region-2026.1");
            assertThat(pending.get("pending").get("to").asText()).isEqualTo("region " + newBase);
            assertThat(pending.get("pending").get("diff").get("changed").asInt()).as("infant families change").isPositive();

            // Rolled back: nothing pending, nothing changed, and a layer published now is pinned to what the region serves.
            ok(app.post("/rulesets/region-2026.1/activate", region, "application/json", new byte[0]), 200);
            assertThat(ok(app.get("/rulesets/base-updates", grastorpOwner), 200).get("pending").isNull()).isTrue();
            assertThat(services(app, regionStaff)).doesNotContain("LIBRARY_LANGUAGE");
            Map<String, byte[]> norrkopingLayer = new TreeMap<>(RuleSetFiles.read(RegionExample.ROOT.resolve("examples/region/norrkoping"))
                    .files());
            norrkopingLayer.put("ruleset.yaml", (new String(norrkopingLayer.get("ruleset.yaml"), StandardCharsets.UTF_8)
                    + "\n# edited\n").getBytes(StandardCharsets.UTF_8));
            JsonNode published = ok(app.post("/rulesets", norrkopingOwner, "application/zip",
                    RuleSetFiles.of("edited", norrkopingLayer).toZip()), 201);
            assertThat(published.get("version").get("base").asText()).as("never the rolled-back base").isEqualTo("region region-2026.1");

            // Forward again; Grästorp accepts (validated on the new base), Norrköping has not.
            ok(app.post("/rulesets/" + newBase + "/activate", region, "application/json", new byte[0]), 200);
            assertThat(services(app, grastorp)).doesNotContain("LIBRARY_LANGUAGE");
            JsonNode accepted = ok(app.post("/rulesets/base-updates/accept", grastorpOwner, "application/json", new byte[0]), 200);
            assertThat(accepted.get("moved").asBoolean()).isTrue();
            assertThat(services(app, grastorp)).contains("LIBRARY_LANGUAGE", "EXTENDED_HOME_VISITS");
            assertThat(services(app, norrkoping)).doesNotContain("LIBRARY_LANGUAGE");
            assertThat(ok(app.get("/rulesets/base-updates", grastorpOwner), 200).get("pinnedBase").asText())
                    .isEqualTo("region " + newBase);

            // The region marks the base a safety correction: every municipality moves, and is told with its diff.
            ok(app.post("/rulesets/" + newBase + "/activate?safetyCorrection=true", region, "application/json", new byte[0]), 200);
            assertThat(services(app, norrkoping)).contains("LIBRARY_LANGUAGE");
            JsonNode told = ok(app.get("/rulesets/base-updates", norrkopingOwner), 200);
            assertThat(told.get("moves").get(0).get("safety").asInt()).isEqualTo(1);
            assertThat(told.get("moves").get(0).get("diffJson").asText()).contains("LIBRARY_LANGUAGE");
            JsonNode followers = ok(app.get("/rulesets/tenants", region), 200);
            assertThat(followers).extracting(f -> f.get("tenant").asText() + " " + f.get("base").asText())
                    .containsExactlyInAnyOrder("norrkoping region " + newBase, "goteborg region " + newBase, "grastorp region " + newBase);
            assertThat(app.get("/rulesets/tenants", grastorpOwner).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void afterARestartEveryLayerStillServesOnTheBaseItIsPinnedTo() throws Exception {
        List<TenantConfiguration> tenants = RegionExample.tenants();
        Path store;
        try (TestApp first = TestApp.start(c -> c.setTenants(tenants))) {
            store = first.dir().resolve("lotsen.db");
            ok(first.post("/rulesets", first.newKey("region", Role.POLICY_OWNER), "application/zip", baseWithBokstart()), 201);
        }
        try (TestApp restarted = TestApp.start(c -> {
            c.setTenants(tenants);
            c.setDatabase(LotsenConfiguration.sqlite(store.toString()));
        })) {
            assertThat(services(restarted, restarted.newKey("region", Role.STAFF))).as("the region serves its new base")
                    .contains("LIBRARY_LANGUAGE");
            assertThat(services(restarted, restarted.newKey("grastorp", Role.STAFF))).contains("EXTENDED_HOME_VISITS")
                    .doesNotContain("LIBRARY_LANGUAGE");
            assertThat(services(restarted, restarted.newKey("norrkoping", Role.STAFF))).doesNotContain("LIBRARY_LANGUAGE");
        }
    }

    /**
     * A municipality's policy owner moves her tenant between bases only by accepting the one the region serves: she
     * cannot activate a base version the region rolled back, nor undo a safety correction by activating her version
     * pinned to the base it corrected.
     */
    @Test
    void aMunicipalityCannotActivateARolledBackBaseNorUndoASafetyCorrection() throws Exception {
        try (TestApp app = RegionExample.start()) {
            String region = app.newKey("region", Role.POLICY_OWNER);
            String norrkopingOwner = app.newKey("norrkoping", Role.POLICY_OWNER);
            String norrkoping = app.newKey("norrkoping", Role.STAFF);
            String before = ok(app.get("/rulesets/active", norrkopingOwner), 200).get("version").asText();
            // On the base she is pinned to she still rolls back and forth: to the base itself, and to her layer again.
            ok(app.post("/rulesets/region-2026.1/activate?ruleSetId=region", norrkopingOwner, "application/json", new byte[0]), 200);
            JsonNode onTheBase = ok(app.get("/rulesets/base-updates", norrkopingOwner), 200);
            assertThat(onTheBase.get("pinnedBase").asText()).as("serving the region's base itself").isEqualTo("region region-2026.1");
            assertThat(onTheBase.get("pending").isNull()).as("no update while she serves the base the region serves").isTrue();
            ok(app.post("/rulesets/" + before + "/activate?ruleSetId=norrkoping", norrkopingOwner, "application/json", new byte[0]), 200);

            String newBase = ok(app.post("/rulesets", region, "application/zip", baseWithBokstart()), 201)
                    .get("version").get("version").asText();
            ok(app.post("/rulesets/region-2026.1/activate", region, "application/json", new byte[0]), 200);
            HttpResponse<String> rolledBack = app.post("/rulesets/" + newBase + "/activate?ruleSetId=region", norrkopingOwner,
                    "application/json", new byte[0]);
            assertThat(rolledBack.statusCode()).as(rolledBack.body()).isIn(403, 404, 409);
            assertThat(services(app, norrkoping)).doesNotContain("LIBRARY_LANGUAGE");

            ok(app.post("/rulesets/" + newBase + "/activate?safetyCorrection=true", region, "application/json", new byte[0]), 200);
            assertThat(services(app, norrkoping)).contains("LIBRARY_LANGUAGE");
            HttpResponse<String> undo = app.post("/rulesets/" + before + "/activate?ruleSetId=norrkoping", norrkopingOwner,
                    "application/json", new byte[0]);
            assertThat(undo.statusCode()).as(undo.body()).isIn(403, 409);
            assertThat(services(app, norrkoping)).as("the safety correction holds").contains("LIBRARY_LANGUAGE");
        }
    }
}

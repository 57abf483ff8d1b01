package se.lotsen.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

@ExtendWith(SharedApp.class)
class PathwayResourceTest {
    static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\", \"severity\": \"MODERATE\"}]}";

    @Test
    void aPathwayNamesItsRuleSetAndEveryStepItsRulesAndReasonsInBothLanguages(TestApp app) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", app.key(Role.STAFF), SLEEP);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode pathway = TestApp.json(response);
        assertThat(pathway.get("ruleSetId").asText()).isEqualTo("default");
        assertThat(pathway.get("ruleSetVersion").asText()).isNotBlank();
        assertThat(pathway.get("steps")).isNotEmpty();
        for (JsonNode step : pathway.get("steps")) {
            assertThat(step.get("reasons")).isNotEmpty();
            for (JsonNode reason : step.get("reasons")) {
                assertThat(reason.get("ruleId").asText()).isNotBlank();
                assertThat(reason.get("sv").asText()).isNotBlank();
                assertThat(reason.get("en").asText()).isNotBlank();
            }
        }
    }

    @Test
    void selfHarmThoughtsLeadWithTheSuicideRiskAndNameTheSuicideLine(TestApp app) {
        JsonNode pathway = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 2, \"screenings\": {\"epds\": {\"total\": 3, \"item10\": 1, \"language\": \"sv\"}}}"));
        JsonNode safeguarding = pathway.get("safeguarding");

        assertThat(safeguarding.get("concern").asBoolean()).isTrue();
        assertThat(safeguarding.get("lead").get("sv").asText()).contains("självmord");
        assertThat(safeguarding.get("leads").get(0).get("trigger").asText()).isEqualTo("SELF_HARM");
        assertThat(safeguarding.get("contacts").findValuesAsText("phone")).contains("90101");
        JsonNode line = null;
        for (JsonNode contact : safeguarding.get("contacts")) {
            line = "90101".equals(contact.path("phone").asText()) ? contact : line;
        }
        assertThat(line.get("checked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(safeguarding.get("forParent").get("contacts").findValuesAsText("phone")).contains("90101", "1177", "112");
    }

    @Test
    void sixPathwaysForTheSameRequestCarrySixDistinctUnguessableReferences(TestApp app) {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            references.add(TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), SLEEP)).get("reference").asText());
        }

        assertThat(references).hasSize(6).allSatisfy(r -> assertThat(r).matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void theReferenceCarriesTheParentsLanguageSoTheHandoutCanSpeakIt(TestApp app) {
        JsonNode pathway = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.SYSTEM),
                "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}], \"language\": \"ar\"}"));

        assertThat(pathway.get("reference").asText()).endsWith(".ar");
    }

    @Test
    void aKeyGivenTwiceInJsonIsRefusedSoAnEmptyListCannotDropAConcern(TestApp app) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"riskFactors\": [\"DOMESTIC_VIOLENCE\"], \"riskFactors\": []}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(response).get("code").asText()).isEqualTo("duplicate_field");
        assertThat(TestApp.json(response).get("field").asText()).isEqualTo("riskFactors");
    }

    @Test
    void anInvalidRequestNamesTheFieldAndTheAllowedValues(TestApp app) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEPING\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = TestApp.json(response);
        assertThat(error.get("field").asText()).isEqualTo("needs[0].category");
        assertThat(error.get("allowed").toString()).contains("SLEEP");
    }

    @Test
    void freeTextIsRefusedWithTheField(TestApp app) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"note\": \"Anna Andersson, 19850101-1234\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(response).get("field").asText()).isEqualTo("note");
        assertThat(response.body()).doesNotContain("Anna");
    }

    @Test
    void malformedJsonIs400AndNeverAStackTrace(TestApp app) {
        HttpResponse<String> response = app.postJson("/pathways/suggest", app.key(Role.STAFF), "{\"childAgeMonths\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(response).get("code").asText()).isEqualTo("malformed_json");
        assertThat(response.body()).doesNotContain("Exception", "at se.", "jackson");
    }

    @Test
    void noKeyAndAWrongKeyAreToldApart(TestApp app) {
        HttpResponse<String> missing = app.postJson("/pathways/suggest", null, SLEEP);
        HttpResponse<String> wrong = app.postJson("/pathways/suggest", "Bearer lotsen_not-a-key", SLEEP);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(missing).get("code").asText()).isEqualTo("key_missing");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(wrong).get("code").asText()).isEqualTo("key_invalid");
    }

    @Test
    void aKeyInTheAddressIsNeverAccepted(TestApp app) {
        String key = app.key(Role.STAFF).substring("Bearer ".length());

        HttpResponse<String> response = app.get("/codes?access_token=" + key, null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aStaffKeyOnAPolicyOwnersEndpointIs403WithAMessageThatSaysWhy(TestApp app) {
        for (String path : new String[] {"/stats", "/evaluation", "/rulesets"}) {
            HttpResponse<String> response = app.get(path, app.key(Role.STAFF));

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(TestApp.json(response).get("code").asText()).isEqualTo("forbidden_role");
            assertThat(TestApp.json(response).get("message").asText()).contains("role");
        }
    }

    @Test
    void aPolicyOwnerKeyCannotAskForPathways(TestApp app) {
        assertThat(app.postJson("/pathways/suggest", app.key(Role.POLICY_OWNER), SLEEP).statusCode()).isEqualTo(403);
    }
}

package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.interop.fhir.FhirValidation;

@ExtendWith(SharedApp.class)
class CdsHooksResourceTest {
    static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples"));

    private static HttpResponse<String> call(TestApp app, String example, String language) throws Exception {
        return app.send(app.request("/cds-services/lotsen-pathway", app.key(Role.SYSTEM))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Files.readString(EXAMPLES.resolve(example)))));
    }

    @Test
    void discoveryListsThePatientViewServiceWithItsPrefetch(TestApp app) {
        JsonNode service = TestApp.json(app.get("/cds-services", app.key(Role.SYSTEM))).get("services").get(0);

        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("id").asText()).isEqualTo("lotsen-pathway");
        assertThat(service.get("description").asText()).isNotBlank();
        assertThat(service.get("prefetch").get("intake").asText()).startsWith("QuestionnaireResponse?questionnaire=");
    }

    @Test
    void theViolenceExampleGivesACriticalCardFirstAndEverySummaryIsShort(TestApp app) throws Exception {
        HttpResponse<String> response = call(app, "cds-hooks/patient-view-violence.json", "sv");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode cards = TestApp.json(response).get("cards");
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("critical");
        assertThat(cards.get(0).get("summary").asText()).contains("anmälningsplikt");
        for (JsonNode card : cards) {
            assertThat(card.get("summary").asText().length()).isLessThan(140);
            assertThat(card.get("source").get("label").asText()).startsWith("Lotsen").contains("2026.");
            assertThat(card.get("indicator").asText()).isIn("info", "warning", "critical");
            if (card.has("suggestions")) {
                assertThat(card.get("selectionBehavior").asText()).isEqualTo("any");
                JsonNode resource = card.get("suggestions").get(0).get("actions").get(0).get("resource");
                assertThat(FhirValidation.errors(resource.toString())).isEmpty();
            }
            assertThat(card.has("links") ? card.get("links").size() : 1).as("empty lists are left out").isPositive();
        }
    }

    @Test
    void englishComesWithAcceptLanguage(TestApp app) throws Exception {
        JsonNode cards = TestApp.json(call(app, "cds-hooks/patient-view-violence.json", "en-GB")).get("cards");

        assertThat(cards.get(0).get("summary").asText()).contains("duty to report");
    }

    @Test
    void withoutThePrefetchTheAnswerIs412(TestApp app) throws Exception {
        HttpResponse<String> response = call(app, "cds-hooks/patient-view-no-prefetch.json", "sv");

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(TestApp.json(response).get("field").asText()).isEqualTo("prefetch.intake");
    }

    @Test
    void feedbackOnACardIsCountedAnonymouslyInTheEvaluation(TestApp app) throws Exception {
        JsonNode cards = TestApp.json(call(app, "cds-hooks/patient-view-sleep.json", "sv")).get("cards");
        String feedback = "{\"feedback\": [{\"card\": \"" + cards.get(0).get("uuid").asText() + "\", \"outcome\": \"accepted\","
                + " \"outcomeTimestamp\": \"2026-11-24T10:00:00Z\"}]}";

        HttpResponse<String> answer = app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM), feedback);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode evaluation = TestApp.json(app.get("/evaluation", app.key(Role.POLICY_OWNER)));
        assertThat(evaluation.get("weekTotals").findValuesAsText("CARD_ACCEPTED")).anyMatch(v -> !v.equals("0"));
    }

    @Test
    void anUnknownServiceIs404AndStaffKeysAreRefused(TestApp app) {
        assertThat(app.postJson("/cds-services/nothing", app.key(Role.SYSTEM), "{}").statusCode()).isEqualTo(404);
        assertThat(app.get("/cds-services", app.key(Role.STAFF)).statusCode()).isEqualTo(403);
    }
}

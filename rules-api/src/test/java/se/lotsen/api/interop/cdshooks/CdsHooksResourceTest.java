package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.interop.fhir.FhirInvariants;
import se.lotsen.api.interop.fhir.FhirValidation;

@ExtendWith(SharedApp.class)
class CdsHooksResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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
                assertThat(FhirInvariants.check(resource.toString()).broken()).isEmpty();
                assertThat(resource.get("text").get("div").asText()).contains("<li>");
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

    private static HttpResponse<String> callWith(TestApp app, String example, java.util.function.Consumer<ObjectNode> change)
            throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(example)));
        change.accept(request);
        return app.postJson("/cds-services/lotsen-pathway", app.key(Role.SYSTEM), request.toString());
    }

    @Test
    void aHookTheServiceDoesNotDeclareIs400NamingTheHook(TestApp app) throws Exception {
        HttpResponse<String> response = callWith(app, "cds-hooks/patient-view-sleep.json", r -> r.put("hook", "order-sign"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(response).get("field").asText()).isEqualTo("hook");
        assertThat(TestApp.json(response).get("allowed").get(0).asText()).isEqualTo("patient-view");
    }

    @Test
    void aCallWithoutHookInstanceOrPatientIdIs400(TestApp app) throws Exception {
        HttpResponse<String> noInstance = callWith(app, "cds-hooks/patient-view-sleep.json", r -> r.remove("hookInstance"));
        HttpResponse<String> noPatient = callWith(app, "cds-hooks/patient-view-sleep.json",
                r -> ((ObjectNode) r.get("context")).remove("patientId"));

        assertThat(noInstance.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(noInstance).get("field").asText()).isEqualTo("hookInstance");
        assertThat(noPatient.statusCode()).isEqualTo(400);
        assertThat(TestApp.json(noPatient).get("field").asText()).isEqualTo("context.patientId");
    }

    @Test
    void aChartWithoutAnIntakeFormGetsNoCards(TestApp app) throws Exception {
        HttpResponse<String> nothing = callWith(app, "cds-hooks/patient-view-sleep.json",
                r -> ((ObjectNode) r.get("prefetch")).putNull("intake"));
        HttpResponse<String> emptySearch = callWith(app, "cds-hooks/patient-view-sleep.json",
                r -> ((ObjectNode) r.get("prefetch")).set("intake", JSON.createObjectNode().put("resourceType", "Bundle")
                        .put("type", "searchset").put("total", 0)));

        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(200);
        assertThat(nothing.body().replace(" ", "")).isEqualTo("{\"cards\":[]}");
        assertThat(emptySearch.statusCode()).isEqualTo(200);
        assertThat(TestApp.json(emptySearch).get("cards")).isEmpty();
    }

    @Test
    void suggestionsAreForThePatientInContextAndNameTheServiceByLotsensCode(TestApp app) throws Exception {
        JsonNode cards = TestApp.json(callWith(app, "cds-hooks/patient-view-sleep.json",
                r -> ((ObjectNode) r.get("context")).put("patientId", "pat-123"))).get("cards");

        JsonNode resource = cards.get(0).get("suggestions").get(0).get("actions").get(0).get("resource");
        assertThat(resource.get("subject").get("reference").asText()).isEqualTo("Patient/pat-123");
        JsonNode performer = resource.get("performer").get(0);
        assertThat(performer.has("reference")).as("the client's server has no HealthcareService of Lotsen's").isFalse();
        assertThat(performer.get("identifier").get("system").asText()).isEqualTo("https://lotsen.se/fhir/CodeSystem/service");
        assertThat(performer.get("display").asText()).isNotBlank();
    }

    @Test
    void feedbackWithANullEntryOrWithoutItsTimestampIsRefusedAndCountsNothing(TestApp app) throws Exception {
        String card = TestApp.json(call(app, "cds-hooks/patient-view-sleep.json", "sv")).get("cards").get(0).get("uuid").asText();

        HttpResponse<String> nullEntry = app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM),
                "{\"feedback\":[null]}");
        HttpResponse<String> noTimestamp = app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM),
                "{\"feedback\":[{\"card\":\"" + card + "\",\"outcome\":\"accepted\"}]}");
        HttpResponse<String> later = app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM),
                "{\"feedback\":[{\"card\":\"" + card + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2026-11-24T10:00:00Z\"}]}");

        assertThat(nullEntry.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(nullEntry).get("field").asText()).isEqualTo("feedback[0]");
        assertThat(noTimestamp.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(noTimestamp).get("field").asText()).isEqualTo("feedback[0].outcomeTimestamp");
        assertThat(TestApp.json(later).get("entries").get("COUNTED").asInt()).as("the refused one counted nothing").isEqualTo(1);
    }

    @Test
    void feedbackOnAnUnknownCardIsIgnoredWithAClearAnswer(TestApp app) {
        HttpResponse<String> answer = app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM),
                "{\"feedback\":[{\"card\":\"11111111-2222-3333-4444-555555555555\",\"outcome\":\"overridden\","
                        + "\"outcomeTimestamp\":\"2026-11-24T10:00:00Z\"}]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(TestApp.json(answer).get("ignored").get(0).get("reason").asText()).contains("no such card");
    }

    @Test
    void anUnknownServiceIs404AndStaffKeysAreRefused(TestApp app) {
        assertThat(app.postJson("/cds-services/nothing", app.key(Role.SYSTEM), "{}").statusCode()).isEqualTo(404);
        assertThat(app.get("/cds-services", app.key(Role.STAFF)).statusCode()).isEqualTo(403);
    }
}

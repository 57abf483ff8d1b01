package se.lotsen.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** One language and the compact view: the same pathway in fewer bytes. */
@ExtendWith(SharedApp.class)
class AnswerViewsTest {
    private static final String VIOLENCE = "{\"childAgeMonths\": 6, \"centre\": \"FC_NORR\", \"language\": \"ar\", "
            + "\"riskFactors\": [\"DOMESTIC_VIOLENCE\"], \"needs\": [{\"category\": \"SLEEP\", \"severity\": \"MODERATE\"}]}";

    private static HttpResponse<String> suggest(TestApp app, String query, String acceptLanguage) {
        HttpRequest.Builder request = app.request("/pathways/suggest" + query, app.key(Role.STAFF))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(VIOLENCE));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return app.send(request);
    }

    /** What a pathway says, whatever its view: steps with their service, urgency, tier, needs and reasons. */
    private static List<String> content(JsonNode pathway, String language) {
        List<String> said = new ArrayList<>();
        said.add(pathway.get("riskLevel").asText() + " " + pathway.get("urgency").asText());
        JsonNode duty = pathway.get("safeguarding").get("duty");
        said.add(duty.isTextual() ? duty.asText() : duty.get(language).asText());
        pathway.get("safeguarding").get("contacts").forEach(c -> said.add(c.path("id").asText() + " "
                + (c.hasNonNull("phone") ? c.get("phone").asText() : "")));
        for (JsonNode step : pathway.get("steps")) {
            said.add(step.get("order") + " " + step.get("service").get("id").asText() + " " + step.get("urgency").asText() + " "
                    + step.get("tier").asText() + " " + step.get("needs") + " " + step.get("interpreter"));
            for (JsonNode reason : step.get("reasons")) {
                said.add(reason.get("ruleId").asText() + ": " + (reason.has("text") ? reason.get("text") : reason.get(language)).asText());
            }
        }
        return said;
    }

    @Test
    void theCompactSwedishAnswerSaysWhatTheFullOneSaysInFewerBytes(TestApp app) {
        HttpResponse<String> full = suggest(app, "", null);
        HttpResponse<String> compact = suggest(app, "?view=compact&lang=sv", null);

        assertThat(compact.statusCode()).isEqualTo(200);
        assertThat(content(TestApp.json(compact), "sv")).isEqualTo(content(TestApp.json(full), "sv")).hasSizeGreaterThan(4);
        assertThat(compact.body().length()).as("bytes").isLessThan(full.body().length() / 2);
        assertThat(compact.body()).doesNotContain("\"en\":", "\"access\"", "\"hours\"");
        assertThat(TestApp.json(compact).get("reference").asText()).matches("[A-Za-z0-9_-]{22}\\.ar");
    }

    @Test
    void langGivesOneLanguageWithTheCatalogDetail(TestApp app) {
        JsonNode english = TestApp.json(suggest(app, "?lang=en", null));
        JsonNode full = TestApp.json(suggest(app, "", null));

        assertThat(content(english, "en")).isEqualTo(content(full, "en"));
        assertThat(english.toString()).doesNotContain("\"sv\":");
        assertThat(english.get("steps").get(0).get("service").get("name").asText())
                .isEqualTo(full.get("steps").get(0).get("service").get("name").get("en").asText());
    }

    @Test
    void acceptLanguageChoosesTheCompactViewsLanguageButNeverNarrowsTheFullAnswer(TestApp app) {
        JsonNode compact = TestApp.json(suggest(app, "?view=compact", "en-GB,en;q=0.9,sv;q=0.5"));
        JsonNode browser = TestApp.json(suggest(app, "", "en-US,en;q=0.9"));

        assertThat(compact.get("language").asText()).isEqualTo("en");
        assertThat(browser.get("steps").get(0).get("reasons").get(0).has("sv")).as("the staff page's answer").isTrue();
        assertThat(TestApp.json(suggest(app, "?view=compact", "de")).get("language").asText()).isEqualTo("sv");
    }

    @Test
    void anUnknownLanguageOrViewIsRefusedWithWhatIsAllowed(TestApp app) {
        HttpResponse<String> german = suggest(app, "?lang=de", null);
        HttpResponse<String> tiny = suggest(app, "?view=tiny", null);

        assertThat(german.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(german).get("field").asText()).isEqualTo("lang");
        assertThat(TestApp.json(german).get("allowed").toString()).contains("sv", "en");
        assertThat(tiny.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(tiny).get("allowed").toString()).contains("compact");
    }
}

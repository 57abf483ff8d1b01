package se.lotsen.api.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/** With a catalog layer that has Arabic texts, the parent's page shows them, and says they are not yet reviewed. */
class HandoutTranslationsTest {
    @Test
    void theArabicLayersTextsReachTheParentsPage() {
        try (TestApp app = TestApp.start()) {
            RuleSetFiles layer = RuleSetFiles.read(Path.of("../examples/rulesets/arabic-texts"));
            HttpResponse<String> published = app.post("/rulesets", app.key(Role.POLICY_OWNER), "application/zip", layer.toZip());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);

            String reference = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                    "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}], \"language\": \"ar\"}")).get("reference").asText();
            String page = app.get("/f/" + reference, null).body();

            assertThat(page).contains(">ممرضة رعاية صحة الطفل (<bdi dir=\"ltr\">BVC</bdi>)", "بعض النصوص بلغتك لم تتم مراجعتها بعد.");
        }
    }
}

package se.lotsen.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SuggestionRequest;

@ExtendWith(SharedApp.class)
class CodesResourceTest {
    @Test
    void everyRiskFactorIsInExactlyOneGroupSoThePageCanNeverLoseOne() {
        List<String> grouped = new ArrayList<>();
        CodesResource.RISK_GROUPS.forEach(g -> grouped.addAll(g.codes()));

        assertThat(grouped).containsExactlyInAnyOrderElementsOf(Arrays.stream(RiskFactor.values()).map(Enum::name).toList());
    }

    @Test
    void codesCarryLabelsGroupsAndTheActiveRuleSetsEpdsForms(TestApp app) {
        JsonNode codes = TestApp.json(app.get("/codes", app.key(Role.STAFF)));

        assertThat(codes.get("needs").get(0).get("sv").asText()).isNotBlank();
        assertThat(codes.get("riskGroups")).hasSize(CodesResource.RISK_GROUPS.size());
        assertThat(codes.get("tiers").findValuesAsText("sv")).containsExactly("För alla", "Riktat stöd", "Individuellt stöd");
        assertThat(codes.get("epdsForms").findValuesAsText("code")).contains("sv", "ar", "fa-AF");
    }

    @Test
    void theOldestAgeIsServedFromTheOneConstantAndThePageKeepsNoCopy(TestApp app) throws Exception {
        JsonNode codes = TestApp.json(app.get("/codes", app.key(Role.STAFF)));
        String page = app.get("/", null).body() + app.get("/static/app.js", null).body();

        assertThat(codes.get("maxChildAgeMonths").asInt()).isEqualTo(SuggestionRequest.MAX_CHILD_AGE_MONTHS);
        assertThat(page).doesNotContain(String.valueOf(SuggestionRequest.MAX_CHILD_AGE_MONTHS)).contains("maxChildAgeMonths");
        // The oldest age in weeks likewise: served, and neither an input's bound nor a message on the page spells it.
        assertThat(codes.get("maxChildAgeWeeks").asInt()).isEqualTo(SuggestionRequest.MAX_CHILD_AGE_WEEKS);
        assertThat(page).contains("maxChildAgeWeeks").doesNotContain("max=\"" + SuggestionRequest.MAX_CHILD_AGE_WEEKS + "\"")
                .doesNotContain("0–" + SuggestionRequest.MAX_CHILD_AGE_WEEKS + ")");
    }
}

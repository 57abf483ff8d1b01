package se.lotsen.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** {@code /stats} and {@code /evaluation}: JSON unless CSV is asked for, and together they never give a small count away. */
class CountsResourceTest {
    private static String sleep(String centre) {
        return "{\"childAgeMonths\": 6, \"centre\": \"" + centre + "\", \"needs\": [{\"category\": \"SLEEP\"}]}";
    }

    @Test
    void jsonForAnyAcceptAndCsvOnlyWhenAskedFor() {
        try (TestApp app = TestApp.start()) {
            String owner = app.key(Role.POLICY_OWNER);
            for (String path : List.of("/stats", "/evaluation")) {
                HttpResponse<String> any = app.get(path, owner, "*/*");
                assertThat(any.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
                assertThat(TestApp.json(any).has("from")).isTrue();
                assertThat(app.get(path, owner, "text/csv").headers().firstValue("Content-Type")).get().asString()
                        .startsWith("text/csv");
                assertThat(app.get(path + "?format=csv", owner, "*/*").headers().firstValue("Content-Type")).get().asString()
                        .startsWith("text/csv");
                assertThat(app.get(path + "?format=json", owner, "text/csv").headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/json");
                HttpResponse<String> xml = app.get(path + "?format=xml", owner, "*/*");
                assertThat(xml.statusCode()).isEqualTo(422);
                assertThat(TestApp.json(xml).get("field").asText()).isEqualTo("format");
                assertThat(TestApp.json(xml).get("allowed").toString()).contains("json", "csv");
            }
        }
    }

    @Test
    void afterSixFamiliesAtOneCentreAndOneAtAnotherNoCombinationOfStatsAndEvaluationGivesTheOne() {
        try (TestApp app = TestApp.start()) {
            String staff = app.key(Role.STAFF);
            String owner = app.key(Role.POLICY_OWNER);
            for (int i = 0; i < 6; i++) {
                assertThat(app.postJson("/pathways/suggest", staff, sleep("FC_NORR")).statusCode()).isEqualTo(200);
            }
            assertThat(app.postJson("/pathways/suggest", staff, sleep("FC_SODER")).statusCode()).isEqualTo(200);

            JsonNode stats = TestApp.json(app.get("/stats", owner, "*/*"));
            JsonNode evaluation = TestApp.json(app.get("/evaluation", owner, "*/*"));

            // What FC_NORR's count of each service is, as an attacker can read it from either endpoint.
            Map<String, List<Long>> norr = new HashMap<>();
            for (JsonNode row : stats.get("rows")) {
                assertThat(row.get("centre").asText().equals("FC_SODER") ? row.get("count").asText() : "<5").isEqualTo("<5");
                if (row.get("centre").asText().equals("FC_NORR") && !row.get("count").asText().startsWith("<")) {
                    norr.computeIfAbsent(row.get("service").asText(), k -> new ArrayList<>()).add(row.get("count").asLong());
                }
            }
            for (JsonNode line : evaluation.get("lines")) {
                String suggested = line.get("counts").get("SUGGESTED").asText();
                if (line.get("centre").asText().equals("FC_NORR") && !suggested.startsWith("<")) {
                    norr.computeIfAbsent(line.get("code").asText(), k -> new ArrayList<>()).add(Long.parseLong(suggested));
                }
                if (line.get("centre").asText().equals("FC_SODER")) {
                    assertThat(suggested).isEqualTo("<5");
                }
            }
            assertThat(stats.toString() + evaluation).as("not everything is hidden: FC_NORR's 6 or the total 7 is shown")
                    .containsAnyOf("\"6\"", "\"7\"");
            for (JsonNode total : evaluation.get("weekTotals")) {
                String all = total.get("counts").get("SUGGESTED").asText();
                for (long known : norr.getOrDefault(total.get("code").asText(), List.of())) {
                    assertThat(all.startsWith("<") ? -1 : Long.parseLong(all) - known).as("%s: total %s minus FC_NORR's %d",
                            total.get("code").asText(), all, known).isNotEqualTo(1);
                }
            }
        }
    }
}

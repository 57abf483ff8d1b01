package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/**
 * Rule files sent over HTTP as an attacker with a policy owner's key would: a text block that two parsers
 * read differently, in a consequence, a route's reason and a constraint, and nesting that overflowed the
 * parsers' stacks. Each is a 422 naming the file and line, nothing runs, and the server keeps answering.
 */
@ExtendWith(SharedApp.class)
public class RuleFileAttackTest {
    private static final String HEAD = "package se.lotsen.rules;\nimport se.lotsen.core.vocabulary.*;\nimport se.lotsen.core.NeedCategory;\n"
            + "import se.lotsen.core.Urgency;\nimport se.lotsen.core.Tier;\nglobal se.lotsen.core.vocabulary.Advice out;\n";

    static String write(Path marker) {
        return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toString().replace("\\", "/") + "\"), \"owned\")";
    }

    public static String textBlockRule(String where, Path marker) {
        String smuggled = "\"\"\"\n        \\\"\"\" + " + write(marker) + " + \\\"\"\"\n        \"\"\"";
        return switch (where) {
            case "consequence" -> "rule \"attack\"\nwhen\n    Family()\nthen\n    out.note( drools.getRule().getName(), "
                    + smuggled + ", \"y\" );\nend\n";
            case "reason" -> "rule \"attack\"\nwhen\n    Family()\nthen\n    out.route( drools.getRule().getName(), "
                    + "NeedCategory.SLEEP, \"BVC_NURSE\", Urgency.ROUTINE, Tier.UNIVERSAL, " + smuggled + ", \"en\" );\nend\n";
            default -> "rule \"attack\"\nwhen\n    Family( language == " + smuggled + " )\nthen\n"
                    + "    out.note( drools.getRule().getName(), \"x\", \"y\" );\nend\n";
        };
    }

    private static RuleSetFiles withAttack(String drl) {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        files.put("rules/attack.drl", (HEAD + drl).getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of("attack", files);
    }

    @ParameterizedTest(name = "a text block in a {0}")
    @ValueSource(strings = {"consequence", "reason", "constraint"})
    void aTextBlockIsRefusedWithFileAndLineAndNothingRuns(String where, TestApp app) {
        Path marker = app.dir().resolve("text-block-" + where);

        HttpResponse<String> refused = app.post("/rulesets/validate", app.key(Role.POLICY_OWNER), "application/zip",
                withAttack(textBlockRule(where, marker)).toZip());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode error = TestApp.json(refused).get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("rules/attack.drl");
        assertThat(error.get("line").asInt()).isEqualTo(where.equals("constraint") ? 9 : 11);
        assertThat(error.get("message").asText()).contains("Text blocks");
        assertThat(marker).doesNotExist();
    }

    @Test
    void threeHundredNestedBracketsAreRefusedWithFileAndLineAndTheServerGoesOn(TestApp app) {
        String deep = "rule \"deep\"\nwhen\n    Family( " + "(".repeat(300) + "ageMonths > 1" + ")".repeat(300) + " )\nthen\n"
                + "    out.note( drools.getRule().getName(), \"x\", \"y\" );\nend\n";

        HttpResponse<String> refused = app.post("/rulesets/validate", app.key(Role.POLICY_OWNER), "application/zip",
                withAttack(deep).toZip());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode error = TestApp.json(refused).get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("rules/attack.drl");
        assertThat(error.get("line").asInt()).isEqualTo(9);
        assertThat(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}").statusCode()).isEqualTo(200);
    }
}

package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/** docs/RULE-SETS.md's examples of a layer adding, replacing and removing are valid layers that do what the text says. */
class RuleSetsDocTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\w+), file: (\\S+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Map<String, Map<String, byte[]>> EXAMPLES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "RULE-SETS.md"), StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            EXAMPLES.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), m.group(3).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static RuleSetValidator.Result validate(String example) {
        RuleSetValidator.Result result = RuleSetValidator.validate(RuleSetFiles.of(example, EXAMPLES.get(example)), RuleSets.QUICK);
        ValidationReport report = result.report();
        assertThat(report.errors()).as(example).isEmpty();
        assertThat(report.scenarios().failures()).as(example).isEmpty();
        assertThat(report.valid()).as(example).isTrue();
        return result;
    }

    private static List<String> rows(RuleSetValidator.Result result) {
        return RuleSetLoader.rows(result.loaded().ruleSet()).stream().map(RoutingRow::name).toList();
    }

    @Test
    void theDocShowsOneExampleOfEachOperation() {
        assertThat(EXAMPLES.keySet()).containsExactly("add", "remove", "replace");
    }

    @Test
    void addingARowAndItsScenarioRow() {
        RuleSetValidator.Result result = validate("add");

        assertThat(rows(result)).contains("route-limits-arabic-group").containsAll(rows(validateDefault()));
        assertThat(result.loaded().scenarios()).extracting(Scenario::name).contains("arabic-limit-setting", "lonely-new-parent");
    }

    @Test
    void replacingABaseRowAndItsScenarioByName() {
        RuleSetValidator.Result result = validate("replace");

        RoutingRow row = RuleSetLoader.rows(result.loaded().ruleSet()).stream().filter(r -> r.name().equals("route-sleep-expecting"))
                .findFirst().orElseThrow();
        assertThat(row.service()).isEqualTo("CENTRE_SOCIAL_WORKER");
        assertThat(rows(result)).filteredOn("route-sleep-expecting"::equals).hasSize(1);
        assertThat(result.loaded().scenarios()).filteredOn(s -> s.name().equals("sleep-in-pregnancy"))
                .singleElement().satisfies(s -> assertThat(s.file()).isEqualTo("tables/kommunen-scenarier.csv"));
    }

    @Test
    void removingABaseRowAndTheScenarioThatTriedItWithAReason() {
        RuleSetValidator.Result result = validate("remove");

        assertThat(rows(result)).doesNotContain("route-loneliness-library");
        assertThat(result.loaded().scenarios()).extracting(Scenario::name).doesNotContain("lonely-new-parent")
                .contains("lonely-without-library");
    }

    @Test
    void aRemovalWithoutItsReasonIsRefused() {
        Map<String, byte[]> files = new TreeMap<>(EXAMPLES.get("remove"));
        String manifest = new String(files.get("ruleset.yaml"), StandardCharsets.UTF_8).replaceAll(", why: \"[^\"]*\"", "");
        files.put("ruleset.yaml", manifest.getBytes(StandardCharsets.UTF_8));

        ValidationReport report = RuleSetValidator.validate(RuleSetFiles.of("no-reason", files), RuleSets.QUICK).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> assertThat(p.sv()).contains("lonely-new-parent").contains("behöver why"));
    }

    private static RuleSetValidator.Result validateDefault() {
        return RuleSetValidator.validate(RuleSets.DEFAULT, RuleSets.QUICK.scenariosOnly());
    }
}

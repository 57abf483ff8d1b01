package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.tables.Workbooks;

/** "Uppdatera förväntan": a failing scenario's row is rewritten to expect what came, in a sheet, a CSV or YAML. */
class ExpectationUpdateTest {
    private static final String WORKBOOK = "tables/routing.xlsx";
    private static final String MIDWIFE = "Barnmorskemottagningen: Vanlig tid, För alla";
    private static final String SOCIAL_WORKER = "Familjecentralens socionom: Vanlig tid, För alla";

    private static RuleSetFiles routeChanged() {
        return RuleSets.with(WORKBOOK, Workbooks.withCell(RuleSets.DEFAULT.bytes(WORKBOOK), "Vägar", "route-sleep-expecting", "Tjänst",
                "CENTRE_SOCIAL_WORKER"));
    }

    @Test
    void aSheetRowGetsTheServiceThatCameAndTheSetValidatesWithEveryOtherFileAndRowAsItWas() {
        RuleSetFiles changed = routeChanged();

        ExpectationUpdate.Result result = ExpectationUpdate.update(changed, "sleep-in-pregnancy", RuleSets.QUICK);

        assertThat(result.refused()).isNull();
        assertThat(result.file()).isEqualTo(WORKBOOK);
        assertThat(result.changes()).containsExactly(new ExpectationUpdate.Change("Ska finnas", "Must appear", MIDWIFE, SOCIAL_WORKER));
        RuleSetValidator.Result again = RuleSetValidator.validate(result.files(), RuleSets.QUICK);
        assertThat(again.report().scenarios().failures()).isEmpty();
        assertThat(again.report().valid()).isTrue();
        assertThat(result.files().files().keySet()).filteredOn(p -> !p.equals(WORKBOOK))
                .allSatisfy(p -> assertThat(Arrays.equals(result.files().bytes(p), changed.bytes(p))).as(p).isTrue());
        List<Scenario> before = RuleSetValidator.validate(changed, RuleSets.QUICK).loaded().scenarios();
        assertThat(again.loaded().scenarios()).filteredOn(s -> !s.name().equals("sleep-in-pregnancy"))
                .map(Scenario::expect).containsExactlyElementsOf(before.stream().filter(s -> !s.name().equals("sleep-in-pregnancy"))
                        .map(Scenario::expect).toList());
        again.engine().close();
    }

    @Test
    void aCsvRowIsRewrittenInItsOwnTableWhichStillReadsAsCsv() {
        String table = RuleSets.tableCsv();
        String sleepRow = table.lines().filter(l -> l.startsWith("route-sleep-expecting,")).findFirst().orElseThrow();
        String service = RuleSets.defaultRows().stream().filter(r -> r.name().equals("route-sleep-expecting")).findFirst().orElseThrow()
                .service();
        RuleSetFiles changed = RuleSets.withTable("tables/routing.csv",
                table.replace(sleepRow, sleepRow.replace(service, "CENTRE_SOCIAL_WORKER")).getBytes(StandardCharsets.UTF_8));
        assertThat(RuleSetValidator.validate(changed, RuleSets.QUICK).report().scenarios().failures())
                .extracting(ValidationReport.Failure::name).containsExactly("sleep-in-pregnancy");

        ExpectationUpdate.Result result = ExpectationUpdate.update(changed, "sleep-in-pregnancy", RuleSets.QUICK);

        assertThat(result.refused()).isNull();
        assertThat(result.file()).isEqualTo("tables/scenarios.csv");
        assertThat(result.changes()).containsExactly(new ExpectationUpdate.Change("Ska finnas", "Must appear", MIDWIFE, SOCIAL_WORKER));
        assertThat(RuleSetValidator.validate(result.files(), RuleSets.QUICK).report().valid()).isTrue();
        assertThat(result.files().text("tables/scenarios.csv")).contains(SOCIAL_WORKER).doesNotContain(MIDWIFE);
    }

    @Test
    void aYamlScenarioGetsANewExpectBlockAndTheRestOfItsFileStaysAsWritten() {
        String path = "scenarios/epds.yaml";
        String original = RuleSets.DEFAULT.text(path);
        String wrong = original.replaceFirst("(?s)(name: english-form-below-its-cutoff.*?riskLevel: )LOW", "$1HIGH");
        assertThat(wrong).isNotEqualTo(original);
        RuleSetFiles changed = RuleSets.with(path, wrong.getBytes(StandardCharsets.UTF_8));

        ExpectationUpdate.Result result = ExpectationUpdate.update(changed, "english-form-below-its-cutoff", RuleSets.QUICK);

        assertThat(result.refused()).isNull();
        assertThat(result.file()).isEqualTo(path);
        assertThat(result.changes()).containsExactly(new ExpectationUpdate.Change("riskLevel", "riskLevel", "HIGH", "LOW"));
        assertThat(RuleSetValidator.validate(result.files(), RuleSets.QUICK).report().valid()).isTrue();
        String rewritten = result.files().text(path);
        // every other scenario of the file is as it was, text for text
        String others = original.substring(original.indexOf("  - name: farsi-and-dari-are-different-forms"));
        assertThat(rewritten).contains(others);
        assertThat(rewritten.substring(0, rewritten.indexOf("  - name: english-form-below-its-cutoff")))
                .isEqualTo(original.substring(0, original.indexOf("  - name: english-form-below-its-cutoff")));
    }

    @Test
    void aScenarioThatHoldsOrDoesNotExistIsNotRewrittenAndSaysWhy() {
        ExpectationUpdate.Result holds = ExpectationUpdate.update(RuleSets.DEFAULT, "sleep-in-pregnancy", RuleSets.QUICK);
        ExpectationUpdate.Result missing = ExpectationUpdate.update(routeChanged(), "no-such-scenario", RuleSets.QUICK);

        assertThat(holds.files()).isNull();
        assertThat(holds.refused().sv()).isEqualTo("Scenariot sleep-in-pregnancy stämmer redan; det finns inget att uppdatera.");
        assertThat(missing.files()).isNull();
        assertThat(missing.refused().sv()).contains("inget scenario som heter no-such-scenario");
    }

    @Test
    void aLayersScenarioFromItsBaseIsNotRewrittenInTheLayer() {
        Map<String, byte[]> layer = new TreeMap<>();
        layer.put(RuleSetFiles.MANIFEST, ("id: kommunen-ersatter\nversion: \"1\"\nextends: { id: default }\n"
                + "description: { sv: Sömn hos socionomen, en: Sleep with the social worker }\n").getBytes(StandardCharsets.UTF_8));
        layer.put("tables/kommunen.csv", ("Regel;Behov;Ålder från (mån);Ålder till (mån);Svårighetsgrad till;Tjänst;Brådska;Nivå;"
                + "Skäl (svenska);Skäl (engelska)\nroute-sleep-expecting;Sömn;väntar barn;väntar barn;Måttlig;CENTRE_SOCIAL_WORKER;"
                + "Vanlig tid;För alla;Sömn: socionomen.;Sleep: the social worker.\n").getBytes(StandardCharsets.UTF_8));

        ExpectationUpdate.Result result = ExpectationUpdate.update(RuleSetFiles.of("layer", layer), "sleep-in-pregnancy", RuleSets.QUICK);

        assertThat(result.files()).isNull();
        assertThat(result.refused().sv()).contains("kommer från grunden");
    }
}

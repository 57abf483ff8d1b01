package se.lotsen.policy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Severity;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.ScenarioRunner;

/** Scenarios live where the rows live: the workbook's Scenarier sheet (or a CSV of it), read with the routing sheet's care. */
class ScenarioTableReaderTest {
    private static final String HEADING = "Scenario;Ålder (mån);Behov;Riskfaktorer;Ska finnas;Får inte finnas;Brådska;Skydd;Varför\n";
    private static RuleSetLoader.Loaded loaded;
    private static ScenarioTableReader reader;

    @BeforeAll
    static void load() {
        loaded = RuleSetLoader.load(RuleSets.DEFAULT, BaseResolver.bundled(), RuleSets.DAY);
        reader = new ScenarioTableReader(loaded.ruleSet().catalog());
    }

    @Test
    void theDefaultWorkbookHasAScenarierSheetWhoseRowsFireEveryRowOfItsRoutingSheet() throws Exception {
        byte[] workbook = RuleSets.DEFAULT.bytes("tables/routing.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheet("Scenarier")).isNotNull();
        }
        List<Scenario> sheet = reader.read("tables/routing.xlsx", workbook).scenarios();
        PathwayEngine engine = PathwayEngine.builder().ruleSet(loaded.ruleSet()).build();
        Set<String> fired = new TreeSet<>();
        new ScenarioRunner(engine, RuleSets.DAY).runAll(sheet).forEach(r -> {
            assertThat(r.failures()).as(r.scenario().name()).isEmpty();
            fired.addAll(r.firedRules());
        });

        assertThat(fired).containsAll(RuleSetLoader.rows(loaded.ruleSet()).stream().map(RoutingRow::name).toList());
    }

    @Test
    void aRowReadsAsTheFamilyAndTheExpectationItSays() {
        String csv = HEADING + "sleep-row;6;\"Sömn: Svår; ekonomi\";Social isolering;\"BVC-sjuksköterska: Inom en vecka, Riktat stöd, "
                + "med tolk; OPEN_PRESCHOOL\";Familjerådgivningen;vecka;Nej;Så här ska det vara.\n";

        ScenarioTableReader.Result result = reader.read("tables/scenarios.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        Scenario s = result.scenarios().get(0);
        assertThat(s.line()).isEqualTo(2);
        assertThat(s.request().childAgeMonths()).isEqualTo(6);
        assertThat(s.request().needs()).extracting(n -> n.category() + " " + n.severity())
                .containsExactly(NeedCategory.SLEEP + " " + Severity.SEVERE, NeedCategory.FINANCES + " " + Severity.MODERATE);
        assertThat(s.expect().includes()).extracting(e -> e.service() + " " + e.urgency() + " " + e.tier() + " " + e.interpreter())
                .containsExactly("BVC_NURSE WITHIN_WEEK SELECTIVE true", "OPEN_PRESCHOOL null null null");
        assertThat(s.expect().excludes()).containsExactly("FAMILY_COUNSELLING");
        assertThat(s.expect().urgency()).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(s.expect().concern()).isFalse();
        assertThat(s.expect().steps()).isNull();
    }

    @Test
    void aTypoNamesTheRowTheColumnAndTheAllowedWordsInSwedishAndEnglish() {
        String csv = HEADING + "sleep-row;6;Sömn: Måtlig;;BVC-sjuksköterska;;;;Skäl.\n"
                + "other-row;väntar barn;Sömn;Rökning;BVC-sköterskan;;;;Skäl.\n";

        ScenarioTableReader.Result result = reader.read("tables/scenarios.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.scenarios()).isEmpty();
        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems().get(0)).satisfies(p -> {
            assertThat(p.path()).isEqualTo("tables/scenarios.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.sv()).startsWith("Scenariot sleep-row, kolumnen \"Behov\" \"Måtlig\" är ingen svårighetsgrad")
                    .contains("Måttlig / MODERATE");
            assertThat(p.message()).startsWith("Scenario sleep-row, column \"Needs\"").contains("Måttlig / MODERATE");
        });
        assertThat(result.problems().get(1).sv()).contains("kolumnen \"Riskfaktorer\" \"Rökning\" känns inte igen")
                .contains("Social isolering / SOCIAL_ISOLATION");
        assertThat(result.problems().get(2).sv()).contains("kolumnen \"Ska finnas\" \"BVC-sköterskan\" är ingen tjänst");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(2, 3));
    }

    @Test
    void aRowWithoutAnExpectationOrAReasonIsRefused() {
        String csv = HEADING + "nothing-checked;6;Sömn;;;;;;\n";

        ScenarioTableReader.Result result = reader.read("tables/scenarios.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(p -> p.sv())
                .anySatisfy(sv -> assertThat(sv).contains("de andra förväntningarna är tomma"))
                .anySatisfy(sv -> assertThat(sv).contains("kolumnen \"Varför\" är tom"));
    }

    @Test
    void theSheetSavedAsCsvBySwedishExcelReadsBackToTheSameScenarios() {
        List<Scenario> fromSheet = RuleSets.sheetScenarios(loaded.scenarios());
        byte[] excel = ScenarioTableWriter.csv(fromSheet, loaded.ruleSet().catalog(), ';').getBytes(Charset.forName("windows-1252"));

        ScenarioTableReader.Result back = reader.read("tables/scenarios.csv", excel);

        assertThat(back.problems()).isEmpty();
        assertThat(back.scenarios()).hasSameSizeAs(fromSheet);
        for (int i = 0; i < fromSheet.size(); i++) {
            Scenario a = fromSheet.get(i);
            Scenario b = back.scenarios().get(i);
            assertThat(List.of(b.name(), b.why(), b.request(), b.expect(), String.valueOf(b.date())))
                    .isEqualTo(List.of(a.name(), a.why(), a.request(), a.expect(), String.valueOf(a.date())));
        }
    }

    @Test
    void aTableWithoutScenariosGivesNoneAndNoProblem() {
        assertThat(reader.read("tables/routing.csv", RuleSets.tableCsv().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new ScenarioTableReader.Result(List.of(), List.of()));
    }
}

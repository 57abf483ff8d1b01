package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.properties.Plausibility;
import se.lotsen.policy.tables.RoutingTableWriter;
import se.lotsen.policy.tables.Workbooks;

/** Diff says what changes for families: nothing when a table is only re-saved, every text that changes otherwise. */
class RuleSetDiffTest {
    private static RuleSetValidator.Result base;

    @BeforeAll
    static void validateDefault() {
        base = RuleSetValidator.validate(RuleSets.DEFAULT, RuleSets.QUICK);
    }

    private static RuleSetDiff.Result diff(RuleSetFiles newer) {
        RuleSetValidator.Result other = RuleSetValidator.validate(newer, RuleSets.QUICK);
        PathwayEngine engine = other.engine();
        return RuleSetDiff.compare(base.engine(), base.loaded().scenarios(), engine, other.loaded().scenarios(), RuleSets.DAY);
    }

    @Test
    void theTableResavedBySwedishExcelWithSemicolonsInWindows1252ChangesNothing() {
        byte[] excel = RoutingTableWriter.csv(RuleSets.defaultRows(), ';').getBytes(Charset.forName("windows-1252"));

        RuleSetDiff.Result result = diff(RuleSets.withTable("tables/routing.csv", excel));

        assertThat(result.changed()).isZero();
        assertThat(result.compared()).isGreaterThan(60_000);
    }

    @Test
    void changingOneReasonTextChangesThePathwaysThatShowIt() {
        String csv = RuleSets.tableCsv().replace("Sömn: BVC-sjuksköterskan går igenom sömn", "Sömn: BVC-sköterskan går igenom sömnen");

        RuleSetDiff.Result result = diff(RuleSets.withTable("tables/routing.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.changed()).isPositive();
        assertThat(result.changes().get(0).before()).isEqualTo(result.changes().get(0).after());
        assertThat(result.changes().get(0).texts()).anySatisfy(t -> assertThat(t).contains("route-sleep-nurse").contains("BVC-sköterskan"));
    }

    @Test
    void everyChangedFamilyIsListedPagedWithPlausibleFamiliesFirstAndTextsOldAndNew() {
        String csv = RuleSets.tableCsv().replace("Sömn: BVC-sjuksköterskan går igenom sömn", "Sömn: BVC-sköterskan går igenom sömnen");

        RuleSetDiff.Result result = diff(RuleSets.withTable("tables/routing.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.changed()).isGreaterThan(RuleSetDiff.PER_PAGE);
        assertThat(result.changes()).hasSize(result.changed());
        int listed = 0;
        for (int page = 1; page <= result.page(1, 100).pages(); page++) {
            listed += result.page(page, 100).changes().size();
        }
        assertThat(listed).isEqualTo(result.changed());
        assertThat(result.page(1, 100).changes()).hasSize(100).noneSatisfy(c -> {
            assertThat(c.request().path("childAgeMonths").asInt(99)).isLessThan(12);
            assertThat(c.request().path("protectiveFactors").toString()).contains("PRESCHOOL_PLACE");
        });
        assertThat(result.implausible()).isPositive()
                .isEqualTo((int) result.changes().stream().filter(c -> !c.implausible().isEmpty()).count());
        List<Boolean> order = result.changes().stream().map(c -> c.implausible().isEmpty()).toList();
        assertThat(order.subList(0, result.changed() - result.implausible())).containsOnly(true);
        assertThat(result.changes()).filteredOn(c -> c.before().equals(c.after())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.texts()).anySatisfy(t -> assertThat(t)
                        .contains("BVC-sjuksköterskan går igenom sömn").contains("BVC-sköterskan går igenom sömnen")));
    }

    @Test
    void aFamilyWithAPreschoolPlaceAtSixMonthsIsImplausibleAndSaysWhy() {
        SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(6)
                .protectiveFactors(ProtectiveFactor.PRESCHOOL_PLACE).build();

        assertThat(Plausibility.broken(request)).containsExactly("preschool-place-under-12-months");
        assertThat(Plausibility.broken(SuggestionRequest.builder().childAgeMonths(12)
                .protectiveFactors(ProtectiveFactor.PRESCHOOL_PLACE).build())).isEmpty();
        assertThat(Plausibility.CONSTRAINTS).allSatisfy(c -> assertThat(c.source()).isNotBlank());
    }

    @Test
    void familiesThatDifferInTheSameWayAreOneGroupNamedInTheTablesWordsAndFiltersKeepOnlyWhatTheyAskFor() {
        RuleSetDiff.Result result = diff(RuleSets.with("tables/routing.xlsx", Workbooks.withCell(RuleSets.DEFAULT.bytes("tables/routing.xlsx"),
                "Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER")));

        assertThat(result.changed()).isPositive();
        assertThat(result.groups().stream().mapToInt(RuleSetDiff.Group::families).sum()).isEqualTo(result.changed());
        RuleSetDiff.Group largest = result.groups().get(0);
        assertThat(largest.label().sv()).matches("\\d+ familjer med behov Sömn \\((Lindrig|Måttlig)\\), väntar barn: "
                + "Barnmorskemottagningen → Familjecentralens socionom");
        assertThat(largest.shape().gained()).containsExactly("CENTRE_SOCIAL_WORKER");
        assertThat(result.changes()).allSatisfy(c -> assertThat(c.shape().ageBand()).isEqualTo("expecting"));

        RuleSetDiff.Result gained = result.filter(new DiffFilter(null, null, "CENTRE_SOCIAL_WORKER", "gained", null, null));
        RuleSetDiff.Result lost = result.filter(new DiffFilter(null, null, "CENTRE_SOCIAL_WORKER", "lost", null, null));
        RuleSetDiff.Result young = result.filter(new DiffFilter(null, "0-11", null, null, null, null));
        RuleSetDiff.Result oneGroup = result.filter(new DiffFilter(null, null, null, null, null, largest.key()));
        RuleSetDiff.Result sleep = result.filter(new DiffFilter("sleep", null, null, null, null, null));

        assertThat(gained.matching()).isPositive().isEqualTo(gained.changes().size());
        assertThat(gained.changes()).allSatisfy(c -> assertThat(c.shape().gained()).contains("CENTRE_SOCIAL_WORKER"));
        assertThat(gained.changed()).isEqualTo(result.changed());
        assertThat(lost.matching()).isZero();
        assertThat(young.matching()).isZero();
        assertThat(oneGroup.matching()).isEqualTo(largest.families());
        assertThat(oneGroup.groups()).singleElement().extracting(RuleSetDiff.Group::key).isEqualTo(largest.key());
        assertThat(sleep.matching()).isEqualTo(result.changed());
        assertThat(gained.page(1, 10).pages()).isEqualTo((gained.matching() + 9) / 10);
    }

    @Test
    void theWholeComparisonDownloadsAsCsvAndXlsxOneRowPerFamilyWithTextsOldAndNewApart() throws Exception {
        String csv = RuleSets.tableCsv().replace("Sömn: BVC-sjuksköterskan går igenom sömn", "Sömn: BVC-sköterskan går igenom sömnen");
        RuleSetDiff.Result result = diff(RuleSets.withTable("tables/routing.csv", csv.getBytes(StandardCharsets.UTF_8)));

        RuleSetDiff.Change textOnly = result.changes().stream().filter(c -> c.before().equals(c.after())).findFirst().orElseThrow();
        assertThat(textOnly.shape().kind()).isEqualTo("texts");
        assertThat(textOnly.textChanges()).anySatisfy(t -> {
            assertThat(t.what()).contains("route-sleep-nurse");
            assertThat(t.before()).contains("BVC-sjuksköterskan går igenom sömn").doesNotContain("BVC-sköterskan");
            assertThat(t.after()).contains("BVC-sköterskan går igenom sömnen");
        });

        List<CSVRecord> records = CSVParser.parse(DiffExport.csv(result, true).substring(1), CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(result.changed() + 1);
        assertThat(records.get(0).get(0)).isEqualTo("Familj");
        assertThat(records.get(1).get(12)).contains("BVC-sköterskan går igenom sömnen");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DiffExport.xlsx(result, false)))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(result.changed());
            assertThat(book.getSheetAt(0).getRow(0).getCell(11).getStringCellValue()).isEqualTo("Text before");
            assertThat(book.getSheetAt(0).getRow(1).getCell(11).getStringCellValue()).contains("BVC-sjuksköterskan går igenom sömn");
        }
    }
}

package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.tables.RoutingTableWriter;

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
}

package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.PathwayEngine;
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
}
